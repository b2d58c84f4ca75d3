import {
  MINUTE_MS,
  addMinutes,
  breakEvents,
  initialBreakState,
  localDay,
  localTimeOf,
  toWireEvent,
  transitionBreaks,
  type BreakEvent,
  type BreakLogEntry,
  type BreakOutput,
  type BreakSettings,
  type BreakState,
  type ClientBreakEventWire,
  type Instant,
} from '@psoas/core';
import {
  appendLog,
  readOutbox,
  readState,
  writeOutbox,
  writeState,
  type KeyValueStorage,
  type OutboxEntry,
} from './break-storage.ts';

/**
 * The web app's shell around core's break scheduler: every step reads the latest stored state,
 * feeds it one event, stores the new state, queues the event for the server and keeps the log
 * entries for today's offline dial. Reading the state afresh each time is what lets several tabs
 * share one schedule: the tab that steps second sees what the first one did, so a reminder is
 * sent (and notified, and posted) once, by whichever tab got there first.
 */

/** The tab's heartbeat; throttled background tabs still run a one-minute timer. */
export const HEARTBEAT_MS = MINUTE_MS;

/**
 * A heartbeat this much later than the last event means the tab did not run in between: the
 * device slept, the tab was frozen or the app was closed. Chrome's intensive throttling delays
 * a hidden tab's timers to once a minute, so a gap of up to two minutes is still normal.
 */
export const GAP_MS = 3 * MINUTE_MS;

export type NonEmpty<T> = readonly [T, ...T[]];

export type StepResult = { readonly state: BreakState; readonly outputs: readonly BreakOutput[] };

export type BreakEngine = {
  /** The stored state, or a fresh one with `settings` when there is none (nothing stored). */
  current(settings: BreakSettings, now: Instant): BreakState;
  /**
   * Feeds events in order to the latest stored state and stores the result. The events are
   * queued for `owner`, the account signed in; with nobody signed in they stay on this device
   * (the schedule and today's dial) and are queued for no one, so they can never be sent into
   * the account of whoever signs in next.
   */
  step(
    events: NonEmpty<BreakEvent>,
    fallbackSettings: BreakSettings,
    owner: string | null,
  ): StepResult;
  /** Events to feed first when the clock has moved oddly since the last stored event. */
  catchUp(state: BreakState, now: Instant): BreakEvent[];
};

export type BreakEngineDeps = {
  readonly storage: KeyValueStorage | undefined;
  readonly newId: () => string;
};

/**
 * What to feed before anything else at `now`, given when the scheduler last heard from us:
 *
 * - The clock is behind the last event: it was set back (or a time zone was mis-set and fixed).
 *   `clock-jumped` moves every deadline with it, so the jump is not counted as sitting.
 * - A gap of more than `GAP_MS`: the app did not run (laptop asleep, tab frozen or closed). We
 *   cannot know that the person sat there, and the issue asks that waking does not fire a pile
 *   of reminders, so the gap is reported as time away: `idle` since the last event, then
 *   `activity` now, because someone woke the device or opened the app. The reducer's own rule
 *   decides the rest: an absence of at least the break length is a natural break and restarts
 *   the interval; a shorter one changes nothing. If the person is in fact still away, the idle
 *   watcher reports it again.
 */
export function catchUpEvents(state: BreakState, now: Instant): BreakEvent[] {
  if (now < state.lastEventAt) return [breakEvents.clockJumped(now)];
  if (now - state.lastEventAt > GAP_MS) {
    return [breakEvents.idle(now, state.lastEventAt), breakEvents.activity(now)];
  }
  return [];
}

/**
 * Whether the server needs the event: everything but settings (they travel by
 * `PUT /api/breaks/settings`) and ticks that changed nothing (see breakEventsRequestSchema).
 */
export function isPostable(
  event: BreakEvent,
  outputs: readonly BreakOutput[],
): event is Exclude<BreakEvent, { kind: 'settings-changed' }> {
  if (event.kind === 'settings-changed') return false;
  return event.kind !== 'tick' || outputs.length > 0;
}

function toClientWire(
  event: Exclude<BreakEvent, { kind: 'settings-changed' }>,
): ClientBreakEventWire {
  const wire = toWireEvent(event);
  // toWireEvent keeps the kind, and settings-changed was excluded above.
  if (wire.kind === 'settings-changed') throw new Error('settings are not posted as events');
  return wire;
}

export function createBreakEngine({ storage, newId }: BreakEngineDeps): BreakEngine {
  function current(settings: BreakSettings, now: Instant): BreakState {
    return readState(storage) ?? initialBreakState(settings, now);
  }

  function step(
    events: NonEmpty<BreakEvent>,
    fallbackSettings: BreakSettings,
    owner: string | null,
  ): StepResult {
    const [first] = events;
    let state = current(fallbackSettings, first.now);
    const outputs: BreakOutput[] = [];
    const posted: OutboxEntry[] = [];
    const logged: BreakLogEntry[] = [];
    for (const event of events) {
      const result = transitionBreaks(state, event);
      state = result.state;
      outputs.push(...result.outputs);
      if (owner !== null && isPostable(event, result.outputs))
        posted.push({ id: newId(), owner, event: toClientWire(event) });
      for (const output of result.outputs) if (output.kind === 'log') logged.push(output.entry);
    }
    writeState(storage, state);
    if (posted.length > 0) writeOutbox(storage, [...readOutbox(storage), ...posted]);
    const last = events.at(-1) ?? first;
    // Keep yesterday and today: enough for today's dial across midnight in any zone.
    const zone = state.settings.workingHours.timeZone;
    const today = localDay(localTimeOf(last.now, zone).date, zone);
    appendLog(storage, logged, addMinutes(today.start, -24 * 60));
    return { state, outputs };
  }

  return { current, step, catchUp: catchUpEvents };
}

/** A random id for an event: 32 hex digits, from getRandomValues (also on plain http). */
export function newEventId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
