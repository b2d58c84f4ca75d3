import {
  createSessionState,
  currentStep,
  type Exercise,
  type FinishedState,
  type SessionCue,
  type SessionState,
  type SessionStep,
} from '@psoas/core';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { CueSound } from './cue-sound.ts';
import { stepAnnouncement } from './step-words.ts';
import { EndConfirm } from './EndConfirm.tsx';
import { NextUp } from './NextUp.tsx';
import { playCue } from './play-cue.ts';
import { PlayerControls, type PlayerAction } from './PlayerControls.tsx';
import { SessionProgress } from './SessionProgress.tsx';
import { StepCountdown } from './StepCountdown.tsx';
import { StepFigure } from './StepFigure.tsx';
import { StepHeader } from './StepHeader.tsx';
import { browserNow } from './step-phase.ts';
import { useSessionRunner } from './use-session-runner.ts';
import { useWakeLock } from './use-wake-lock.ts';
import type { VoiceSettings } from './voice-settings.ts';
import './session.css';

export type SessionPlayerProps = {
  readonly steps: readonly SessionStep[];
  /** The exercises the steps name, for the figure; a missing one just shows no figure. */
  readonly exercises: readonly Exercise[];
  /** Unlocked by the click that opened the player (cue-sound.ts), owned by the page. */
  readonly sound: CueSound;
  readonly voice: VoiceSettings;
  readonly onVoiceChange: (voice: VoiceSettings) => void;
  /** A state to continue from (a resumed session); a new session otherwise. */
  readonly initialState?: SessionState | undefined;
  /** Start at once when the session has not started yet (the page's Start button). */
  readonly autoStart?: boolean;
  /** Every change of step, cue or status, e.g. to save the session for a reload. */
  readonly onStateChange?: ((state: SessionState) => void) | undefined;
  /** Once, when the session completes or is ended. */
  readonly onFinish: (state: FinishedState) => void;
};

type Flash = { readonly key: string; readonly words: string };

/** Keys that belong to a focused control (a button's Space, a slider's arrows) win. */
function isOwnKey(event: KeyboardEvent<HTMLElement>): boolean {
  const target = event.target as HTMLElement;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return true;
  const activates = event.key === ' ' || event.key === 'Enter';
  return activates && (tag === 'BUTTON' || tag === 'A');
}

const ACTION_KEYS: Readonly<Record<string, PlayerAction>> = {
  ' ': 'toggle',
  ArrowRight: 'skip',
  ArrowLeft: 'back',
  Enter: 'repDone',
  Escape: 'end',
};

/**
 * The full-screen guided session: the figure, a large countdown, where you are, what comes
 * next and the whole session's progress, with voice, beeps and a visual flash for every cue.
 * A modal dialog, so the page behind it is inert and focus stays in the player. Reusable:
 * it plays any list of steps (a plan session, a break routine).
 */
export function SessionPlayer({
  steps,
  exercises,
  sound,
  voice,
  onVoiceChange,
  initialState,
  autoStart = false,
  onStateChange,
  onFinish,
}: SessionPlayerProps) {
  const headingId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const [flash, setFlash] = useState<Flash | null>(null);
  const [confirming, setConfirming] = useState<{ readonly resumeAfter: boolean } | null>(null);

  const onCue = useCallback(
    (cue: SessionCue, s: SessionState) => {
      const step = s.steps[cue.stepIndex];
      if (!step) return;
      const words = playCue(sound, cue, step, browserNow);
      setFlash({ key: cue.key, words });
    },
    [sound],
  );
  const { runner, state } = useSessionRunner(
    () => initialState ?? createSessionState(steps),
    autoStart,
    { onCue, onStateChange, onFinish },
  );
  const step = currentStep(state);
  useWakeLock(state.status === 'running');

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    // Escape is the "end" shortcut: it asks first instead of closing the player.
    const onCancel = (event: Event) => event.preventDefault();
    // Chrome may close a dialog without a cancelable "cancel" (no recent user activation);
    // the player stays open until the session ends.
    const onClose = () => dialog.showModal();
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onClose);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onClose);
      if (dialog.open) dialog.close();
    };
  }, []);

  const act = (action: PlayerAction): void => {
    sound.unlock();
    const status = runner.getSnapshot().status;
    switch (action) {
      case 'toggle':
        if (status === 'running') runner.send('pause');
        else if (status === 'paused' || status === 'auto-paused') runner.send('resume');
        break;
      case 'skip':
      case 'back':
      case 'repDone':
        runner.send(action);
        break;
      case 'end':
        if (status === 'running') runner.send('pause');
        setConfirming({ resumeAfter: status === 'running' });
        break;
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    const action = ACTION_KEYS[event.key];
    if (!action || confirming || isOwnKey(event)) {
      if (event.key === 'Escape') event.preventDefault();
      return;
    }
    event.preventDefault();
    act(action);
  };

  const keepGoing = (): void => {
    if (confirming?.resumeAfter) runner.send('resume');
    setConfirming(null);
    // The focused button goes away with the question; keep focus, and the shortcuts, here.
    frameRef.current?.focus();
  };

  const paused = state.status === 'paused' || state.status === 'auto-paused';
  return (
    <dialog
      ref={dialogRef}
      className="player"
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
      data-status={state.status}
      data-step={state.status === 'idle' ? 0 : state.index}
    >
      <div ref={frameRef} className="player__frame" tabIndex={-1} autoFocus>
        {flash ? <span key={flash.key} className="player-flash" aria-hidden="true" /> : null}
        {step ? <StepHeader step={step} headingId={headingId} /> : null}
        <div className="player__body">
          {step && step.kind !== 'done' ? (
            <StepFigure step={step} exercises={exercises} playing={state.status === 'running'} />
          ) : (
            <div />
          )}
          <div className="player__now">
            {step ? <StepCountdown runner={runner} state={state} step={step} /> : null}
            <p className="player-cue" data-testid="cue" data-cue-key={flash?.key}>
              {flash?.words ?? '\u00a0'}
            </p>
            {paused && !confirming ? (
              <p className="player-paused" role="status">
                <strong>Paused</strong>
                {state.status === 'auto-paused'
                  ? ' while the player could not run (the screen locked or the tab slept). Resume when you are ready.'
                  : ' — resume when you are ready.'}
              </p>
            ) : null}
            {step ? <NextUp step={step} steps={state.steps} /> : null}
          </div>
        </div>
        {confirming ? (
          <EndConfirm onEnd={() => runner.send('finish')} onKeepGoing={keepGoing} />
        ) : null}
        <div className="player__bottom">
          <SessionProgress runner={runner} state={state} />
          {step ? <PlayerControls state={state} step={step} onAction={act} /> : null}
          <p className="player__voice">
            <button
              type="button"
              className="player-toggle"
              aria-pressed={voice.speech}
              onClick={() => onVoiceChange({ ...voice, speech: !voice.speech })}
            >
              Voice
            </button>
            <button
              type="button"
              className="player-toggle"
              aria-pressed={voice.beeps}
              onClick={() => onVoiceChange({ ...voice, beeps: !voice.beeps })}
            >
              Beeps
            </button>
            <span className="player__keys" aria-hidden="true">
              Space pause · ← back · → skip · Enter rep done · Esc end
            </span>
          </p>
        </div>
        <p className="visually-hidden" aria-live="polite" data-testid="announcement">
          {step ? stepAnnouncement(step, Math.max(1, state.steps.length - 1)) : ''}
          {paused ? ' Paused.' : ''}
        </p>
      </div>
    </dialog>
  );
}
