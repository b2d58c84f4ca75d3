import {
  currentStep,
  stepRemainingMs,
  stepStartedAt,
  transitionSession,
  type FinishedState,
  type Instant,
  type SessionCue,
  type SessionEvent,
  type SessionState,
  type SessionStep,
} from '@psoas/core';
import type { PlayerClock } from './clock.ts';

/**
 * The terminal player's imperative shell around core's session machine: it feeds events with
 * the clock's time, and sleeps until the next instant something is due (a cue, the end of a
 * step, or, for the live view, the next second of the countdown) rather than polling. What the
 * machine emits goes to `PlayerOutput`; the player itself prints nothing.
 */

export type PlayerOutput = {
  /** A step was entered (also the first, and the done step). */
  readonly step: (step: SessionStep, state: SessionState, at: Instant) => void;
  /** A cue fell due; `firedAt` is when the player emitted it (its lateness is firedAt - dueAt). */
  readonly cue: (cue: SessionCue, step: SessionStep, firedAt: Instant) => void;
  /** The machine paused itself after a gap, or a key paused or resumed it. */
  readonly status: (state: SessionState, at: Instant) => void;
  /** After every transition and countdown second: redraw what shows the state. */
  readonly frame: (state: SessionState, at: Instant) => void;
};

export type PlayerOptions = {
  readonly clock: PlayerClock;
  readonly output: PlayerOutput;
  /** Wake at every second of the countdown too (the live view), not only when something is due. */
  readonly secondTicks: boolean;
  /**
   * Resume at once when the machine pauses itself after a gap: without keys nobody could. The
   * session then carries on from where it stood, not from where the clock is.
   */
  readonly autoResume: boolean;
  readonly setTimer?: (run: () => void, ms: number) => () => void;
};

export type PlayerCommand = Exclude<SessionEvent['type'], 'start' | 'tick'> | 'toggle-pause';

export type Player = {
  readonly start: () => void;
  readonly command: (command: PlayerCommand) => void;
  readonly state: () => SessionState;
  /** Resolves when the session finishes (completed, or ended early with "finish"). */
  readonly finished: Promise<FinishedState>;
  /** Stops the timer without finishing (Ctrl-C); `finished` then never resolves. */
  readonly stop: () => void;
};

/** When the next cue or the end of the running step is due; null when not running. */
export function nextDueAt(state: SessionState): Instant | null {
  if (state.status !== 'running') return null;
  const step = currentStep(state);
  const cue = step?.cues[state.cueCursor];
  if (cue === undefined) return state.deadline;
  return (stepStartedAt(state) + cue.atMs) as Instant;
}

/** The instant the countdown of a running step shows its next whole second; else null. */
export function nextSecondAt(state: SessionState, now: Instant): Instant | null {
  if (state.status !== 'running') return null;
  const remaining = stepRemainingMs(state, now);
  const shownSeconds = Math.ceil(remaining / 1000);
  if (shownSeconds <= 0) return null;
  return (state.deadline - (shownSeconds - 1) * 1000) as Instant;
}

const defaultTimer = (run: () => void, ms: number) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

export function createPlayer(steps: SessionState, options: PlayerOptions): Player {
  const { clock, output } = options;
  const setTimer = options.setTimer ?? defaultTimer;
  let state = steps;
  let cancelTimer: (() => void) | null = null;
  let stopped = false;
  let shownEntry = -1;
  let resolveFinished: (state: FinishedState) => void = () => undefined;
  const finished = new Promise<FinishedState>((resolve) => {
    resolveFinished = resolve;
  });

  const entryOf = (s: SessionState) => ('entry' in s ? s.entry : -1);

  /** Step lines and cues in the order they happened, then the frame. */
  function report(before: SessionState, now: Instant): void {
    for (const cue of state.cues) {
      const step = state.steps[cue.stepIndex];
      if (step === undefined) continue;
      if (cue.entry !== shownEntry) {
        shownEntry = cue.entry;
        output.step(step, state, now);
      }
      output.cue(cue, step, now);
    }
    const entry = entryOf(state);
    const step = currentStep(state);
    if (entry !== shownEntry && entry >= 0 && step !== undefined && state.status !== 'finished') {
      shownEntry = entry;
      output.step(step, state, now);
    }
    if (before.status !== state.status) output.status(state, now);
    output.frame(state, now);
  }

  function schedule(): void {
    cancelTimer?.();
    cancelTimer = null;
    if (stopped) return;
    const now = clock.now();
    const due = [nextDueAt(state), options.secondTicks ? nextSecondAt(state, now) : null]
      .filter((at): at is Instant => at !== null)
      .reduce<Instant | null>(
        (soonest, at) => (soonest === null || at < soonest ? at : soonest),
        null,
      );
    if (due === null) return;
    cancelTimer = setTimer(() => apply('tick'), clock.realDelayUntil(due));
  }

  function apply(type: SessionEvent['type']): void {
    if (stopped) return;
    const before = state;
    const now = clock.now();
    state = transitionSession(state, { type, now });
    report(before, now);
    if (state.status === 'auto-paused' && options.autoResume) {
      const paused = state;
      state = transitionSession(state, { type: 'resume', now });
      report(paused, now);
    }
    if (state.status === 'finished') {
      stopped = true;
      cancelTimer?.();
      resolveFinished(state);
      return;
    }
    schedule();
  }

  return {
    start: () => apply('start'),
    command(command) {
      if (command !== 'toggle-pause') return apply(command);
      if (state.status === 'running') apply('pause');
      else if (state.status === 'paused' || state.status === 'auto-paused') apply('resume');
    },
    state: () => state,
    finished,
    stop() {
      stopped = true;
      cancelTimer?.();
    },
  };
}
