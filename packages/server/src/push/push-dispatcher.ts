import {
  asInstant,
  nextBreakDue,
  type BreakOutput,
  type BreakState,
  type Instant,
  type Reminder,
} from '@psoas/core';
import { eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database.ts';
import { breakStates } from '../db/schema.ts';
import { claimDelivery, finishDelivery } from './push-delivery.repository.ts';
import { reminderMessage } from './push-payload.ts';
import type { TickJob } from './push-queue.ts';
import type { PushResult, PushSender } from './push-sender.ts';
import {
  activeSubscriptions,
  hasActiveSubscription,
  recordPushOutcome,
  type StoredSubscription,
} from './push-subscription.repository.ts';

/**
 * Reminding by Web Push when no tab or terminal runs (issue 6). Each person with a subscription
 * has one tick queued at the instant their scheduler next acts (`nextBreakDue`). The tick runs
 * the server's copy of the scheduler (under its row lock, so one process at a time), pushes the
 * reminders it produces, and queues the next tick. Exactly once comes from three locks in the
 * database: pg-boss hands a job to one worker, the state's row lock lets one tick produce a
 * reminder, and the delivery row claimed before sending lets one sender send it.
 */

/** The server's scheduler for one person at `now`: stored, with what it produced. */
export type AdvanceBreakState = (
  personId: string,
  now: Instant,
) => Promise<{ readonly state: BreakState; readonly outputs: readonly BreakOutput[] }>;

/**
 * A client that reported within this time runs its own scheduler and reminds on screen, so the
 * server does not push as well: a tab posts its events at least every minute while it runs.
 */
export const CLIENT_QUIET_MS = 90_000;

/** A tick is never queued closer than this to now, so a tick cannot re-queue itself at once. */
const MIN_TICK_GAP_MS = 1_000;

/**
 * Waits before sending again after a failure the push service may get over (no answer, 429,
 * 5xx). The retries stay inside the claimed delivery: retrying the job instead would tick the
 * scheduler again, and the reminder, already given out by the first tick, would be lost.
 */
export const SEND_RETRY_DELAYS_MS: readonly number[] = [1_000, 3_000];

function mayPassOver(result: PushResult): boolean {
  if (result.outcome !== 'failed') return false;
  const status = result.statusCode;
  return status === null || status === 429 || status >= 500;
}

export type PushDispatcherDeps = {
  readonly db: Db;
  readonly now: () => number;
  readonly advance: AdvanceBreakState;
  readonly send: PushSender;
  readonly schedule: (job: TickJob) => Promise<void>;
  readonly log: FastifyBaseLogger;
  /** Injected so tests need not wait; real timers by default. */
  readonly sleep?: (ms: number) => Promise<void>;
};

export type PushDispatcher = {
  /** Queues the person's next tick from a state just stored (if they have a subscription). */
  readonly scheduleNext: (personId: string, state: BreakState) => Promise<void>;
  /** Queues a tick as soon as a worker is free (a new subscription, a start-up). */
  readonly scheduleNow: (personId: string) => Promise<void>;
  /** The queue's job: tick, push what is due, queue the next tick. */
  readonly runTick: (job: TickJob) => Promise<void>;
};

export function createPushDispatcher(deps: PushDispatcherDeps): PushDispatcher {
  const { db, log } = deps;
  const sleep = deps.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));

  const sendWithRetries = async (
    subscription: StoredSubscription,
    reminder: Reminder,
    dueAt: Instant,
  ): Promise<PushResult> => {
    let result = await deps.send(subscription, reminderMessage(reminder, dueAt));
    for (const delay of SEND_RETRY_DELAYS_MS) {
      if (!mayPassOver(result)) break;
      await sleep(delay);
      result = await deps.send(subscription, reminderMessage(reminder, dueAt));
    }
    return result;
  };

  const scheduleNext = async (personId: string, state: BreakState): Promise<void> => {
    if (!(await hasActiveSubscription(db, personId))) return;
    const due = nextBreakDue(state);
    if (due === null) return;
    await deps.schedule({ personId, dueAt: Math.max(due, deps.now() + MIN_TICK_GAP_MS) });
  };

  const deliver = async (
    subscription: StoredSubscription,
    reminder: Reminder,
    dueAt: Instant,
  ): Promise<void> => {
    const deliveryId = await claimDelivery(db, {
      subscriptionId: subscription.id,
      personId: subscription.personId,
      dueAt,
      reason: reminder.reason,
      claimedAt: deps.now(),
    });
    if (deliveryId === null) return; // claimed by another process or an earlier try
    const result = await sendWithRetries(subscription, reminder, dueAt);
    const at = deps.now();
    await finishDelivery(db, deliveryId, result.outcome, result.statusCode, at);
    await recordPushOutcome(db, subscription.id, result.outcome, at);
    if (result.outcome !== 'sent') {
      log.warn(
        { subscriptionId: subscription.id, outcome: result.outcome, status: result.statusCode },
        'break reminder push not delivered',
      );
    }
  };

  return {
    scheduleNext,

    scheduleNow: (personId) => deps.schedule({ personId, dueAt: deps.now() + MIN_TICK_GAP_MS }),

    runTick: async (job) => {
      const now = asInstant(deps.now());
      const { state, outputs } = await deps.advance(job.personId, now);
      const reminders = outputs.filter((o): o is Reminder => o.kind === 'reminder');
      if (reminders.length > 0 && !(await isClientRunning(db, job.personId, now))) {
        const subscriptions = await activeSubscriptions(db, job.personId);
        // The instant this tick was queued for: the reminder's own time, also for a repeat or
        // the end of a snooze (a reminder's `dueAt` is its break's, the same for all of them).
        const dueAt = asInstant(job.dueAt);
        for (const reminder of reminders) {
          await Promise.all(subscriptions.map((s) => deliver(s, reminder, dueAt)));
        }
      }
      await scheduleNext(job.personId, state);
    },
  };
}

async function isClientRunning(db: Db, personId: string, now: Instant): Promise<boolean> {
  const [row] = await db
    .select({ lastClientAt: breakStates.lastClientAt })
    .from(breakStates)
    .where(eq(breakStates.personId, personId));
  const last = row?.lastClientAt?.getTime();
  return last !== undefined && now - last < CLIENT_QUIET_MS;
}
