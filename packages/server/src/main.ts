import { randomUUID } from 'node:crypto';
import { EXERCISES } from '@psoas/core';
import { buildApp } from './app.ts';
import { createCatalogueService } from './catalogue/catalogue.service.ts';
import { parseConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { loggerOptions } from './http/logging.ts';
import { recordStart } from './instance/instance.repository.ts';
import { VERSION } from './version.ts';

/**
 * Starts the server: configuration, database (migrated), catalogue sync, HTTP. On SIGTERM or
 * SIGINT it stops accepting connections, lets in-flight requests finish, then closes the
 * database, so PGlite's files are flushed and never left half-written.
 */
export async function main(): Promise<void> {
  const parsed = parseConfig();
  if (!parsed.ok) {
    console.error(`psoas-server: invalid configuration:\n  ${parsed.problems.join('\n  ')}`);
    process.exit(1);
  }
  const { config } = parsed;
  const database = await openDatabase(
    config.database.kind === 'postgres'
      ? { kind: 'postgres', url: config.database.url }
      : { kind: 'pglite', dataDir: config.database.dataDir },
  );
  const catalogue = await createCatalogueService(database.db, EXERCISES);
  const record = await recordStart(database.db, randomUUID());
  const app = await buildApp({
    database,
    catalogue,
    instanceId: record.id,
    version: VERSION,
    webDir: config.webDir,
    logger: loggerOptions(config.logLevel),
    trustProxy: config.trustProxy,
    push: config.push,
  });
  for (const row of catalogue.unreadable()) {
    app.log.warn(row, 'a stored exercise no longer matches the schema and is not served');
  }

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const timer = setTimeout(() => {
      app.log.error('shutdown took too long; exiting anyway');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    { database: database.kind, instanceId: record.id, starts: record.startCount },
    'Psoas Coach is ready',
  );
}
