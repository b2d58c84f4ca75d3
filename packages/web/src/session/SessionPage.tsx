import {
  buildSteps,
  type Exercise,
  type FinishedState,
  type PlanResponse,
  type PlanSession,
  type SessionState,
  type SessionStep,
} from '@psoas/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAccount } from '../account/account-context.ts';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { api } from '../platform/api.ts';
import { assessmentApi } from '../platform/assessment-api.ts';
import { browserStorage } from '../platform/theme.ts';
import { useRequest } from '../platform/use-request.ts';
import { LoadingState } from '../ui/LoadingState.tsx';
import { CueSound } from './cue-sound.ts';
import { SessionEndForm, type SaveOutcome } from './SessionEndForm.tsx';
import { SessionIntro } from './SessionIntro.tsx';
import { SessionLoadError } from './SessionLoadError.tsx';
import { SessionPlayer } from './SessionPlayer.tsx';
import { chooseSession } from './session-choice.ts';
import { clearSession, loadSession, restoreState, storeSession } from './session-resume.ts';
import { browserNow } from './step-phase.ts';
import { useVoiceSettings } from './use-voice-settings.ts';
import './session.css';

type SessionData = { readonly plan: PlanResponse; readonly exercises: readonly Exercise[] };

/** The plan and the catalogue; both are cached by the service worker for offline sessions. */
async function loadData(signal: AbortSignal): Promise<SessionData> {
  const [plan, list] = await Promise.all([
    assessmentApi.plan(undefined, signal),
    api.listExercises(undefined, signal),
  ]);
  return { plan, exercises: list.items };
}

/** What is being played: the plan session and the steps made from it, for one plan day. */
type Run = {
  readonly date: string;
  readonly planSession: PlanSession;
  readonly steps: readonly SessionStep[];
};

type Stage =
  | { readonly kind: 'intro' }
  | {
      readonly kind: 'playing';
      readonly run: Run;
      readonly initial: SessionState | undefined;
      readonly autoStart: boolean;
    }
  | { readonly kind: 'ended'; readonly run: Run; readonly state: FinishedState }
  | { readonly kind: 'saved'; readonly outcome: SaveOutcome; readonly completed: boolean };

/** `owner`'s session saved on this device for `date`, as the stage it resumes into, if any. */
function resumedStage(date: string, owner: string | null): Stage | null {
  const saved = owner === null ? null : loadSession(browserStorage(), owner);
  if (!saved || saved.date !== date) return null;
  const run: Run = { date, planSession: saved.planSession, steps: saved.state.steps };
  if (saved.state.status === 'finished') return { kind: 'ended', run, state: saved.state };
  if (saved.state.status === 'idle') return null;
  return {
    kind: 'playing',
    run,
    initial: restoreState(saved.state, browserNow()),
    autoStart: false,
  };
}

/**
 * /session: today's plan session in the guided player. A start screen (what is in it, how
 * long, voice settings), the full-screen player, then the end form that records the session.
 * A session in progress is saved on every change, so a reload opens it again where it was,
 * paused; a finished one that was not recorded yet reopens its end form.
 */
