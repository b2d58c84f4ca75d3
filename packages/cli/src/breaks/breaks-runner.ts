import {
  asInstant,
  breakEvents as ev,
  initialBreakState,
  routineForBreak,
  transitionBreaks,
  type BreakEvent,
  type BreakKind,
  type BreakOutput,
  type BreakRoutine,
  type BreakSettings,
  type BreakState,
  type Instant,
} from '@psoas/core';
import type { KeyInput } from '../session/key-input.ts';
import type { IdleProbe } from './idle.ts';
import { actionForKey, splitKeys, type BreakKeyAction, type KeyMode } from './keys.ts';
import type { Notifier } from './notify.ts';
import type { FlushResult, Outbox } from './outbox.ts';
import type { BreaksView } from './breaks-view.ts';

/**
 * The imperative shell of `psoas breaks`: one tick a second feeds core's scheduler the clock,
 * the desktop's idle time and the keys, shows what it outputs, and queues every event that
 * mattered for the server. The scheduler compares absolute instants, so a late timer or a
 * suspended process cannot drift a reminder (CONVENTIONS "State machines as reducers").
 */

export const TICK_MS = 1_000;
/** Idle time is read every 5 s: a process per second would be noise for nothing. */
export const IDLE_POLL_MS = 5_000;
/** A tick this late means the computer slept (or the process was stopped): time away. */
export const SLEEP_GAP_MS = 30_000;
/** Events are sent every 10 s, and at once after a reminder or a key. */
export const FLUSH_MS = 10_000;
const MAX_BACKOFF_MS = 60_000;
/** Input within this long means the person is back. */
const BACK_WITHIN_MS = 5_000;

export type Timers = {
  readonly every: (ms: number, run: () => void) => () => void;
};

export const REAL_TIMERS: Timers = {
  every: (ms, run) => {
    const handle = setInterval(run, ms);
    return () => clearInterval(handle);
  },
};

export type RunnerDeps = {
  readonly settings: BreakSettings;
  /** The wall clock, in epoch ms: instants must match the server's and the web app's. */
  readonly wallNow: () => number;
  /** When the scheduler starts: now, or earlier with --sitting. */
  readonly startAt: Instant;
  readonly outbox: Outbox;
  readonly notifier: Notifier;
  readonly idle: IdleProbe;
  readonly keys: KeyInput | null;
  readonly view: BreaksView;
  /** Breaks already counted today by the server. */
  readonly breaksToday: number;
  readonly timers?: Timers;
  /** Resolves when the process is asked to stop (SIGINT, SIGTERM) without keys. */
  readonly stopSignal: Promise<void>;
};

export type RunResult = { readonly unsent: number; readonly dropped: number };

type OnBreak = {
  readonly since: number;
  readonly kind: BreakKind;
  readonly routine: BreakRoutine;
  readonly stepsShown: number;
};

