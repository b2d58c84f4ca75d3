import type { SessionState, SessionStep } from '@psoas/core';
import type { SessionRunner } from './session-runner.ts';
import { countdownSeconds, elapsedInStepMs, stepPhase } from './step-phase.ts';
import { useFrameValue } from './use-frame-value.ts';

type StepCountdownProps = {
  readonly runner: SessionRunner;
  readonly state: SessionState;
  readonly step: SessionStep;
};

/**
 * The big countdown and what to do now ("Hold", "Up", "Rest"), redrawn on animation frames.
 * Not a live region: it changes every second, which a screen reader would read out endlessly;
 * the step announcements and the voice carry the changes instead.
 */
export function StepCountdown({ runner, state, step }: StepCountdownProps) {
  const running = state.status === 'running';
  const text = useFrameValue(
    () => {
      const phase = stepPhase(step, elapsedInStepMs(state, runner.now()));
      const rep = phase.rep === null || step.kind !== 'reps' ? '' : `${phase.rep}/${step.reps}`;
      return `${phase.label}|${countdownSeconds(phase.remainingMs)}|${rep}`;
    },
    running,
    state,
  );
  const [label = '', seconds = '', rep = ''] = text.split('|');
  return (
    <div className="player-countdown" data-testid="countdown">
      <p className="player-countdown__label">{label}</p>
      <p className="player-countdown__time" role="timer" aria-label={`${seconds} seconds`}>
        <span className="player-countdown__seconds">{seconds}</span>
        <span className="player-countdown__unit" aria-hidden="true">
          s
        </span>
      </p>
      {rep ? (
        <p className="player-countdown__rep">
          Rep <strong>{rep.split('/')[0]}</strong> of {rep.split('/')[1]}
        </p>
      ) : null}
    </div>
  );
}
