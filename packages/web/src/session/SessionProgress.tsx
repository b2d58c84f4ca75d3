import { sessionRemainingMs, totalDurationMs, type SessionState } from '@psoas/core';
import { useMemo } from 'react';
import type { SessionRunner } from './session-runner.ts';
import { formatClock, formatTimeLeft } from './step-phase.ts';
import { useFrameValue } from './use-frame-value.ts';

type SessionProgressProps = {
  readonly runner: SessionRunner;
  readonly state: SessionState;
};

/** The whole session as one bar, with the step number and the time left. */
export function SessionProgress({ runner, state }: SessionProgressProps) {
  const total = useMemo(() => totalDurationMs(state.steps), [state.steps]);
  const remaining = useFrameValue(
    // Whole seconds: the bar and the clock move once a second, not on every frame.
    () => Math.ceil(sessionRemainingMs(state, runner.now()) / 1000) * 1000,
    state.status === 'running',
    state,
  );
  const done = total > 0 ? Math.min(1, Math.max(0, 1 - remaining / total)) : 1;
  const index = state.status === 'idle' ? 0 : state.index;
  // The "done" step is not a step anyone does; count the others.
  const steps = Math.max(1, state.steps.length - 1);
  const percent = Math.round(done * 100);
  return (
    <div className="player-progress">
      <div className="player-progress__text">
        <span>
          Step {Math.min(index + 1, steps)} of {steps}
        </span>
        <span data-testid="time-left">
          <span aria-hidden="true">{formatClock(remaining)} left</span>
          <span className="visually-hidden">{formatTimeLeft(remaining)}</span>
        </span>
      </div>
      <div
        className="player-progress__bar"
        role="progressbar"
        aria-label="Session progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% done, ${formatTimeLeft(remaining)}`}
      >
        <span className="player-progress__fill" style={{ width: `${done * 100}%` }} />
      </div>
    </div>
  );
}
