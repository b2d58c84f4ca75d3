import { RATINGS, type PlanItem, type ProgressionChange, type Rating } from '@psoas/core';
import { useRef, useState, type FormEvent } from 'react';
import { RadioGroup } from '../assessment/RadioGroup.tsx';
import { isApiError, type ApiError } from '../platform/api.ts';
import { assessmentApi } from '../platform/assessment-api.ts';
import {
  EMPTY_ROW,
  asksForReps,
  checkFeedback,
  type FeedbackDraft,
  type FeedbackErrors,
} from './feedback-form.ts';

const RATING_LABELS: Readonly<Record<Rating, string>> = {
  'too-easy': 'Too easy',
  'about-right': 'About right',
  'too-hard': 'Too hard',
};
const RATING_OPTIONS = RATINGS.map((rating) => [rating, RATING_LABELS[rating]] as const);
const PAIN_OPTIONS = Array.from({ length: 11 }, (_, n) => n);

type FeedbackFormProps = {
  readonly date: string;
  readonly items: readonly PlanItem[];
  /** The plan may have changed (a change or an undo): reload it. */
  readonly onPlanChanged: () => void;
};

/** "How did it go?" after the session: per exercise, a rating, pain during, reps done. */
export function FeedbackForm({ date, items, onPlanChanged }: FeedbackFormProps) {
  const [draft, setDraft] = useState<FeedbackDraft>({});
  const [errors, setErrors] = useState<FeedbackErrors>({});
  const [nothingRated, setNothingRated] = useState(false);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [changes, setChanges] = useState<readonly ProgressionChange[] | null>(null);
  const [undone, setUndone] = useState<readonly ProgressionChange[]>([]);
  const resultRef = useRef<HTMLDivElement>(null);

  const update = (id: string, changes: Partial<typeof EMPTY_ROW>) =>
    setDraft((current) => ({ ...current, [id]: { ...(current[id] ?? EMPTY_ROW), ...changes } }));

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const check = checkFeedback(date, items, draft);
    if (!check.ok) {
      setErrors(check.errors);
      setNothingRated(check.nothingRated);
      return;
    }
    setErrors({});
    setNothingRated(false);
    setSending(true);
    setFailure(null);
    try {
      const response = await assessmentApi.sendFeedback(check.request);
      setChanges(response.changes);
      setUndone([]);
      if (response.changes.length > 0) onPlanChanged();
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (error) {
      setFailure(isApiError(error) ? error : null);
    } finally {
      setSending(false);
    }
  }

  async function undo(): Promise<void> {
    setFailure(null);
    try {
      const response = await assessmentApi.undoLastChange();
      setUndone((current) => [...current, response.undone]);
      onPlanChanged();
    } catch (error) {
      setFailure(isApiError(error) ? error : null);
    }
  }

  if (changes) {
    const remaining = changes.filter((change) => !undone.some((u) => u.seq === change.seq));
    const lastSeq = remaining.at(-1)?.seq;
    return (
      <div className="feedback-result" ref={resultRef} tabIndex={-1} aria-live="polite">
        <p className="feedback-result__thanks">Thank you, your answers are saved.</p>
        {changes.length === 0 ? (
          <p>
            No change to your plan yet. It moves up after three sessions in a row that feel too
            easy, and eases off after two that are too hard or when pain rises.
          </p>
        ) : (
          <>
            <h3>What changes in your plan</h3>
            <ul className="change-list">
              {changes.map((change) => {
                const isUndone = undone.some((u) => u.seq === change.seq);
                return (
                  <li key={change.seq} className="change-list__item">
                    <span className={isUndone ? 'change-list__text--undone' : undefined}>
                      {change.explanation}
                    </span>
                    {isUndone ? <span className="badge">Undone</span> : null}
                    {!isUndone && change.seq === lastSeq ? (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => void undo()}
                      >
                        Undo<span className="visually-hidden"> this change</span>
                      </button>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </>
        )}
        {failure ? (
          <p className="notice notice--error" role="alert">
            {failure.detail}
          </p>
        ) : null}
      </div>
    );
  }

  return (
    <form className="feedback-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <p className="field__hint">
        Rate the exercises you did; leave out any you skipped. Pain means during the exercise, from
        0 (none) to 10 (worst).
      </p>
      {items.map((item) => {
        const row = draft[item.exerciseId] ?? EMPTY_ROW;
        const rowErrors = errors[item.exerciseId];
        const painId = `pain-${item.exerciseId}`;
        const repsId = `reps-${item.exerciseId}`;
        return (
          <fieldset key={item.exerciseId} className="field-set feedback-form__item">
            <legend className="field-set__legend">{item.name}</legend>
            <RadioGroup
              name={`rating-${item.exerciseId}`}
              legend="How did it feel?"
              options={RATING_OPTIONS}
              inline
              value={row.rating}
              onChange={(rating) =>
                update(item.exerciseId, { rating, pain: row.pain === '' ? '0' : row.pain })
              }
            />
            <div className="field-row">
              <div className={`field${rowErrors?.pain ? ' field--invalid' : ''}`}>
                <label className="field__label" htmlFor={painId}>
                  Pain during it
                </label>
                {rowErrors?.pain ? (
                  <p className="field__error" id={`${painId}-error`}>
                    {rowErrors.pain}
                  </p>
                ) : null}
                <select
                  id={painId}
                  className="field__input"
                  value={row.pain}
                  onChange={(event) => update(item.exerciseId, { pain: event.target.value })}
                  aria-describedby={rowErrors?.pain ? `${painId}-error` : undefined}
                  aria-invalid={rowErrors?.pain ? true : undefined}
                >
                  <option value="">Choose</option>
                  {PAIN_OPTIONS.map((n) => (
                    <option key={n} value={String(n)}>
                      {n === 0 ? '0, none' : n === 10 ? '10, worst' : String(n)}
                    </option>
                  ))}
                </select>
              </div>
              {asksForReps(item) ? (
                <div className={`field${rowErrors?.repsDone ? ' field--invalid' : ''}`}>
                  <label className="field__label" htmlFor={repsId}>
                    Reps done in each set
                  </label>
                  {rowErrors?.repsDone ? (
                    <p className="field__error" id={`${repsId}-error`}>
                      {rowErrors.repsDone}
                    </p>
                  ) : null}
                  <span className="field__number">
                    <input
                      id={repsId}
                      type="text"
                      inputMode="numeric"
                      autoComplete="off"
                      className="field__input"
                      size={4}
                      value={row.repsDone}
                      onChange={(event) =>
                        update(item.exerciseId, { repsDone: event.target.value })
                      }
                      aria-describedby={rowErrors?.repsDone ? `${repsId}-error` : undefined}
                      aria-invalid={rowErrors?.repsDone ? true : undefined}
                    />
                    <span className="field__unit">of {item.reps}</span>
                  </span>
                </div>
              ) : null}
            </div>
          </fieldset>
        );
      })}
      {nothingRated ? (
        <p className="notice notice--error" role="alert">
          Rate at least one exercise to send your feedback.
        </p>
      ) : null}
      {failure ? (
        <p className="notice notice--error" role="alert">
          Your feedback could not be sent: {failure.detail}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={sending}>
        {sending ? 'Sending…' : 'Send my feedback'}
      </button>
    </form>
  );
}
