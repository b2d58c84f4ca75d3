import type { Exercise } from '@psoas/core';
import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAccount } from '../account/account-context.ts';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { FigureSequence } from '../figure/FigureSequence.tsx';
import { formatDaysPerWeek, formatDoseSummary } from '../format/dose-format.ts';
import { formatEquipment, lateralityLabel, phaseLabel } from '../format/labels.ts';
import { readClearance } from '../platform/checklist-clearance.ts';
import { api } from '../platform/api.ts';
import { browserStorage } from '../platform/theme.ts';
import { useRequest } from '../platform/use-request.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { readHandoutIds } from './handout-path.ts';
import './library.css';
import './handout.css';

/**
 * A printable handout for one exercise or a list: the figure's positions as still frames, the
 * dose, the steps and what to watch for, laid out for paper (see handout.css). A practitioner
 * can hand it over; a person can pin it beside the mat.
 */
export function HandoutPage() {
  const [params] = useSearchParams();
  const ids = useMemo(() => readHandoutIds(params), [params]);
  useDocumentTitle('Printable handout');
  const { state } = useAccount();
  // A locked exercise is printed only for the account that cleared its checklist (LockGate);
  // signed out, or while that is still being asked, it stays withheld.
  const accountId = state.status === 'signed-in' ? state.account.id : null;

  const load = useCallback((signal: AbortSignal) => api.listExercises(undefined, signal), []);
  const request = useRequest(load);
  const exercises = useMemo(() => {
    if (request.status !== 'success') return [];
    const byId = new Map(request.data.items.map((e) => [e.id as string, e]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }, [request, ids]);

  return (
    <div className="page handout">
      <div className="handout__toolbar screen-only">
        <Link to="/exercises">Back to the library</Link>
        <button type="button" className="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <header className="handout__header">
        <p className="handout__brand">Psoas Coach</p>
        <h1>Your exercises</h1>
        <p className="handout__intro">
          Move slowly, breathe out into each position and stop if anything turns sharp or painful.
          Stretch to mild tension, never to pain.
        </p>
      </header>
      {request.status === 'loading' ? <LoadingState label="Preparing the handout…" /> : null}
      {request.status === 'error' ? (
        <ErrorState
          title="The handout could not be prepared"
          error={request.error}
          onRetry={request.retry}
        />
      ) : null}
      {request.status === 'success' && exercises.length === 0 ? (
        <p className="empty-state">
          No exercises were chosen for this handout.{' '}
          <Link to="/exercises">Pick some in the library</Link>.
        </p>
      ) : null}
      {exercises.map((exercise, index) => (
        <HandoutItem
          // Keyed by account too, so a sign-in or a change of account reads the clearance again.
          key={`${exercise.id}/${accountId ?? ''}`}
          exercise={exercise}
          number={index + 1}
          accountId={accountId}
        />
      ))}
      <footer className="handout__footer">
        Psoas Coach coaches and refers; it does not diagnose. See a doctor about pain that is
        severe, getting worse, or comes with numbness, weakness, fever or bladder changes.
      </footer>
    </div>
  );
}

type HandoutItemProps = {
  readonly exercise: Exercise;
  readonly number: number;
  /** The signed-in account, whose clearances count; null signed out. */
  readonly accountId: string | null;
};

function HandoutItem({ exercise, number, accountId }: HandoutItemProps) {
  // Read once per mount (the item is keyed by account): whether this account has cleared the
  // checklist does not change while the handout is open.
  const [clearedAt] = useState(() =>
    exercise.lock && accountId !== null
      ? readClearance(browserStorage(), accountId, exercise.lock.checklist, Date.now())
      : null,
  );
  const hidden = exercise.professionalOnly || (exercise.lock !== null && clearedAt === null);
  const perSide = exercise.laterality === 'per-side';
  return (
    <article className="handout-item" aria-labelledby={`handout-${exercise.id}`}>
      <h2 id={`handout-${exercise.id}`}>
        <span className="handout-item__number">{number}.</span> {exercise.name}
      </h2>
      <p className="handout-item__meta">
        {phaseLabel(exercise.phase)} · {lateralityLabel(exercise.laterality)} ·{' '}
        {formatEquipment(exercise.equipment)}
      </p>
      {hidden ? (
        <p className="handout-item__withheld">
          {exercise.professionalOnly
            ? 'Done with a practitioner only: ask them to show you.'
            : 'Locked until its safety checklist is answered in the app.'}
        </p>
      ) : (
        <>
          <p className="handout-item__dose">
            <strong>{formatDoseSummary(exercise)}</strong>,{' '}
            {formatDaysPerWeek(exercise.dose.daysPerWeek.default)}
          </p>
          <FigureSequence
            keyframes={exercise.keyframes}
            side={perSide ? 'left' : 'both'}
            muscles={exercise.targetMuscles}
            title={exercise.name}
          />
          <div className="handout-item__columns">
            <section>
              <h3>Steps</h3>
              <ol>
                {exercise.steps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
            </section>
            <section>
              <h3>Watch for</h3>
              <ul>
                {[...exercise.cues, ...exercise.cautions].map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </section>
          </div>
        </>
      )}
    </article>
  );
}
