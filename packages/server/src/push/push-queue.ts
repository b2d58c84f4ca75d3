import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { z } from 'zod';
import type { Database } from '../db/database.ts';

/**
 * The reminder queue: pg-boss, kept in the app's own database (schema `pgboss`), so several
 * server processes sharing one PostgreSQL share one queue and each job runs in exactly one of
 * them (pg-boss fetches with SELECT ... FOR UPDATE SKIP LOCKED). A job is one tick of one
 * person's scheduler at the instant it is due.
 */

export const TICK_QUEUE = 'break-reminder-tick';

/** Poll twice a second (pg-boss's floor): a due reminder goes out about half a second late. */
const POLLING_INTERVAL_SECONDS = 0.5;
const BATCH_SIZE = 20;

export type TickJob = { readonly personId: string; readonly dueAt: number };

const tickJobSchema = z.object({ personId: z.string().min(1), dueAt: z.number().int() });

export type TickHandler = (job: TickJob) => Promise<void>;

export type PushQueue = {
  /**
   * Queues a tick of `personId`'s scheduler at `dueAt`. The same person and instant is queued
   * once while it waits (singleton key on a `short` queue), however many processes ask.
   * Waits for the queue to start; rejects once it is stopped.
   */
  readonly schedule: (job: TickJob) => Promise<void>;
  /** Connects and starts working; call once the server listens. */
  readonly start: (handler: TickHandler) => Promise<void>;
  /** Finishes the jobs in hand and disconnects; safe to call when never started. */
  readonly stop: () => Promise<void>;
};

type Connection = {
  readonly options: PgBoss.ConstructorOptions;
  readonly close: () => Promise<void>;
};

/**
 * pg-boss speaks to PostgreSQL through node-postgres. On PostgreSQL it shares the app's pool.
 * Embedded PGlite has no server, so it is served to pg-boss by PGLiteSocketServer on a Unix
 * socket in a private temporary directory (mode 0700): unlike a TCP port, no other local user
 * can reach the database through it.
 */
async function connect(database: Database): Promise<Connection> {
  const client = (database.db as { $client?: unknown }).$client;
  if (database.kind === 'postgres' && client instanceof pg.Pool) {
    return {
      options: { db: { executeSql: (text, values) => client.query(text, values) } },
      close: async () => {},
    };
  }
  if (database.kind === 'pglite' && client instanceof PGlite) {
    const dir = await mkdtemp(join(tmpdir(), 'psoas-queue-'));
    const port = 5432;
    const server = new PGLiteSocketServer({
      db: client,
      path: join(dir, `.s.PGSQL.${port}`),
      maxConnections: 8,
    });
    await server.start();
    return {
      options: { host: dir, port, user: 'postgres', database: 'postgres', max: 4 },
      close: async () => {
        // pg-boss has ended its pool; the socket server detaches each connection on a later
        // turn and looks at PGlite as it does, so let that happen before PGlite may close.
        for (let i = 0; i < 50 && server.getStats().activeConnections > 0; i++) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await server.stop();
        await new Promise((resolve) => setImmediate(resolve));
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  throw new Error(`no database connection for the push queue (${database.kind})`);
}

export function createPushQueue(database: Database, log: FastifyBaseLogger): PushQueue {
  let boss: PgBoss | null = null;
  let connection: Connection | null = null;
  let stopped = false;
  let starting: Promise<void> | null = null;
  let markReady: (boss: PgBoss) => void = () => {};
  let markFailed: (error: Error) => void = () => {};
  const ready = new Promise<PgBoss>((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });
  // Nobody may be waiting when the queue never starts; that is not an unhandled rejection.
  ready.catch(() => {});

  const work = async (jobs: PgBoss.Job<unknown>[], handler: TickHandler): Promise<void> => {
    const results = await Promise.allSettled(
      jobs.map((job) => handler(tickJobSchema.parse(job.data))),
    );
    const failed = jobs.filter((_, i) => results[i]?.status === 'rejected');
    for (const [i, result] of results.entries()) {
      if (result.status === 'rejected') {
        log.error({ err: result.reason, job: jobs[i]?.data }, 'break reminder tick failed');
      }
    }
    // Only the failed jobs go back for a retry; pg-boss completes the others.
    if (failed.length > 0 && boss) {
      await boss.fail(
        TICK_QUEUE,
        failed.map((job) => job.id),
      );
    }
  };

  return {
    schedule: async (job) => {
      const started = await ready;
      await started.send(TICK_QUEUE, job, {
        startAfter: new Date(job.dueAt),
        singletonKey: `${job.personId}:${job.dueAt}`,
      });
    },

    start: (handler) => {
      starting ??= (async () => {
        if (stopped) return;
        try {
          connection = await connect(database);
          const started = new PgBoss({
            ...connection.options,
            application_name: 'psoas-push',
            schedule: false,
            supervise: true,
            migrate: true,
          });
          // An error event without a listener would crash the process; log it instead.
          started.on('error', (error) => log.error({ err: error }, 'push queue error'));
          boss = started;
          await started.start();
          await started.createQueue(TICK_QUEUE, {
            name: TICK_QUEUE,
            policy: 'short',
            retryLimit: 3,
            retryDelay: 5,
            expireInSeconds: 60,
          });
          await started.work(
            TICK_QUEUE,
            { batchSize: BATCH_SIZE, pollingIntervalSeconds: POLLING_INTERVAL_SECONDS },
            (jobs) => work(jobs, handler),
          );
          markReady(started);
        } catch (error) {
          markFailed(error instanceof Error ? error : new Error(String(error)));
          throw error;
        }
      })();
      return starting;
    },

    stop: async () => {
      if (stopped) return;
      stopped = true;
      markFailed(new Error('the push queue is stopped'));
      // A start still under way finishes first, so nothing it opens is left behind.
      await starting?.catch(() => {});
      try {
        await boss?.stop({ graceful: true, timeout: 5_000, wait: true });
      } finally {
        await connection?.close();
      }
    },
  };
}
