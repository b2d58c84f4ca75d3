import { readFile } from 'node:fs/promises';
import { Agent } from 'node:https';
import { rootCertificates } from 'node:tls';
import type { BreakState } from '@psoas/core';
import type { FastifyInstance } from 'fastify';
import type { PushConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { createPushDispatcher, type AdvanceBreakState } from './push-dispatcher.ts';
import { createPushQueue } from './push-queue.ts';
import { registerPushRoutes } from './push.routes.ts';
import { createPushSender } from './push-sender.ts';
import { peopleWithActiveSubscriptions } from './push-subscription.repository.ts';
import { loadOrCreateVapidKeys } from './vapid-keys.repository.ts';

export type PushDeps = {
  readonly database: Database;
  readonly now: () => number;
  /** Absent or disabled: the routes answer PUSH_DISABLED and no queue runs. */
  readonly config: PushConfig | undefined;
  readonly advance: AdvanceBreakState;
};

export type PushHooks = {
  /**
   * For the breaks routes, after every stored change of a person's scheduler: queues the next
   * tick. Returns at once; the queue works in the background and logs what fails.
   */
  readonly onStateSaved: (personId: string, state: BreakState) => void;
};

/**
 * Web Push for break reminders (issue 6): routes, the VAPID key pair (made on the first start),
 * and the reminder queue. The queue starts once the server listens, in the background, so it
 * adds nothing to start-up; it stops as closing begins, while the database is still open.
 */
export async function registerPush(app: FastifyInstance, deps: PushDeps): Promise<PushHooks> {
  const config = deps.config;
  if (!config?.enabled) {
    registerPushRoutes(app, null);
    return { onStateSaved: () => {} };
  }
  const { db } = deps.database;
  const keys = await loadOrCreateVapidKeys(db, deps.now());
  const agent = config.caFile ? await agentTrusting(config.caFile) : undefined;
  const send = createPushSender({ keys, subject: config.subject, agent });
  const queue = createPushQueue(deps.database, app.log);
  const dispatcher = createPushDispatcher({
    db,
    now: deps.now,
    advance: deps.advance,
    send,
    schedule: queue.schedule,
    log: app.log,
  });
  registerPushRoutes(app, {
    db,
    now: deps.now,
    publicKey: keys.publicKey,
    allowLocalEndpoints: config.allowLocalEndpoints,
    send,
    dispatcher,
    log: app.log,
  });

  app.addHook('onListen', (done) => {
    queue
      .start(dispatcher.runTick)
      .then(async () => {
        // Whatever came due while no server ran (or while push was off) is ticked now: at
        // most one reminder each, and the chain of ticks continues from there.
        const people = await peopleWithActiveSubscriptions(db);
        await Promise.all(people.map((personId) => dispatcher.scheduleNow(personId)));
        app.log.info({ people: people.length }, 'push queue started');
      })
      .catch((error: unknown) => app.log.error({ err: error }, 'push queue did not start'));
    done();
  });
  // preClose, not onClose: onClose hooks run last-registered first, so the database's (added
  // after this) would close it under the queue's feet.
  app.addHook('preClose', async () => {
    await queue.stop();
    app.log.info('push queue stopped');
  });

  return {
    onStateSaved: (personId, state) => {
      dispatcher
        .scheduleNext(personId, state)
        .catch((error: unknown) => app.log.warn({ err: error, personId }, 'no tick queued'));
    },
  };
}

/** The system's certificate authorities plus one more, for push services only. */
async function agentTrusting(caFile: string): Promise<Agent> {
  const extra = await readFile(caFile, 'utf8');
  return new Agent({ ca: [...rootCertificates, extra], keepAlive: true });
}
