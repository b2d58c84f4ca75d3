import {
  asInstant,
  breakEvents as events,
  defaultBreakSettings,
  err,
  fromWireEvent,
  initialBreakState,
  ok,
  openSittingStretch,
  transitionBreaks,
  type BreakEvent,
  type BreakEventsRequest,
  type BreakLogEntry,
  type BreakOutput,
  type BreakSettings,
  type BreakState,
  type BreakStatsResponse,
  type DomainError,
  type Result,
} from '@psoas/core';
import type { Db } from '../db/database.ts';
import { latestIntake } from '../assessment/assessment.repository.ts';
import {
  insertBreakEvents,
  insertBreakLog,
  listBreakLog,
  listTargetChanges,
  loadBreakState,
  loadStoredSettings,
  lockBreakState,
  recordTargets,
  saveBreakState,
  storeSettings,
  storedEventIds,
  type NewBreakEvent,
  type Tx,
} from './breaks.repository.ts';
import {
  logWindow,
  rangeWindow,
  resolveRange,
  summariseRange,
  type RangeProblem,
} from './break-stats.ts';

/**
 * The sitting-break use-cases (issue 6). Clients run the scheduler for instant reminders and
 * post the events they fed it; here the same events go, in order, through the server's own
 * copy of the scheduler (break_states), in one transaction with the events and the log entries
 * they produce, so the statistics come from one log and the server can remind by Web Push when
 * no client runs.
 */

export type BreakAdvance = {
  readonly state: BreakState;
  readonly outputs: readonly BreakOutput[];
};

/** Events stamped more than this ahead of the server's clock are refused: a wrong client clock. */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

// ---------------------------------------------------------------- settings

export type SettingsLookup = { readonly settings: BreakSettings; readonly isDefault: boolean };

/** The stored settings, or the defaults in the zone of the latest intake (else UTC). */
export async function breakSettingsOf(db: Db, personId: string): Promise<SettingsLookup> {
  const stored = await loadStoredSettings(db, personId);
  if (stored) return { settings: stored, isDefault: false };
  const intake = await latestIntake(db, personId);
  return {
    settings: defaultBreakSettings(intake?.intake.about.timeZone ?? 'UTC'),
    isDefault: true,
  };
}

/**
 * Stores new settings, their targets in the targets' history (so past days keep theirs) and
 * feeds them to the server's scheduler, in one transaction.
 */
export async function replaceBreakSettings(
  db: Db,
  personId: string,
  now: number,
  settings: BreakSettings,
): Promise<BreakAdvance> {
  return db.transaction(async (tx) => {
    await storeSettings(tx, personId, settings, new Date(now));
    // After the upsert, which holds the settings row until commit: a concurrent PUT waits
    // there, so it compares its targets with this change, not with the one before.
    await recordTargets(tx, personId, settings, new Date(now));
    const stored = await lockOrCreate(tx, personId, now, now);
    const input = [events.settingsChanged(asInstant(now), settings)];
    return applyAndStore(tx, personId, now, stored, input, { clientAt: null });
  });
}

// ---------------------------------------------------------------- applying events

/**
 * An event as the server's copy applies it. The copy is shared by every client and by the push
 * dispatcher, so events from one source can arrive after later ones from another (batched, or
 * queued while offline). The reducer reads time running backwards as the wall clock being
 * changed and would move every deadline; here a late event is applied at the copy's latest
 * instant instead (and stored with its own). For the same reason a client's `clock-jumped` is
 * only a tick here: that client's clock moved, not the server's, which the copy follows.
 */
export function alignEvent(state: BreakState, event: BreakEvent): BreakEvent {
  const now = event.now < state.lastEventAt ? state.lastEventAt : event.now;
  if (event.kind === 'clock-jumped') return events.tick(now);
  return now === event.now ? event : { ...event, now };
}

/** Feeds events, in the order given, to the scheduler. Pure. */
export function applyBreakEvents(state: BreakState, input: readonly BreakEvent[]): BreakAdvance {
  let current = state;
  const outputs: BreakOutput[] = [];
  for (const event of input) {
    const step = transitionBreaks(current, alignEvent(current, event));
    current = step.state;
    outputs.push(...step.outputs);
  }
  return { state: current, outputs };
}

const logEntriesOf = (outputs: readonly BreakOutput[]): BreakLogEntry[] =>
  outputs.flatMap((o) => (o.kind === 'log' ? [o.entry] : []));

/**
 * Locks the person's state for the rest of the transaction; on first use creates it at
 * `startAt` (the first event's instant, so a morning posted late is replayed from its start).
 */
async function lockOrCreate(
  tx: Tx,
  personId: string,
  now: number,
  startAt: number,
): Promise<BreakState> {
  const stored = await lockBreakState(
    tx,
    personId,
    async () =>
      initialBreakState((await breakSettingsOf(tx, personId)).settings, asInstant(startAt)),
    new Date(now),
  );
  return stored.state;
}

/** Applies `input` to the locked state; stores the state, the log entries and `record`. */
async function applyAndStore(
  tx: Tx,
  personId: string,
  now: number,
  state: BreakState,
  input: readonly BreakEvent[],
  options: { readonly clientAt: Date | null; readonly record?: readonly NewBreakEvent[] },
): Promise<BreakAdvance> {
  const advance = applyBreakEvents(state, input);
  await insertBreakEvents(tx, personId, options.record ?? [], new Date(now));
  await insertBreakLog(tx, personId, logEntriesOf(advance.outputs));
  await saveBreakState(tx, personId, advance.state, new Date(now), options.clientAt);
  return advance;
}