export function SessionPage() {
  useDocumentTitle('Session');
  const load = useCallback((signal: AbortSignal) => loadData(signal), []);
  const request = useRequest(load);
  const [params] = useSearchParams();
  const [voice, setVoice] = useVoiceSettings();
  const [sound] = useState(() => new CueSound(voice));
  // null: not decided yet (the plan is loading); then the saved session or the start screen.
  const [stage, setStage] = useState<Stage | null>(null);
  // The page is only shown signed in (RequireAccount); the saved session is this account's.
  const { state: accountState } = useAccount();
  const owner = accountState.status === 'signed-in' ? accountState.account.id : null;

  useEffect(() => sound.configure(voice), [sound, voice]);
  useEffect(() => () => sound.dispose(), [sound]);

  const data = request.status === 'success' ? request.data : null;
  const chosen = useMemo(
    () => (data ? chooseSession(data.plan, params.get('session')) : null),
    [data, params],
  );
  const steps = useMemo(
    () => (data && chosen ? buildSteps(chosen.session, data.exercises) : []),
    [data, chosen],
  );
  // Read once per loaded plan: the saved session this page opens with, if any.
  const resumed = useMemo(
    () => (data ? resumedStage(data.plan.today.date, owner) : null),
    [data, owner],
  );
  const current: Stage | null = stage ?? (data ? (resumed ?? { kind: 'intro' }) : null);

  const onStateChange = useCallback(
    (run: Run) => (state: SessionState) => {
      if (owner !== null) storeSession(browserStorage(), owner, run.date, run.planSession, state);
    },
    [owner],
  );

  if (request.status === 'loading') {
    return (
      <div className="page session-page">
        <h1>Today’s session</h1>
        <LoadingState label="Loading your session…" />
      </div>
    );
  }
  if (request.status === 'error') {
    return (
      <div className="page session-page">
        <h1>Today’s session</h1>
        <SessionLoadError error={request.error} onRetry={request.retry} />
      </div>
    );
  }

  const start = (): void => {
    if (!chosen || !data) return;
    sound.unlock();
    const run: Run = { date: data.plan.today.date, planSession: chosen.session, steps };
    setStage({ kind: 'playing', run, initial: undefined, autoStart: true });
  };

  return (
    <div className="page session-page">
      <h1>{current?.kind === 'saved' ? 'Session saved' : 'Today’s session'}</h1>
      {current?.kind === 'intro' ? (
        chosen ? (
          <SessionIntro
            planSession={chosen.session}
            steps={steps}
            voice={voice}
            onVoiceChange={setVoice}
            sound={sound}
            onStart={start}
          />
        ) : (
          <section className="panel page--narrow" aria-labelledby="rest-heading">
            <h2 id="rest-heading">No session to play today</h2>
            <p>
              Today is a rest day for exercise, or that session is not in today’s plan. Your{' '}
              <Link to="/">plan for today</Link> shows what is next.
            </p>
          </section>
        )
      ) : null}
      {current?.kind === 'playing' ? (
        <SessionPlayer
          steps={current.run.steps}
          exercises={data?.exercises ?? []}
          sound={sound}
          voice={voice}
          onVoiceChange={setVoice}
          initialState={current.initial}
          autoStart={current.autoStart}
          onStateChange={onStateChange(current.run)}
          onFinish={(state) => setStage({ kind: 'ended', run: current.run, state })}
        />
      ) : null}
      {current?.kind === 'ended' ? (
        <SessionEndForm
          date={current.run.date}
          planSession={current.run.planSession}
          state={current.state}
          onSaved={(outcome) => {
            clearSession(browserStorage());
            setStage({
              kind: 'saved',
              outcome,
              completed: current.state.outcome === 'completed',
            });
          }}
        />
      ) : null}
      {current?.kind === 'saved' ? <SavedNotice outcome={current.outcome} /> : null}
    </div>
  );
}

function SavedNotice({ outcome }: { readonly outcome: SaveOutcome }) {
  return (
    <section
      className="panel page--narrow session-saved"
      aria-labelledby="saved-heading"
      data-outcome={outcome}
    >
      <h2 id="saved-heading" tabIndex={-1}>
        {outcome === 'saved' ? 'Saved to your log' : 'Saved on this device'}
      </h2>
      <p role="status">
        {outcome === 'saved'
          ? 'Your session and your feedback are in your log; your plan uses them from now on.'
          : 'You are offline, so the session waits on this device. It is sent once, by itself, as soon as you are back online.'}
      </p>
      <p className="session-saved__links">
        <Link to="/progress" className="button">
          See your history
        </Link>{' '}
        <Link to="/" className="button button--secondary">
          Back to Today
        </Link>
      </p>
    </section>
  );
}
