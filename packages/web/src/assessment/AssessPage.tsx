import { useEffect, useReducer, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { isApiError, type ApiError } from '../platform/api.ts';
import { assessmentApi } from '../platform/assessment-api.ts';
import { AboutStep } from './AboutStep.tsx';
import { deviceTimeZone, focusFirstInvalid } from './focus.ts';
import { GoalsStep } from './GoalsStep.tsx';
import { HabitsStep } from './HabitsStep.tsx';
import {
  STEP_FIELDS,
  STEP_TITLES,
  firstInvalidStep,
  formFromIntake,
  intakeFromForm,
  validateStep,
  type IntakeForm,
} from './intake-form.ts';
import { ScreeningQuestions } from './ScreeningQuestions.tsx';
import { StepProgress } from './StepProgress.tsx';
import { SymptomsStep } from './SymptomsStep.tsx';
import {
  INTAKE_STEP_COUNT,
  WIZARD_STEPS,
  clearDraft,
  initialWizardState,
  loadDraft,
  saveDraft,
  stepAt,
  transition,
  unansweredQuestions,
  type WizardState,
} from './wizard-state.ts';
import './assessment.css';

const TITLES = WIZARD_STEPS.map((step) =>
  step === 'screening' ? 'Safety questions' : STEP_TITLES[step],
);

function initialState(): WizardState {
  const timeZone = deviceTimeZone();
  return loadDraft(window.sessionStorage, timeZone) ?? initialWizardState(timeZone);
}

/** The intake wizard (four steps) followed by the red-flag screening, at /assess. */
export function AssessPage() {
  useDocumentTitle('Your assessment');
  const navigate = useNavigate();
  const [state, dispatch] = useReducer(transition, undefined, initialState);
  const [showErrors, setShowErrors] = useState(false);
  const [submitError, setSubmitError] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);
  const [previousDate, setPreviousDate] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const shownStep = useRef<number | null>(null);
  const step = stepAt(state.step);

  useEffect(() => saveDraft(window.sessionStorage, state), [state]);

  useEffect(() => {
    if (state.source !== 'blank') return;
    const controller = new AbortController();
    assessmentApi.latestIntake(controller.signal).then(
      (record) => {
        dispatch({ type: 'prefill', form: formFromIntake(record.intake) });
        setPreviousDate(record.recordedAt);
      },
      () => {
        // No intake yet (404) or offline: start blank, which is what a first visit looks like.
      },
    );
    return () => controller.abort();
    // Only on arrival: a prefill must never overwrite what the person has started typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    // Each new step is announced by moving focus to its heading; not on the first load,
    // where the layout already focuses <main>.
    const previous = shownStep.current;
    shownStep.current = state.step;
    if (previous === null || previous === state.step) return;
    headingRef.current?.focus();
  }, [state.step]);

  const errors = showErrors && step !== 'screening' ? validateStep(step, state.form) : {};
  const missing = showErrors && step === 'screening' ? unansweredQuestions(state.answers) : [];
  const edit = (changes: Partial<IntakeForm>) => dispatch({ type: 'edit', changes });

  function goBack(): void {
    setShowErrors(false);
    dispatch({ type: 'back' });
  }

  async function submitAll(): Promise<void> {
    const missingNow = unansweredQuestions(state.answers);
    if (missingNow.length > 0) {
      setShowErrors(true);
      focusFirstInvalid(formRef.current, missingNow);
      return;
    }
    const intake = intakeFromForm(state.form);
    if (!intake) {
      // Cannot happen through the steps, but a stale draft could get here: show the step.
      dispatch({ type: 'go', step: WIZARD_STEPS.indexOf(firstInvalidStep(state.form) ?? 'about') });
      setShowErrors(true);
      return;
    }
    setSending(true);
    setSubmitError(null);
    try {
      await assessmentApi.saveIntake(intake);
      const screening = await assessmentApi.saveScreening(state.answers, intake.about.ageBand);
      clearDraft(window.sessionStorage);
      void navigate('/assess/result', { state: { screeningId: screening.id } });
    } catch (error) {
      setSubmitError(isApiError(error) ? error : null);
      setSending(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (step === 'screening') {
      void submitAll();
      return;
    }
    const stepErrors = validateStep(step, state.form);
    const invalid = STEP_FIELDS[step].filter((field) => stepErrors[field] !== undefined);
    if (invalid.length > 0) {
      setShowErrors(true);
      focusFirstInvalid(formRef.current, invalid);
      return;
    }
    setShowErrors(false);
    dispatch({ type: 'next' });
  }

  const errorCount =
    step === 'screening' ? missing.length : Object.values(errors).filter(Boolean).length;

  return (
    <div className="page page--narrow assess">
      <h1>Your assessment</h1>
      <p className="lead">
        A few minutes of questions about your day, your body and your goals. Your plan is built from
        them, and you can change the answers later.
      </p>
      {state.source === 'latest-intake' ? (
        <p className="notice notice--info">
          We filled in your answers from {formatDate(previousDate)}. Change anything that is
          different now; your earlier answers are kept with their date.
        </p>
      ) : null}
      <StepProgress titles={TITLES} current={state.step} />
      <form ref={formRef} className="assess-form" noValidate onSubmit={onSubmit}>
        <h2 ref={headingRef} tabIndex={-1} className="assess-form__heading">
          <span className="assess-form__count">
            Step {state.step + 1} of {WIZARD_STEPS.length}
          </span>{' '}
          {TITLES[state.step]}
        </h2>
        {errorCount > 0 ? (
          <p className="notice notice--error" role="alert">
            {errorCount === 1
              ? 'One answer needs a look before you go on.'
              : `${errorCount} answers need a look before you go on.`}
          </p>
        ) : null}
        {step === 'about' ? <AboutStep form={state.form} errors={errors} edit={edit} /> : null}
        {step === 'habits' ? <HabitsStep form={state.form} errors={errors} edit={edit} /> : null}
        {step === 'symptoms' ? (
          <SymptomsStep form={state.form} errors={errors} edit={edit} />
        ) : null}
        {step === 'goals' ? <GoalsStep form={state.form} errors={errors} edit={edit} /> : null}
        {step === 'screening' ? (
          <ScreeningQuestions
            answers={state.answers}
            onAnswer={(id, answer) => dispatch({ type: 'answer', id, answer })}
            missing={missing}
          />
        ) : null}
        {submitError ? (
          <div className="notice notice--error" role="alert">
            <p>Your answers could not be sent: {submitError.detail}</p>
            <p>They are kept on this device; try again when you are ready.</p>
          </div>
        ) : null}
        <div className="assess-form__actions">
          {state.step > 0 ? (
            <button type="button" className="button button--secondary" onClick={goBack}>
              Back
            </button>
          ) : (
            <Link to="/" className="button button--secondary">
              Cancel
            </Link>
          )}
          <button type="submit" className="button" disabled={sending}>
            {step === 'screening' ? (sending ? 'Sending…' : 'See the result') : 'Next'}
          </button>
        </div>
        {state.step < INTAKE_STEP_COUNT ? (
          <p className="assess-form__saved">Your answers are kept on this device as you go.</p>
        ) : null}
      </form>
    </div>
  );
}

function formatDate(iso: string | null): string {
  if (!iso) return 'your last assessment';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'your last assessment';
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}