const earliest = (input: readonly BreakEvent[], fallback: number): number =>
  input.reduce((min, e) => Math.min(min, e.now), fallback);

/**
 * For the push dispatcher: loads the person's state under a row lock, applies `input` (or a
 * tick at `now` when there is none), stores the new state and the log entries, and returns
 * them. Reminders among the outputs are the dispatcher's to send. `lastClientAt` is left alone:
 * it says when a client last reported, and the dispatcher is none.
 */
export async function advanceBreakState(
  db: Db,
  personId: string,
  now: number,
  input?: readonly BreakEvent[],
): Promise<BreakAdvance> {
  const toApply = input && input.length > 0 ? input : [events.tick(asInstant(now))];
  return db.transaction(async (tx) => {
    const state = await lockOrCreate(tx, personId, now, earliest(toApply, now));
    return applyAndStore(tx, personId, now, state, toApply, { clientAt: null });
  });
}

export type RecordedBreakEvents = BreakAdvance & {
  readonly accepted: number;
  readonly duplicates: number;
};

/**
 * `POST /api/breaks/events`: events whose client id was stored before are dropped, the new ones
 * applied sorted by their instant (ties in the order sent), and stored with the state and the
 * log in one transaction. The row lock makes this exactly once, also across server processes:
 * a second post of the same ids waits for the first, then finds them stored. `source` is
 * 'web' or 'cli' from the HTTP API; the push dispatcher may record replies as 'push'.
 */
export async function recordBreakEvents(
  db: Db,
  personId: string,
  now: number,
  request: {
    readonly source: string;
    readonly events: BreakEventsRequest['events'];
  },
): Promise<Result<RecordedBreakEvents, DomainError>> {
  const posted = request.events.map((e, index) => ({
    id: e.id,
    index,
    event: fromWireEvent(e.event),
  }));
  const future = posted.filter((p) => p.event.now > now + FUTURE_TOLERANCE_MS);
  if (future.length > 0) {
    return err({
      code: 'BREAK_EVENT_IN_FUTURE',
      message: `Events more than 5 minutes ahead of the server's clock (${new Date(now).toISOString()}) are refused: check the device's clock.`,
      details: { ids: future.map((p) => p.id), indexes: future.map((p) => p.index) },
    });
  }
  const recorded = await db.transaction(async (tx) => {
    // Lock first, then look for duplicates: a concurrent post of the same ids has committed
    // (or rolled back) by the time the lock is ours.
    const postedEvents = posted.map((p) => p.event);
    const state = await lockOrCreate(tx, personId, now, earliest(postedEvents, now));
    const seen = await storedEventIds(
      tx,
      personId,
      posted.map((p) => p.id),
    );
    const fresh = posted
      .filter((p) => !seen.has(p.id))
      .sort((a, b) => a.event.now - b.event.now || a.index - b.index);
    const advance = await applyAndStore(
      tx,
      personId,
      now,
      state,
      fresh.map((p) => p.event),
      {
        clientAt: new Date(now),
        record: fresh.map((p) => ({
          clientEventId: p.id,
          source: request.source,
          event: p.event,
        })),
      },
    );
    return { ...advance, accepted: fresh.length, duplicates: posted.length - fresh.length };
  });
  return ok(recorded);
}

// ---------------------------------------------------------------- reading

/**
 * The person's scheduler state as of `now`, without storing anything: the stored copy ticked
 * to now in memory. Not stored, because a read must not write (reminders and skips it would
 * log belong to whoever acts on them: a client, or the push dispatcher at the due instant), and
 * so that a GET never takes the row lock.
 */
export async function currentBreakState(
  db: Db,
  personId: string,
  now: number,
): Promise<BreakAdvance> {
  const stored = await loadBreakState(db, personId);
  const state =
    stored?.state ??
    initialBreakState((await breakSettingsOf(db, personId)).settings, asInstant(now));
  return applyBreakEvents(state, [events.tick(asInstant(now))]);
}

/**
 * Daily and weekly statistics from the log; today's include what ticking to now would log and
 * the sitting stretch still open.
 */
export async function breakStats(
  db: Db,
  personId: string,
  now: number,
  query: { readonly from?: string | undefined; readonly to?: string | undefined },
): Promise<BreakStatsResponse | RangeProblem> {
  const { settings } = await breakSettingsOf(db, personId);
  const timeZone = settings.workingHours.timeZone;
  const range = resolveRange(query, now, timeZone);
  if ('field' in range) return range;
  const window = logWindow(range, timeZone);
  const stored = await listBreakLog(db, personId, window.from, window.to);
  const days = rangeWindow(range, timeZone);
  const changes = await listTargetChanges(db, personId, days.from, days.to);
  const live = await currentBreakState(db, personId, now);
  const open = openSittingStretch(live.state, asInstant(Math.max(now, live.state.lastEventAt)));
  const entries = [...stored, ...logEntriesOf(live.outputs), ...(open ? [open] : [])];
  return summariseRange(range, entries, settings, changes);
}
