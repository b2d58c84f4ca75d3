import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { api } from '../platform/api.ts';
import { useRequest, type RequestState } from '../platform/use-request.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { ExerciseDetail } from './ExerciseDetail.tsx';
import { ExerciseNotFound } from './ExerciseNotFound.tsx';
import './exercises.css';
import './library.css';

export function ExerciseDetailPage() {
  const { id = '' } = useParams();
  const load = useCallback((signal: AbortSignal) => api.getExercise(id, signal), [id]);
  const request = useRequest(load);
  useDocumentTitle(titleOf(request));

  if (request.status === 'error' && request.error.isNotFound()) {
    return <ExerciseNotFound detail={request.error.detail} />;
  }
  return (
    <div className="page">
      <p className="back-link">
        <Link to="/exercises">
          <span aria-hidden="true">{'← '}</span>
          All exercises
        </Link>
      </p>
      {request.status === 'success' ? <ExerciseDetail exercise={request.data} /> : null}
      {request.status === 'loading' ? (
        <>
          <h1>Exercise</h1>
          <LoadingState label="Loading the exercise…" />
        </>
      ) : null}
      {request.status === 'error' ? (
        <>
          <h1>Exercise unavailable</h1>
          <ErrorState
            title="The exercise could not be loaded"
            error={request.error}
            onRetry={request.retry}
          />
        </>
      ) : null}
    </div>
  );
}

function titleOf(request: RequestState<{ readonly name: string }>): string {
  switch (request.status) {
    case 'loading':
      return 'Loading exercise';
    case 'success':
      return request.data.name;
    case 'error':
      return request.error.isNotFound() ? 'Exercise not found' : 'Exercise unavailable';
  }
}
