import type { PlanItem, ProgressionChange } from '@psoas/core';
import { useRef, useState, type FormEvent } from 'react';
import { isApiError, type ApiError } from '../platform/api.ts';
import { assessmentApi } from '../platform/assessment-api.ts';
import { FeedbackItemFields } from './FeedbackItemFields.tsx';
import {
  EMPTY_ROW,
  checkFeedback,
  type FeedbackDraft,
  type FeedbackErrors,
} from './feedback-form.ts';

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
      {items.map((item) => (
        <FeedbackItemFields
          key={item.exerciseId}
          item={item}
          row={draft[item.exerciseId] ?? EMPTY_ROW}
          errors={errors[item.exerciseId]}
          onChange={(changes) => update(item.exerciseId, changes)}
        />
      ))}
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
