import type { AgeBand, RedFlagId, ScreeningAnswer, ScreeningAnswers } from '@psoas/core';
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { isApiError, type ApiError } from '../platform/api.ts';
import { assessmentApi } from '../platform/assessment-api.ts';
import { useRequest } from '../platform/use-request.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { focusFirstInvalid } from './focus.ts';
import { ScreeningQuestions } from './ScreeningQuestions.tsx';
import { unansweredQuestions } from './wizard-state.ts';
import './assessment.css';

/** The screening on its own, at /assess/screening: asked again after a stop or when due. */
export function ScreeningPage() {
  useDocumentTitle('Safety questions');
  const load = useCallback((signal: AbortSignal) => assessmentApi.latestIntake(signal), []);
  const request = useRequest(load);
  return (
    <div className="page page--narrow assess">
      <h1>Safety questions</h1>
      {request.status === 'loading' ? <LoadingState label="Loading…" /> : null}
      {request.status === 'error' && request.error.code === 'INTAKE_MISSING' ? (
        <div className="notice notice--info">
          <p>The safety questions come after a few questions about you.</p>
          <p>
            <Link to="/assess" className="button">
              Start your assessment
            </Link>
          </p>
        </div>
      ) : null}
      {request.status === 'error' && request.error.code !== 'INTAKE_MISSING' ? (
        <ErrorState
          title="Your details could not be loaded"
          error={request.error}
          onRetry={request.retry}
        />
      ) : null}
      {request.status === 'success' ? (
        <ScreeningForm ageBand={request.data.intake.about.ageBand} />
      ) : null}
    </div>
  );
}

function ScreeningForm({ ageBand }: { readonly ageBand: AgeBand }) {
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [answers, setAnswers] = useState<ScreeningAnswers>({});
  const [tried, setTried] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const missing = tried ? unansweredQuestions(answers) : [];

  function answer(id: RedFlagId, value: ScreeningAnswer): void {
    setAnswers((current) => ({ ...current, [id]: value }));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const unanswered = unansweredQuestions(answers);
    if (unanswered.length > 0) {
      setTried(true);
      focusFirstInvalid(formRef.current, unanswered);
      return;
    }
    setSending(true);
    setError(null);
    try {
      await assessmentApi.saveScreening(answers, ageBand);
      void navigate('/assess/result');
    } catch (caught) {
      setError(isApiError(caught) ? caught : null);
      setSending(false);
    }
  }

  return (
    <form
      ref={formRef}
      className="assess-form"
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      {missing.length > 0 ? (
        <p className="notice notice--error" role="alert">
          {missing.length === 1
            ? 'One question still needs an answer.'
            : `${missing.length} questions still need an answer.`}
        </p>
      ) : null}
      <ScreeningQuestions answers={answers} onAnswer={answer} missing={missing} />
      {error ? (
        <p className="notice notice--error" role="alert">
          Your answers could not be sent: {error.detail}
        </p>
      ) : null}
      <div className="assess-form__actions">
        <Link to="/" className="button button--secondary">
          Cancel
        </Link>
        <button type="submit" className="button" disabled={sending}>
          {sending ? 'Sending…' : 'See the result'}
        </button>
      </div>
    </form>
  );
}
