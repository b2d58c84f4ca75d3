import type { PlanResponse } from '@psoas/core';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { StopNotice } from '../assessment/StopNotice.tsx';
import { ApiError, isApiError } from '../platform/api.ts';
import { assessmentApi, rescreenDetails, stoppedDetails } from '../platform/assessment-api.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { TodayPlan } from './TodayPlan.tsx';
import './today.css';

type Loaded =
  | { readonly status: 'loading' }
  | { readonly status: 'success'; readonly plan: PlanResponse }
  | { readonly status: 'error'; readonly error: ApiError };

function toApiError(error: unknown): ApiError {
  return isApiError(error)
    ? error
    : new ApiError({
        code: 'UNEXPECTED',
        status: null,
        detail: 'Something went wrong in the app. Reload the page and try again.',
        cause: error,
      });
}

/**
 * Today: the plan's session, the week ahead, habits and notices; or, when there is no plan,
 * the one next step (start the assessment, answer the screening, see a doctor). A reload after
 * feedback keeps the current plan on screen, so the feedback's result stays visible.
 */
export function TodayPage() {
  useDocumentTitle('Today');
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  const reload = useCallback((signal?: AbortSignal) => {
    assessmentApi.plan(undefined, signal).then(
      (plan) => setLoaded({ status: 'success', plan }),
      (error: unknown) => {
        if (signal?.aborted) return;
        setLoaded({ status: 'error', error: toApiError(error) });
      },
    );
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    reload(controller.signal);
    return () => controller.abort();
  }, [reload]);

  return (
    <div className="page today">
      <h1>Today</h1>
      {loaded.status === 'loading' ? <LoadingState label="Loading your plan…" /> : null}
      {loaded.status === 'error' ? (
        <Refusal
          error={loaded.error}
          onRetry={() => {
            setLoaded({ status: 'loading' });
            reload();
          }}
        />
      ) : null}
      {loaded.status === 'success' ? (
        <TodayPlan plan={loaded.plan} onPlanChanged={() => reload()} />
      ) : null}
    </div>
  );
}

function Refusal({ error, onRetry }: { readonly error: ApiError; readonly onRetry: () => void }) {
  const stopped = stoppedDetails(error);
  if (stopped) {
    return (
      <div className="page--narrow">
        <StopNotice level={stopped.level} advice={stopped.advice} answers={stopped.triggeredBy} />
      </div>
    );
  }
  const rescreen = rescreenDetails(error);
  if (rescreen || error.code === 'RESCREEN_DUE') {
    const painRose = rescreen?.reasons.includes('pain-rose') ?? false;
    return (
      <section className="notice notice--warning page--narrow" aria-labelledby="rescreen-heading">
        <h2 id="rescreen-heading">Time to answer the safety questions again</h2>
        <p>
          {painRose
            ? 'Your pain has gone up since you last answered them. '
            : 'It has been four weeks since you last answered them. '}
          It takes a couple of minutes, and your plan comes back as soon as they are answered.
        </p>
        <p>
          <Link to="/assess/screening" className="button">
            Answer the screening again
          </Link>
        </p>
      </section>
    );
  }
  switch (error.code) {
    case 'INTAKE_MISSING':
      return (
        <section className="panel page--narrow today-empty" aria-labelledby="start-heading">
          <h2 id="start-heading">Your plan starts with a short assessment</h2>
          <p>
            Tell us about your day, your body and your goals, answer a few safety questions, and you
            get a plan that fits the time you have: what to do today and in the week ahead, with the
            reason for each exercise.
          </p>
          <p>
            <Link to="/assess" className="button">
              Start your assessment
            </Link>
          </p>
          <p className="today-empty__more">
            Meanwhile, the <Link to="/exercises">exercise library</Link> shows every exercise with
            its dose and the evidence behind it.
          </p>
        </section>
      );
    case 'SCREENING_MISSING':
      return (
        <section className="panel page--narrow" aria-labelledby="screening-heading">
          <h2 id="screening-heading">One more step: the safety questions</h2>
          <p>
            Before any exercise, a few yes-or-no questions check that self-care is right for you.
          </p>
          <p>
            <Link to="/assess/screening" className="button">
              Answer the safety questions
            </Link>
          </p>
        </section>
      );
    case 'PLAN_NO_EXERCISES':
      return (
        <section className="notice notice--warning page--narrow" aria-labelledby="none-heading">
          <h2 id="none-heading">No exercise fits your answers yet</h2>
          <p>{error.detail}</p>
          <p>
            <Link to="/assess">Change your answers</Link>, for example the equipment you have.
          </p>
        </section>
      );
    default:
      return <ErrorState title="Your plan could not be loaded" error={error} onRetry={onRetry} />;
  }
}
