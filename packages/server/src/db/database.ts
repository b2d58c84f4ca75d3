import { existsSync, openAsBlob } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { PACKAGE_ROOT } from '../paths.ts';
import * as schema from './schema.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseKind = 'pglite' | 'postgres';

/** An open, migrated database and the one way to close it. */
export type Database = {
  readonly kind: DatabaseKind;
  readonly db: Db;
  readonly close: () => Promise<void>;
};

export type DatabaseOptions =
  | { readonly kind: 'pglite'; readonly dataDir: string; readonly snapshot?: string | undefined }
  | { readonly kind: 'pglite'; readonly inMemory: true; readonly snapshot?: string | undefined }
  | { readonly kind: 'postgres'; readonly url: string };

/** The same SQL files serve both engines; the path works from src/ and from the bundled dist/. */
export const MIGRATIONS_FOLDER = join(PACKAGE_ROOT, 'drizzle');
/** Where `npm run build` puts the migrated PGlite snapshot (see scripts/build.ts). */
export const DEFAULT_SNAPSHOT = join(PACKAGE_ROOT, 'dist', 'pglite-snapshot.tar.gz');

// Any fixed 64-bit key: processes sharing one PostgreSQL migrate one at a time.
const MIGRATION_LOCK_KEY = 4_177_311_029;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.kind === 'postgres' ? openPostgres(options.url) : openPglite(options);
}

async function openPglite(
  options: Extract<DatabaseOptions, { kind: 'pglite' }>,
): Promise<Database> {
  const dataDir = 'dataDir' in options ? options.dataDir : undefined;
  const isNew = dataDir === undefined || !existsSync(join(dataDir, 'PG_VERSION'));
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  // PGlite's own initdb takes about 5 s; a brand-new database starts instead from a snapshot
  // taken right after migrating, which loads in about 1 s. Migrations still run afterwards,
  // so a snapshot older than the code only costs the newer migrations.
  const snapshotPath = options.snapshot ?? DEFAULT_SNAPSHOT;
  const loadDataDir =
    isNew && existsSync(snapshotPath) ? await openAsBlob(snapshotPath) : undefined;
  const client = await PGlite.create(dataDir, loadDataDir ? { loadDataDir } : {});
  const db = drizzlePglite({ client, schema });
  await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return { kind: 'pglite', db, close: () => client.close() };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A pool that cannot reach the server fails its first query; do that here, not mid-request.
  const lockClient = await pool.connect();
  try {
    await lockClient.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migratePg(drizzlePg({ client: lockClient, schema }), {
      migrationsFolder: MIGRATIONS_FOLDER,
    });
  } finally {
    await lockClient.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    lockClient.release();
  }
  return { kind: 'postgres', db: drizzlePg({ client: pool, schema }), close: () => pool.end() };
}

/** Builds the snapshot a brand-new embedded database starts from: migrated, gzip tarball. */
export async function createPgliteSnapshot(): Promise<Blob> {
  const client = await PGlite.create();
  await migratePglite(drizzlePglite({ client, schema }), { migrationsFolder: MIGRATIONS_FOLDER });
  const dump = await client.dumpDataDir('gzip');
  await client.close();
  return dump;
}

export async function pingDatabase(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}