export function runBreaks(deps: RunnerDeps): Promise<RunResult> {
  const { view, outbox } = deps;
  const timers = deps.timers ?? REAL_TIMERS;
  let state: BreakState = initialBreakState(deps.settings, deps.startAt);
  let mode: KeyMode = 'idle';
  let onBreak: OnBreak | null = null;
  let breaksToday = deps.breaksToday;
  let lastTickAt = deps.wallNow();
  let lastIdlePoll = 0;
  let reportedAway = false;
  let nextFlushAt = 0;
  let backoffMs = FLUSH_MS;
  let stopped = false;
  let finish: (result: RunResult) => void = () => undefined;
  const done = new Promise<RunResult>((resolve) => (finish = resolve));

  /** Feeds one event; queues it for the server unless it is a tick that changed nothing. */
  function feed(event: BreakEvent): readonly BreakOutput[] {
    const { state: next, outputs } = transitionBreaks(state, event);
    state = next;
    if (event.kind !== 'tick' || outputs.length > 0) outbox.add(event);
    for (const output of outputs) show(output);
    return outputs;
  }

  function show(output: BreakOutput): void {
    switch (output.kind) {
      case 'reminder':
        deps.notifier.notify(output);
        view.reminder(output, state.settings.breakMinutes);
        flushSoon();
        return;
      case 'log':
        if (output.entry.kind === 'break-taken' || output.entry.kind === 'natural-break') {
          breaksToday += 1;
        }
        view.log(output.entry);
        return;
      case 'reminder-cleared':
        view.cleared(output.why, output.at);
        return;
      case 'rejected':
        view.rejected(output.error.code, output.error.message, output.at);
        return;
      default: {
        const never: never = output;
        return never;
      }
    }
  }

  function flushSoon(): void {
    nextFlushAt = 0;
  }

  function reportFlush(result: FlushResult): void {
    if (result.kind === 'kept') {
      backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
      nextFlushAt = deps.wallNow() + backoffMs;
    } else {
      backoffMs = FLUSH_MS;
      nextFlushAt = deps.wallNow() + FLUSH_MS;
    }
    view.delivery(result, outbox.pending());
  }

  async function pollIdle(now: number): Promise<void> {
    if (deps.idle.source === 'terminal keys' || onBreak !== null) return;
    const idleMs = await deps.idle.read();
    if (idleMs === null || stopped) return;
    const at = deps.wallNow();
    // Only an absence that could be a break is reported: reading without touching the mouse
    // for a minute is not "away" (Workrave's reading mode problem, research §2.2).
    if (!reportedAway && idleMs >= state.settings.breakMinutes * 60_000) {
      reportedAway = true;
      feed(ev.idle(asInstant(at), asInstant(Math.min(now, at - idleMs))));
    } else if (reportedAway && idleMs < BACK_WITHIN_MS) {
      reportedAway = false;
      feed(ev.activity(asInstant(at)));
    }
  }

  function tick(): void {
    if (stopped) return;
    const now = deps.wallNow();
    if (now < lastTickAt - TICK_MS) {
      // The wall clock went back: the scheduler moves its deadlines with it.
      feed(ev.clockJumped(asInstant(now)));
    } else if (now - lastTickAt > SLEEP_GAP_MS && onBreak === null) {
      // Asleep or suspended since the last tick: the person was away, and is back now.
      feed(ev.idle(asInstant(now), asInstant(lastTickAt)));
      feed(ev.activity(asInstant(now)));
    }
    lastTickAt = now;
    feed(ev.tick(asInstant(now)));
    if (onBreak) playBreak(now);
    if (now - lastIdlePoll >= IDLE_POLL_MS) {
      lastIdlePoll = now;
      void pollIdle(now);
    }
    if (now >= nextFlushAt) void outbox.flush().then(reportFlush);
    view.status({ state, now, breaksToday, onBreakSince: onBreak?.since ?? null }, mode);
  }

  /** Shows each step of the routine as its time comes; the break ends after its length. */
  function playBreak(now: number): void {
    if (!onBreak) return;
    const elapsed = now - onBreak.since;
    let startsAt = 0;
    let shown = onBreak.stepsShown;
    onBreak.routine.steps.forEach((step, i) => {
      if (i >= shown && elapsed >= startsAt * 1000) {
        view.step(step, i, onBreak?.routine.steps.length ?? 0);
        shown = i + 1;
      }
      startsAt += step.seconds;
    });
    onBreak = { ...onBreak, stepsShown: shown };
    if (elapsed >= state.settings.breakMinutes * 60_000) endBreak(now);
  }

  function startBreak(kind: BreakKind, now: number): void {
    const phase = state.phase.kind === 'away' ? state.phase.resume : state.phase;
    // The routine the reminder offered, or the next in the rotation for a break taken early.
    const number = phase.kind === 'sitting' ? state.breaksOffered : state.breaksOffered - 1;
    const routine = routineForBreak(Math.max(0, number), state.settings.breakMinutes);
    onBreak = { since: now, kind, routine, stepsShown: 0 };
    mode = 'on-break';
    view.breakStarted(kind, state.settings.breakMinutes);
    playBreak(now);
  }

  function endBreak(now: number): void {
    if (!onBreak) return;
    const minutes = Math.round(((now - onBreak.since) / 60_000) * 100) / 100;
    const kind = onBreak.kind;
    onBreak = null;
    mode = 'idle';
    feed(ev.breakTaken(asInstant(now), minutes, kind));
    flushSoon();
  }

  function act(action: BreakKeyAction): void {
    const now = deps.wallNow();
    if (action.kind !== 'none' && state.phase.kind === 'away' && mode === 'idle') {
      // A key in this terminal: the person is here.
      reportedAway = false;
      feed(ev.activity(asInstant(now)));
    }
    switch (action.kind) {
      case 'take':
        mode = 'choose';
        break;
      case 'choose':
        startBreak(action.breakKind, now);
        break;
      case 'cancel':
        mode = 'idle';
        break;
      case 'back':
        endBreak(now);
        break;
      case 'snooze':
        feed(ev.snooze(asInstant(now)));
        break;
      case 'skip':
        feed(ev.skip(asInstant(now)));
        break;
      case 'meeting':
        feed(state.meeting ? ev.meetingEnd(asInstant(now)) : ev.meetingStart(asInstant(now)));
        break;
      case 'quit':
        void stop();
        return;
      case 'none':
        return;
      default: {
        const never: never = action;
        return never;
      }
    }
    flushSoon();
    view.status({ state, now, breaksToday, onBreakSince: onBreak?.since ?? null }, mode);
  }

  async function stop(): Promise<void> {
    if (stopped) return;
    stopped = true;
    stopTicking();
    deps.keys?.stop();
    // A break in progress when quitting still happened.
    if (onBreak) {
      stopped = false;
      endBreak(deps.wallNow());
      stopped = true;
    }
    const result = await outbox.flush();
    view.delivery(result, outbox.pending());
    view.end(outbox.pending(), outbox.dropped());
    finish({ unsent: outbox.pending(), dropped: outbox.dropped() });
  }

  view.started(state, deps.notifier.channel, deps.idle.source);
  // The first event tells the server this client is here; it changes nothing in the scheduler.
  feed(ev.activity(asInstant(deps.wallNow())));
  deps.keys?.start((data) => {
    for (const key of splitKeys(data)) act(actionForKey(key, mode));
  });
  const stopTicking = timers.every(TICK_MS, tick);
  void deps.stopSignal.then(stop);
  tick();
  return done;
}
