import { PHASE_INFO, listExercises, type Phase } from '@psoas/core';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { phaseLabel } from '../format/labels.ts';
import { api } from '../platform/api.ts';
import { useRequest } from '../platform/use-request.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { ExerciseCard } from './ExerciseCard.tsx';
import { PhaseFilter } from './PhaseFilter.tsx';
import { readPhaseParam, withPhaseParam } from './phase-filter.ts';
import './exercises.css';

export function ExerciseListPage() {
  const [params, setParams] = useSearchParams();
  const phase = readPhaseParam(params);
  useDocumentTitle(phase ? `${phaseLabel(phase)} exercises` : 'Exercises');

  // The whole catalogue is small; fetching it once and filtering here keeps every filter
  // working offline from the one cached response.
  const load = useCallback((signal: AbortSignal) => api.listExercises(undefined, signal), []);
  const request = useRequest(load);

  const all = request.status === 'success' ? request.data.items : undefined;
  const shown = useMemo(() => (all ? listExercises(all, { phase }) : []), [all, phase]);
  const counts = useMemo(
    () => (all ? countByPhase(all.map((item) => item.phase)) : undefined),
    [all],
  );

  function choosePhase(next: Phase | undefined): void {
    setParams(withPhaseParam(params, next), { replace: false, preventScrollReset: true });
  }

  return (
    <div className="page">
      <h1>Exercise library</h1>
      <p className="lead">
        Every exercise Psoas Coach uses, in the care method's order: release, stretch, activate,
        strengthen. Each one shows its dose and the evidence behind it.
      </p>
      <PhaseFilter selected={phase} counts={counts} onChange={choosePhase} />
      {phase ? <p className="phase-purpose">{PHASE_INFO[phase].purpose}</p> : null}

      {request.status === 'loading' ? <LoadingState label="Loading exercises…" /> : null}
      {request.status === 'error' ? (
        <ErrorState
          title="The exercises could not be loaded"
          error={request.error}
          onRetry={request.retry}
        />
      ) : null}
      {request.status === 'success' ? (
        <>
          <p className="result-count" role="status">
            {shown.length === 1 ? '1 exercise' : `${shown.length} exercises`}
            {phase ? ` in ${phaseLabel(phase)}` : ''}
          </p>
          <ul className="exercise-list" aria-label="Exercises">
            {shown.map((exercise) => (
              <li key={exercise.id}>
                <ExerciseCard exercise={exercise} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function countByPhase(phases: readonly Phase[]): Partial<Record<Phase, number>> {
  const counts: Partial<Record<Phase, number>> = {};
  for (const phase of phases) counts[phase] = (counts[phase] ?? 0) + 1;
  return counts;
}
