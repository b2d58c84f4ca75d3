import { Link } from 'react-router';

type ExerciseNotFoundProps = { readonly detail: string };

/** The page's title is set by ExerciseDetailPage, which knows the request's outcome. */
export function ExerciseNotFound({ detail }: ExerciseNotFoundProps) {
  return (
    <div className="page page--narrow" data-state="not-found">
      <h1>Exercise not found</h1>
      <p className="lead">{detail}</p>
      <p>
        It may have been renamed. Browse the <Link to="/exercises">exercise library</Link> to find
        it.
      </p>
    </div>
  );
}
