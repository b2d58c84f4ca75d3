import type { SelfTestRecord } from '@psoas/core';
import { SelfTestComparisonView } from './SelfTestComparisonView.tsx';
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { isApiError, type ApiError } from '../platform/api.ts';
import { assessmentApi } from '../platform/assessment-api.ts';
import { SELF_TEST_GUIDES } from './self-test-guides.ts';
import { SelfTestFigure } from './SelfTestFigure.tsx';
import { SelfTestSides } from './SelfTestSides.tsx';
import {
  SELF_TESTS,
  emptySelfTestForm,
  resultsFromForm,
  validateTest,
  type SelfTestForm,
} from './self-tests-form.ts';
import { StepProgress } from './StepProgress.tsx';
import './assessment.css';

const TITLES = SELF_TESTS.map((test) => SELF_TEST_GUIDES[test].title);

/** The four self-tests, one at a time, each per side and each skippable, at /assess/self-tests. */
export function SelfTestsPage() {
  useDocumentTitle('Self-tests');
  const [index, setIndex] = useState(0);
  const [form, setForm] = useState<SelfTestForm>(emptySelfTestForm);
  const [showErrors, setShowErrors] = useState(false);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<SelfTestRecord | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const shownStep = useRef({ index, saved });

  useEffect(() => {
    // Announce a new test (or the summary) by focusing its heading; never on arrival.
    if (shownStep.current.index === index && shownStep.current.saved === saved) return;
    shownStep.current = { index, saved };
    headingRef.current?.focus();
  }, [index, saved]);

  const test = SELF_TESTS[index] ?? 'thomas';
  const guide = SELF_TEST_GUIDES[test];
  const errors = showErrors ? validateTest(test, form) : {};
  const last = index === SELF_TESTS.length - 1;

  async function save(next: SelfTestForm): Promise<void> {
    const results = resultsFromForm(next);
    if (!results) return;
    setSending(true);
    setSendError(null);
    try {
      setSaved(await assessmentApi.saveSelfTests(results));
    } catch (error) {
      setSendError(isApiError(error) ? error : null);
    } finally {
      setSending(false);
    }
  }

  function advance(next: SelfTestForm): void {
    setShowErrors(false);
    if (last) void save(next);
    else setIndex(index + 1);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const next = { ...form, skipped: form.skipped.filter((t) => t !== test) };
    if (Object.keys(validateTest(test, next)).length > 0) {
      setShowErrors(true);
      formRef.current?.querySelector<HTMLElement>('.field--invalid input')?.focus();
      return;
    }
    setForm(next);
    advance(next);
  }

  function skip(): void {
    const next = { ...form, skipped: [...form.skipped.filter((t) => t !== test), test] };
    setForm(next);
    advance(next);
  }

  if (saved) return <SelfTestSummary record={saved} headingRef={headingRef} />;

  const allSkipped = last && SELF_TESTS.every((t) => t === test || form.skipped.includes(t));
  return (
    <div className="page page--narrow assess">
      <h1>Self-tests</h1>
      <p className="lead">
        Simple checks you can do at home, one side then the other. They show differences between
        your sides, which your plan then takes into account. They are observations, not a diagnosis.
        Stop any test that hurts.
      </p>
      <StepProgress titles={TITLES} current={index} />
      <form ref={formRef} className="assess-form self-test" noValidate onSubmit={onSubmit}>
        <h2 ref={headingRef} tabIndex={-1} className="assess-form__heading">
          <span className="assess-form__count">
            Test {index + 1} of {SELF_TESTS.length}
          </span>{' '}
          {guide.title}
        </h2>
        <p>{guide.purpose}</p>
        <div className="self-test__guide">
          <section aria-labelledby="how-to-heading" className="self-test__how">
            <h3 id="how-to-heading">How to do it</h3>
            <ol>
              {guide.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </section>
          <SelfTestFigure exerciseId={guide.figureExercise} title={`${guide.title} position`} />
        </div>
        {Object.keys(errors).length > 0 ? (
          <p className="notice notice--error" role="alert">
            Some answers are missing. Fill them in, or skip this test.
          </p>
        ) : null}
        <SelfTestSides test={test} form={form} errors={errors} onChange={setForm} />
        {sendError ? (
          <p className="notice notice--error" role="alert">
            Your results could not be saved: {sendError.detail}
          </p>
        ) : null}
        <div className="assess-form__actions">
          {index > 0 ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setShowErrors(false);
                setIndex(index - 1);
              }}
            >
              Back
            </button>
          ) : (
            <Link to="/" className="button button--secondary">
              Not now
            </Link>
          )}
          <button type="button" className="button button--secondary" onClick={skip}>
            Skip this test
          </button>
          <button type="submit" className="button" disabled={sending}>
            {last ? (sending ? 'Saving…' : 'Save my results') : 'Next test'}
          </button>
        </div>
        {allSkipped ? (
          <p className="assess-form__saved">
            Skipping every test is fine: your plan treats both sides the same.{' '}
            <Link to="/">Go to today’s plan</Link>
          </p>
        ) : null}
      </form>
    </div>
  );
}

type SummaryProps = {
  readonly record: SelfTestRecord;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
};

function SelfTestSummary({ record, headingRef }: SummaryProps) {
  return (
    <div className="page page--narrow assess">
      <h1>Self-tests</h1>
      <section className="panel" aria-labelledby="summary-heading">
        <h2 id="summary-heading" ref={headingRef} tabIndex={-1}>
          What the tests showed
        </h2>
        {record.asymmetries.length > 0 ? (
          <>
            <ul className="observations">
              {record.asymmetries.map((asymmetry) => (
                <li key={asymmetry.finding}>{asymmetry.observation}</li>
              ))}
            </ul>
            <p>
              Your plan gives the side that tested tighter (or held for less time) one extra set.
              These are observations from home tests, not a diagnosis; they are kept with today’s
              date so you can compare when you test again in a few weeks.
            </p>
          </>
        ) : (
          <p>
            Your sides tested about the same, so your plan treats them equally. The results are kept
            with today’s date so you can compare in a few weeks.
          </p>
        )}
        <SelfTestComparisonView />
        <p>
          <Link to="/" className="button">
            See today’s plan
          </Link>
        </p>
      </section>
    </div>
  );
}
