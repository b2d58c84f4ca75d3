import {
  addMillis,
  asInstant,
  assertNever,
  stepRemainingMs,
  stepStartedAt,
  type Instant,
  type SessionState,
  type SessionStep,
} from '@psoas/core';

/**
 * Where the person is inside a step, for the big countdown and its one-word instruction, and
 * when the player must next wake up. Pure: the clock comes in as `now`.
 */

/**
 * The session's clock: monotonic (a wall-clock change does not move it) and in epoch
 * milliseconds, so instants saved before a reload still mean the same moment after it.
 */
export function browserNow(): Instant {
  return asInstant(performance.timeOrigin + performance.now());
}

/** How far into the current step the session is at `now` (0 before start). */
export function elapsedInStepMs(state: SessionState, now: Instant): number {
  const step = state.steps[state.status === 'idle' ? 0 : state.index];
  if (!step || state.status === 'idle') return 0;
  return Math.max(0, step.durationMs - stepRemainingMs(state, now));
}

/**
 * When the next cue or the end of the step falls due, or null when nothing will until the
 * person acts (paused, finished). The player sets one timer for exactly this instant instead of
 * ticking on an interval: the reducer emits every cue due by the tick's `now`, so a timer that
 * fires on time plays the cue on time, and one that fires late plays it late but never drifts
 * the schedule.
 */
export function nextDueAt(state: SessionState): Instant | null {
  if (state.status !== 'running') return null;
  const step = state.steps[state.index];
  const cue = step?.cues[state.cueCursor];
  return cue ? addMillis(stepStartedAt(state), cue.atMs) : state.deadline;
}

export type StepPhase = {
  /** The one word or two to do now: "Move in", "Hold", "Release", "Up", "Rest". */
  readonly label: string;
  /** The big countdown: what is left of this phase (of the whole step for reps and rests). */
  readonly remainingMs: number;
  /** For a set of reps, the rep under way (from 1); else null. */
  readonly rep: number | null;
};

/** The phase of `step` after `elapsedMs` in it. */
export function stepPhase(step: SessionStep, elapsedMs: number): StepPhase {
  const elapsed = Math.min(Math.max(0, elapsedMs), step.durationMs);
  const left = step.durationMs - elapsed;
  switch (step.kind) {
    case 'get-ready':
      return {
        label: step.reason === 'switch-sides' ? 'Switch sides' : 'Get ready',
        remainingMs: left,
        rep: null,
      };
    case 'hold': {
      const holdEnd = step.moveInMs + step.holdMs;
      // Moving in, the countdown shows the whole hold to come; it starts with "hold".
      if (elapsed < step.moveInMs) return { label: 'Move in', remainingMs: step.holdMs, rep: null };
      if (elapsed < holdEnd) {
        return {
          label: step.action === 'roll' ? 'Roll' : 'Hold',
          remainingMs: holdEnd - elapsed,
          rep: null,
        };
      }
      return { label: 'Release', remainingMs: left, rep: null };
    }
    case 'reps': {
      if (step.repMs <= 0) return { label: 'Reps', remainingMs: left, rep: null };
      const rep = Math.min(step.reps, Math.floor(elapsed / step.repMs) + 1);
      const inRep = elapsed - (rep - 1) * step.repMs;
      const { upMs, holdMs } = step.tempo;
      const label = inRep < upMs ? 'Up' : inRep < upMs + holdMs ? 'Hold' : 'Down';
      return { label, remainingMs: left, rep };
    }
    case 'rest':
      return { label: 'Rest', remainingMs: left, rep: null };
    case 'done':
      return { label: 'Done', remainingMs: 0, rep: null };
    default:
      return assertNever(step);
  }
}

/** Whole seconds for the big countdown, rounded up: a hold shows 1 until it really ends. */
export function countdownSeconds(ms: number): number {
  return Math.max(0, Math.ceil(ms / 1000 - 1e-9));
}

/** "9:05", "0:42": time left as minutes and seconds, rounded up. */
export function formatClock(ms: number): string {
  const total = countdownSeconds(ms);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** "9 minutes 5 seconds left", for the progress bar's accessible value. */
export function formatTimeLeft(ms: number): string {
  const total = countdownSeconds(ms);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const parts = [
    minutes > 0 ? `${minutes} minute${minutes === 1 ? '' : 's'}` : '',
    seconds > 0 || minutes === 0 ? `${seconds} second${seconds === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return `${parts.join(' ')} left`;
}
