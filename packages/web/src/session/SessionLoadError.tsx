import { Link } from 'react-router';
import type { ApiError } from '../platform/api.ts';
import { ErrorState } from '../ui/ErrorState.tsx';

type SessionLoadErrorProps = { readonly error: ApiError; readonly onRetry: () => void };

/** Problem codes that mean "no plan to play yet": Today explains each and shows the way on. */
const NO_PLAN_CODES = new Set([
  'INTAKE_MISSING',
  'SCREENING_MISSING',
  'PLAN_STOPPED_BY_TRIAGE',
  'RESCREEN_DUE',
  'PLAN_NO_EXERCISES',
]);

/** Why the session cannot be played: no plan yet (go to Today), or the request failed. */
export function SessionLoadError({ error, onRetry }: SessionLoadErrorProps) {
  if (NO_PLAN_CODES.has(error.code) || error.status === 409) {
    return (
      <section className="notice notice--info page--narrow" aria-labelledby="no-plan-heading">
        <h2 id="no-plan-heading">There is no session to play yet</h2>
        <p>{error.detail}</p>
        <p>
          <Link to="/">Go to Today</Link> to see what comes first.
        </p>
      </section>
    );
  }
  return <ErrorState title="Your session could not be loaded" error={error} onRetry={onRetry} />;
}
