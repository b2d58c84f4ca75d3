import { PHASE_INFO, listExercises, type Exercise, type Phase } from '@psoas/core';
import { useCallback, useDeferredValue, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { phaseLabel } from '../format/labels.ts';
import { api } from '../platform/api.ts';
import { useRequest } from '../platform/use-request.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { ExerciseCard } from './ExerciseCard.tsx';
import { LibraryFilters } from './LibraryFilters.tsx';
import { handoutPath } from './handout-path.ts';
import {
  isFiltered,
  readLibraryFilter,
  withLibraryFilter,
  type LibraryFilter,
} from './library-filter.ts';
import './exercises.css';
import './library.css';

export function ExerciseListPage() {
  const [params, setParams] = useSearchParams();
  const filter = readLibraryFilter(params);
  // Typing stays responsive while the list catches up.
  const deferredFilter = useDeferredValue(filter);
  useDocumentTitle(filter.phase ? `${phaseLabel(filter.phase)} exercises` : 'Exercises');

  // The whole catalogue is small; fetching it once and filtering here keeps every filter
  // working offline from the one cached response.
  const load = useCallback((signal: AbortSignal) => api.listExercises(undefined, signal), []);
  const request = useRequest(load);

  const all = request.status === 'success' ? request.data.items : undefined;
  const { phase, equipment, muscle, level, q } = deferredFilter;
  const shown = useMemo(
    () => (all ? listExercises(all, { phase, equipment, muscle, level, q }) : []),
    [all, phase, equipment, muscle, level, q],
  );
  // Phase counts follow the other filters, so each chip says what choosing it would show.
  const counts = useMemo(
    () =>
      all
        ? countByPhase(listExercises(all, { equipment, muscle, level, q }).map((e) => e.phase))
        : undefined,
    [all, equipment, muscle, level, q],
  );

  function changeFilter(patch: LibraryFilter): void {
    // Typing in the search box replaces the history entry; choosing a filter adds one. The
    // patch is applied to the address bar's URL, not to this render's params: the router
    // commits navigations in a transition, so a second quick choice can arrive before this
    // component sees the first, and would otherwise undo it.
    const typing = 'q' in patch && Object.keys(patch).length === 1;
    const latest = new URLSearchParams(window.location.search);
    setParams(withLibraryFilter(latest, { ...readLibraryFilter(latest), ...patch }), {
      replace: typing,
      preventScrollReset: true,
    });
  }

  return (
    <div className="page">
      <h1>Exercise library</h1>
      <p className="lead">
        Every exercise Psoas Coach uses, in the care method's order: release, stretch, activate,
        strengthen, with habits for the working day alongside. Each one shows how to do it, its dose
        and the evidence behind the numbers.
      </p>
      <LibraryFilters filter={filter} phaseCounts={counts} onChange={changeFilter} />
      {filter.phase ? <p className="phase-purpose">{PHASE_INFO[filter.phase].purpose}</p> : null}

      {request.status === 'loading' ? <LoadingState label="Loading exercises…" /> : null}
      {request.status === 'error' ? (
        <ErrorState
          title="The exercises could not be loaded"
          error={request.error}
          onRetry={request.retry}
        />
      ) : null}
      {request.status === 'success' ? (
        <Results shown={shown} filtered={isFiltered(deferredFilter)} />
      ) : null}
    </div>
  );
}

function Results({ shown, filtered }: { shown: readonly Exercise[]; filtered: boolean }) {
  return (
    <>
      <div className="result-bar">
        <p className="result-count" role="status">
          {shown.length === 1 ? '1 exercise' : `${shown.length} exercises`}
          {filtered ? ' match' : ''}
        </p>
        {shown.length > 0 ? (
          <Link className="button button--secondary" to={handoutPath(shown.map((e) => e.id))}>
            Printable handout
          </Link>
        ) : null}
      </div>
      {shown.length === 0 ? (
        <p className="empty-state">
          Nothing matches. Try fewer words, or clear a filter to see more exercises.
        </p>
      ) : (
        <ul className="exercise-list" aria-label="Exercises">
          {shown.map((exercise) => (
            <li key={exercise.id}>
              <ExerciseCard exercise={exercise} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function countByPhase(phases: readonly Phase[]): Partial<Record<Phase, number>> {
  const counts: Partial<Record<Phase, number>> = {};
  for (const phase of phases) counts[phase] = (counts[phase] ?? 0) + 1;
  return counts;
}
