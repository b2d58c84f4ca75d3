import type { ScreeningRecord } from '@psoas/core';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { assessmentApi } from '../platform/assessment-api.ts';
import { useRequest } from '../platform/use-request.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { RED_FLAG_SUMMARIES } from './red-flag-summaries.ts';
import { StopNotice } from './StopNotice.tsx';
import './assessment.css';

/**
 * The screening's result, read back from the server so a reload shows the same thing: a stop
 * with the answers to take to a doctor, a gentle programme with a doctor within days, or on to
 * the self-tests.
 */
export function TriageResultPage() {
  useDocumentTitle('Your screening result');
  const load = useCallback((signal: AbortSignal) => assessmentApi.latestScreening(signal), []);
  const request = useRequest(load);
  return (
    <div className="page page--narrow assess">
      <h1>Your screening result</h1>
      {request.status === 'loading' ? <LoadingState label="Loading your result…" /> : null}
      {request.status === 'error' && request.error.code === 'SCREENING_MISSING' ? (
        <div className="notice notice--info">
          <p>There is no screening yet. It takes a couple of minutes.</p>
          <p>
            <Link to="/assess" className="button">
              Start your assessment
            </Link>
          </p>
        </div>
      ) : null}
      {request.status === 'error' && request.error.code !== 'SCREENING_MISSING' ? (
        <ErrorState
          title="The result could not be loaded"
          error={request.error}
          onRetry={request.retry}
        />
      ) : null}
      {request.status === 'success' ? <Result record={request.data} /> : null}
    </div>
  );
}

function Result({ record }: { readonly record: ScreeningRecord }) {
  const { outcome, advice } = record;
  const cautions =
    outcome.cautions.length > 0 ? (
      <div className="notice notice--caution">
        <h2>Before exercises that press on the belly</h2>
        <p>
          You told us something a physiotherapist or doctor should know before any belly or deep hip
          release. The plan leaves those exercises out.
        </p>
        <ul>
          {outcome.cautions.map((id) => (
            <li key={id}>{RED_FLAG_SUMMARIES[id]}</li>
          ))}
        </ul>
      </div>
    ) : null;

  if (outcome.programme === 'stopped') {
    return (
      <>
        <StopNotice
          level={outcome.level}
          advice={advice}
          answers={[...outcome.triggeredBy, ...outcome.alsoFlagged]}
        />
        {cautions}
      </>
    );
  }

  if (outcome.programme === 'gentle') {
    return (
      <>
        <section className="notice notice--warning" aria-labelledby="gentle-heading">
          <h2 id="gentle-heading">{advice.headline}</h2>
          <p>{advice.action}</p>
          <h3>What you told us, to mention to the doctor</h3>
          <ul>
            {[...outcome.triggeredBy, ...outcome.alsoFlagged].map((id) => (
              <li key={id}>{RED_FLAG_SUMMARIES[id]}</li>
            ))}
          </ul>
        </section>
        {cautions}
        <NextSteps gentle />
      </>
    );
  }

  return (
    <>
      <section className="notice notice--info" aria-labelledby="clear-heading">
        <h2 id="clear-heading">{advice.headline}</h2>
        <p>{advice.action}</p>
      </section>
      {cautions}
      <NextSteps gentle={false} />
    </>
  );
}

function NextSteps({ gentle }: { readonly gentle: boolean }) {
  return (
    <section className="panel next-steps" aria-labelledby="next-heading">
      <h2 id="next-heading">Next: check each side (optional)</h2>
      <p>
        Four short self-tests compare your left and right side, about 10 minutes in all. If one side
        is tighter, your plan gives it an extra set. You can skip them and do them later.
      </p>
      {gentle ? (
        <p>
          With a gentle programme, do only the tests that feel comfortable, and stop any that hurt.
        </p>
      ) : null}
      <div className="button-row">
        <Link to="/assess/self-tests" className="button">
          Start the self-tests
        </Link>
        <Link to="/" className="button button--secondary">
          {gentle ? 'Skip to my gentle plan' : 'Skip to my plan'}
        </Link>
      </div>
    </section>
  );
}
