import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { asInstant, breakEvents, breakSettingsSchema } from '@psoas/core';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { advanceBreakState } from '../packages/server/src/breaks/breaks.service.ts';
import { openDatabase } from '../packages/server/src/db/database.ts';
import { pushDeliveries } from '../packages/server/src/db/schema.ts';
import { TICK_QUEUE } from '../packages/server/src/push/push-queue.ts';
import { upsertSubscription } from '../packages/server/src/push/push-subscription.repository.ts';
import {
  eventually,
  startPushEndpoint,
  zoneAtNoon,
} from '../packages/server/test/support/push-endpoint.ts';
import { startServer } from '../packages/server/test/support/server-process.ts';

/**
 * Web Push dispatch lateness with two server processes sharing one PostgreSQL (issue 6): N
 * people whose break reminders come due at instants spread over `spreadMs`, one local https
 * push endpoint standing in for the browsers' push services. Lateness is sentAt - dueAt as the
 * dispatcher records it in push_deliveries; a duplicate is a second message for one reminder
 * at the endpoint (must be 0).
 *
 * The processes start first (their start-up is not part of the figure); then each person's
 * scheduler is stored sitting since an interval before their due instant, and their tick is
 * queued exactly as the server queues it after a state change (same queue, same singleton key).
 * Needs PostgreSQL: PG_ADMIN_URL or TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/
 * postgres); a throwaway database is created and dropped.
 *
 * From bench/run.ts: `const figures = await runPushDispatchBench();` then
 * `console.log(formatPushDispatch(figures))`. Directly: `node --import tsx bench/push-dispatch.ts`.
 */

export type PushDispatchFigures = {
  readonly people: number;
  readonly spreadMs: number;
  readonly delivered: number;
  readonly missing: number;
  readonly duplicates: number;
  /** For each person who got nothing: their delivery rows' statuses, or "no delivery row". */
  readonly missingWhy: readonly string[];
  readonly p50LatenessMs: number;
  readonly p99LatenessMs: number;
  readonly maxLatenessMs: number;
};

export type PushDispatchOptions = {
  readonly people?: number;
  readonly spreadMs?: number;
  readonly adminUrl?: string;
};

const MINUTE = 60_000;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function withAdmin(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function queueExists(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('select 1 from pgboss.queue where name = $1', [TICK_QUEUE]);
    return rows.length > 0;
  } catch {
    return false; // pg-boss is not installed yet
  } finally {
    await client.end();
  }
}

export async function runPushDispatchBench(
  options: PushDispatchOptions = {},
): Promise<PushDispatchFigures> {
  const people = options.people ?? 200;
  const spreadMs = options.spreadMs ?? 60_000;
  const adminUrl =
    options.adminUrl ??
    process.env.PG_ADMIN_URL ??
    process.env.TEST_DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `psoas_bench_push_${randomBytes(5).toString('hex')}`;
  await withAdmin(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  const endpoint = await startPushEndpoint();
  const env = {
    DATABASE_URL: url.toString(),
    PSOAS_PUSH: 'on',
    PSOAS_PUSH_ALLOW_LOCAL_ENDPOINTS: 'true',
    PSOAS_PUSH_CA_FILE: endpoint.caFile,
    PSOAS_PUSH_SUBJECT: 'mailto:bench@psoas.invalid',
    LOG_LEVEL: 'error',
  };
  const servers = await Promise.all([startServer(env, 60_000), startServer(env, 60_000)]);
  const boss = new PgBoss({
    connectionString: url.toString(),
    max: 2,
    supervise: false,
    schedule: false,
    migrate: false,
  });
  boss.on('error', (error) => console.error('bench queue client:', error));
  try {
    // The servers install pg-boss and create the queue in the background after listening.
    await eventually(() => queueExists(url.toString()), 'the push queue', 60_000);
    await boss.start();

    const settings = breakSettingsSchema.parse({
      intervalMinutes: 15,
      workingHours: {
        timeZone: zoneAtNoon(),
        days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
        start: '00:00',
        end: '23:59',
      },
    });
    const setupStart = Date.now();
    // Setting up takes a few seconds; the first reminder is due after it is done.
    const firstDue = setupStart + 5_000 + people * 40;
    const ids = Array.from({ length: people }, (_, i) => `bench-${i}`);
    for (const [i, personId] of ids.entries()) {
      const dueAt = firstDue + Math.floor((i * spreadMs) / people);
      await advanceBreakState(database.db, personId, setupStart, [
        breakEvents.settingsChanged(asInstant(dueAt - settings.intervalMinutes * MINUTE), settings),
      ]);
      const subscription = endpoint.subscribe(personId);
      await upsertSubscription(database.db, {
        personId,
        endpoint: subscription.endpoint,
        p256dh: subscription.keys.p256dh,
        auth: subscription.keys.auth,
        userAgent: null,
        now: setupStart,
      });
      // What the dispatcher's scheduleNext sends after a state change.
      await boss.send(
        TICK_QUEUE,
        { personId, dueAt },
        { startAfter: new Date(dueAt), singletonKey: `${personId}:${dueAt}` },
      );
    }
    if (Date.now() > firstDue) console.warn('push bench: set-up ran past the first due instant');

    await eventually(
      () => ids.every((id) => endpoint.receivedBy(id).length > 0),
      'every reminder',
      firstDue - Date.now() + spreadMs + 60_000,
    ).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // room for a duplicate to show

    const rows = await database.db.select().from(pushDeliveries);
    const lateness = rows
      .flatMap((row) => (row.sentAt ? [row.sentAt.getTime() - row.dueAt.getTime()] : []))
      .sort((a, b) => a - b);
    const counts = ids.map((id) => endpoint.receivedBy(id).length);
    const missingWhy = ids.flatMap((id, i) => {
      if (counts[i] !== 0) return [];
      const mine = rows.filter((row) => row.personId === id);
      const statuses = mine.map(
        (row) => `${row.status}${row.statusCode ? ` ${row.statusCode}` : ''}`,
      );
      return [`${id}: ${statuses.length > 0 ? statuses.join(', ') : 'no delivery row'}`];
    });
    return {
      people,
      spreadMs,
      delivered: counts.filter((n) => n > 0).length,
      missing: counts.filter((n) => n === 0).length,
      duplicates: counts.reduce((sum, n) => sum + Math.max(0, n - 1), 0),
      missingWhy,
      p50LatenessMs: percentile(lateness, 50),
      p99LatenessMs: percentile(lateness, 99),
      maxLatenessMs: lateness.at(-1) ?? NaN,
    };
  } finally {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    await Promise.all(servers.map((server) => server.stop()));
    await database.close();
    await endpoint.close();
    await new Promise((resolve) => setTimeout(resolve, 200)); // let pool sockets close
    await withAdmin(adminUrl, `drop database if exists ${name} with (force)`);
  }
}

export function formatPushDispatch(f: PushDispatchFigures): string {
  return [
    `Web Push dispatch, 2 server processes on one PostgreSQL, ${f.people} reminders due over ${Math.round(f.spreadMs / 1000)} s:`,
    `  lateness (sentAt - dueAt) p50 ${Math.round(f.p50LatenessMs)} ms, p99 ${Math.round(f.p99LatenessMs)} ms, max ${Math.round(f.maxLatenessMs)} ms`,
    `  delivered ${f.delivered}/${f.people}, duplicates ${f.duplicates}, missing ${f.missing}`,
    ...f.missingWhy.map((why) => `    missing ${why}`),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await runPushDispatchBench();
  console.log(formatPushDispatch(figures));
  process.exit(figures.duplicates === 0 && figures.missing === 0 ? 0 : 1);
}
