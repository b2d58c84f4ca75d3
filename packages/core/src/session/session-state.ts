import type { SessionStep, StepCue } from './session-step.ts';
import type { StepRecord } from './step-record.ts';
import { addMillis, millis, millisBetween, type Instant, type Millis } from './time.ts';

/**
 * The session machine's states, events and emitted cues, and read-only queries on a state for
 * the players (current step, time left). The transitions live in session-machine.ts.
 */

/**
 * A tick this much later than the next thing due (a cue or the end of the step) means the
 * shell was not running: the tab slept, the laptop lid was closed, the phone locked. Cues that
 * late would be wrong (a "release" a minute after the hold ended), so the machine pauses itself
 * where it was instead of racing through the missed steps. 5 s is well above a throttled
 * background tab's one tick per second, and short enough that nobody holds a stretch for long
 * without being told. The same bound applies to a clock that went backwards. Shells must tick
 * more often than this (the web player ticks every 100-250 ms, or 1 s in the background).
 */
export const AUTO_PAUSE_AFTER_MS: Millis = millis(5000);

/** "Back" within this long of a step's start goes to the step before; later it restarts it. */
export const BACK_RESTARTS_STEP_AFTER_MS: Millis = millis(3000);

/**
 * A cue that fell due. `key` is unique within a session run (a step entered again after
 * "back" has a new `entry`), so a shell can de-duplicate and a benchmark can match cues.
 * `dueAt` is when it should have sounded; the event's `now` minus `dueAt` is its lateness.
 */
export type SessionCue = StepCue & {
  readonly key: string;
  readonly stepIndex: number;
  readonly entry: number;
  readonly dueAt: Instant;
};

export type SessionEvent =
  | { readonly type: 'start'; readonly now: Instant }
  | { readonly type: 'tick'; readonly now: Instant }
  | { readonly type: 'pause'; readonly now: Instant }
  | { readonly type: 'resume'; readonly now: Instant }
  | { readonly type: 'skip'; readonly now: Instant }
  | { readonly type: 'back'; readonly now: Instant }
  | { readonly type: 'repDone'; readonly now: Instant }
  | { readonly type: 'finish'; readonly now: Instant };

type Base = {
  readonly steps: readonly SessionStep[];
  /** The cues that fell due during the transition that made this state, in order. */
  readonly cues: readonly SessionCue[];
  /** What happened to each step left so far, in step order (step-record.ts). */
  readonly record: readonly StepRecord[];
};

/**
 * The session's own clock, for the log: when it started and how long it has been active.
 * Active time is summed per stretch of running, so pauses, gaps and a clock that jumped are
 * never counted (see `sessionTiming`).
 */
export type SessionClock = {
  readonly startedAt: Instant;
  /**
   * Active time so far: while running, up to `resumedAt` (the running stretch since then is
   * added on top); while paused, up to `pausedAt`.
   */
  readonly activeMs: Millis;
};

/** Where the session is: the step, how many times a step was entered, cues already emitted. */
export type StepPosition = {
  readonly index: number;
  /** Counts step entries over the session (0 for the first); part of every cue's key. */
  readonly entry: number;
  /** How many of the current step's cues have been emitted. */
  readonly cueCursor: number;
};

export type IdleState = Base & { readonly status: 'idle' };

export type RunningState = Base &
  StepPosition &
  SessionClock & {
    readonly status: 'running';
    /** When this stretch of running began: the start or the last resume. */
    readonly resumedAt: Instant;
    /** When the current step ends: an absolute instant, never a countdown. */
    readonly deadline: Instant;
    /** The last event's instant, to tell a long gap from a tick. */
    readonly lastAt: Instant;
  };

export type PausedState = Base &
  StepPosition &
  SessionClock & {
    readonly status: 'paused';
    readonly remainingMs: Millis;
    readonly pausedAt: Instant;
  };

/** Paused by the machine after a long gap: frozen at the last event before the gap. */
export type AutoPausedState = Base &
  StepPosition &
  SessionClock & {
    readonly status: 'auto-paused';
    readonly remainingMs: Millis;
    /** The last event before the gap: the session stands where it was then. */
    readonly pausedAt: Instant;
    /** The event that found the gap. */
    readonly detectedAt: Instant;
    readonly reason: 'gap' | 'clock-went-back';
  };

export type FinishedState = Base & {
  readonly status: 'finished';
  /** The end of the last step (so an uninterrupted session ends at start + total), or "finish". */
  readonly finishedAt: Instant;
  readonly outcome: 'completed' | 'ended-early';
  /** The step the session was on when it was ended early; the done step when completed. */
  readonly index: number;
  /** When it started; null when it was finished before it started. */
  readonly startedAt: Instant | null;
  /** Time it ran, pauses and gaps left out. */
  readonly activeMs: Millis;
};

export type SessionState = IdleState | RunningState | PausedState | AutoPausedState | FinishedState;

/** A new session over the given steps (from `buildSteps`), waiting for "start". */
export function createSessionState(steps: readonly SessionStep[]): IdleState {
  return { status: 'idle', steps, cues: [], record: [] };
}

/** The step the session is on; the first before start, the last (done) when finished. */
export function currentStep(state: SessionState): SessionStep | undefined {
  const index = state.status === 'idle' ? 0 : state.index;
  return state.steps[index];
}

/** Time left in the current step at `now` (never negative). */
export function stepRemainingMs(state: SessionState, now: Instant): Millis {
  switch (state.status) {
    case 'idle':
      return state.steps[0]?.durationMs ?? millis(0);
    case 'running':
      return millis(Math.max(0, millisBetween(now, state.deadline)));
    case 'paused':
    case 'auto-paused':
      return state.remainingMs;
    case 'finished':
      return millis(0);
  }
}

/** Time left in the whole session at `now`: the current step's rest and every later step. */
export function sessionRemainingMs(state: SessionState, now: Instant): Millis {
  if (state.status === 'finished') return millis(0);
  const index = state.status === 'idle' ? 0 : state.index;
  const later = state.steps.slice(index + 1).reduce((t, s) => t + s.durationMs, 0);
  return millis(stepRemainingMs(state, now) + later);
}

/** When the current step started, as the schedule has it (shifted by pauses). */
export function stepStartedAt(state: RunningState): Instant {
  const duration: number = state.steps[state.index]?.durationMs ?? 0;
  return addMillis(state.deadline, millis(0 - duration));
}

/** When the session started and finished, and how long it ran with pauses and gaps left out. */
export type SessionTiming = {
  readonly startedAt: Instant | null;
  readonly finishedAt: Instant | null;
  readonly activeMs: Millis;
};

/**
 * The session's timing at `now`: `activeMs` counts only running time (a pause, or a gap that
 * auto-paused the session, is left out), so it never exceeds the wall time since the start.
 */
export function sessionTiming(state: SessionState, now: Instant): SessionTiming {
  switch (state.status) {
    case 'idle':
      return { startedAt: null, finishedAt: null, activeMs: millis(0) };
    case 'running': {
      const stretch = Math.max(0, millisBetween(state.resumedAt, now));
      return {
        startedAt: state.startedAt,
        finishedAt: null,
        activeMs: millis(state.activeMs + stretch),
      };
    }
    case 'paused':
    case 'auto-paused':
      return { startedAt: state.startedAt, finishedAt: null, activeMs: state.activeMs };
    case 'finished':
      return { startedAt: state.startedAt, finishedAt: state.finishedAt, activeMs: state.activeMs };
  }
}
