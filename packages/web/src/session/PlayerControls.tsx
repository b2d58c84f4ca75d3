import type { SessionState, SessionStep } from '@psoas/core';

export type PlayerAction = 'toggle' | 'skip' | 'back' | 'repDone' | 'end';

type PlayerControlsProps = {
  readonly state: SessionState;
  readonly step: SessionStep;
  readonly onAction: (action: PlayerAction) => void;
};

type Icon = 'back' | 'pause' | 'play' | 'skip' | 'check' | 'stop';

const PATHS: Readonly<Record<Icon, string>> = {
  back: 'M11 3 4.5 8 11 13zM3 3h1.5v10H3z',
  pause: 'M4 3h3v10H4zM9 3h3v10H9z',
  play: 'M4.5 2.5v11l9-5.5z',
  skip: 'M5 3l6.5 5L5 13zM11.5 3H13v10h-1.5z',
  check: 'M6.2 11.2 2.8 7.8l-1.1 1.1 4.5 4.5 8-8-1.1-1.1z',
  stop: 'M3.5 3.5h9v9h-9z',
};

function ControlIcon({ icon }: { readonly icon: Icon }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="player-control__icon">
      <path d={PATHS[icon]} />
    </svg>
  );
}

/**
 * Large touch targets for every action, each with its keyboard shortcut. The main button is
 * pause or resume; "Rep done" only appears during a set of reps.
 */
export function PlayerControls({ state, step, onAction }: PlayerControlsProps) {
  const running = state.status === 'running';
  const paused = state.status === 'paused' || state.status === 'auto-paused';
  const canMove = running || paused;
  return (
    <div className="player-controls" role="group" aria-label="Session controls">
      <button
        type="button"
        className="player-control"
        onClick={() => onAction('back')}
        disabled={!canMove}
        aria-keyshortcuts="ArrowLeft"
      >
        <ControlIcon icon="back" />
        Back
      </button>
      <button
        type="button"
        className="player-control player-control--main"
        onClick={() => onAction('toggle')}
        disabled={!canMove}
        aria-keyshortcuts="Space"
      >
        <ControlIcon icon={running ? 'pause' : 'play'} />
        {running ? 'Pause' : 'Resume'}
        <span className="visually-hidden"> session</span>
      </button>
      <button
        type="button"
        className="player-control"
        onClick={() => onAction('skip')}
        disabled={!canMove}
        aria-keyshortcuts="ArrowRight"
      >
        <ControlIcon icon="skip" />
        Skip
      </button>
      {step.kind === 'reps' ? (
        <button
          type="button"
          className="player-control"
          onClick={() => onAction('repDone')}
          disabled={!running}
          aria-keyshortcuts="Enter"
        >
          <ControlIcon icon="check" />
          Rep done
        </button>
      ) : null}
      <button
        type="button"
        className="player-control player-control--end"
        onClick={() => onAction('end')}
        disabled={!canMove}
        aria-keyshortcuts="Escape"
      >
        <ControlIcon icon="stop" />
        End
      </button>
    </div>
  );
}
