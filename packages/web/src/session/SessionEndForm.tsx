import { SESSION_NOTE_MAX, type FinishedState, type IsoDate, type PlanSession } from '@psoas/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../platform/api.ts';
import { recordSession } from '../session-log/queue.ts';
import { EMPTY_ROW, type FeedbackRow } from '../today/feedback-form.ts';
import { FeedbackItemFields, PainSelect } from '../today/FeedbackItemFields.tsx';
import {
  EMPTY_END_DRAFT,
  checkEndForm,
  type EndDraft,
  type EndErrors,
} from './session-end-form.ts';
import '../assessment/assessment.css';
import '../today/today.css';

export type SaveOutcome = 'saved' | 'queued';

type SessionEndFormProps = {
  readonly date: IsoDate;
  readonly planSession: PlanSession;
  readonly state: FinishedState;
  /** Called once the log is stored (on the server, or queued on the device to send). */
  readonly onSaved: (outcome: SaveOutcome) => void;
};

/**
 * After the session: how each exercise felt, pain now and a note, then the log is recorded.
 * Recording never fails for want of a connection: offline, the log waits on the device and is
 * sent once, later (session-log/).
 */
export function SessionEndForm({ date, planSession, state, onSaved }: SessionEndFormProps) {
  const [draft, setDraft] = useState<EndDraft>(EMPTY_END_DRAFT);
  const [errors, setErrors] = useState<EndErrors>({ feedback: {} });
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const updateRow = (id: string, changes: Partial<FeedbackRow>) =>
    setDraft((current) => ({
      ...current,
      feedback: {
        ...current.feedback,
        [id]: { ...(current.feedback[id] ?? EMPTY_ROW), ...changes },
      },
    }));

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (sending) return;
    const check = checkEndForm(date, planSession, state, draft);
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    setErrors({ feedback: {} });
    setFailure(null);
    setSending(true);
    try {
      const result = await recordSession(check.request);
      onSaved(result.status);
    } catch (error) {
      setFailure(
        isApiError(error)
          ? error.detail
          : 'The session could not be saved. Try again, or note it down.',
      );
      setSending(false);
    }
  }

  const completed = state.outcome === 'completed';
  return (
    <section className="panel session-end" aria-labelledby="end-heading">
      <h2 id="end-heading" ref={headingRef} tabIndex={-1}>
        {completed ? 'Session complete. How did it go?' : 'Session ended. How did it go?'}
      </h2>
      <form className="feedback-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <p className="field__hint">
          Rate the exercises you did; leave out any you skipped. Pain means during the exercise,
          from 0 (none) to 10 (worst). Your plan moves up when it is too easy and eases off when it
          is too hard.
        </p>
        {planSession.items.map((item) => (
          <FeedbackItemFields
            key={item.exerciseId}
            idPrefix="end-"
            item={item}
            row={draft.feedback[item.exerciseId] ?? EMPTY_ROW}
            errors={errors.feedback[item.exerciseId]}
            onChange={(changes) => updateRow(item.exerciseId, changes)}
          />
        ))}
        <div className="field-row">
          <div className={`field${errors.painNow ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor="end-pain-now">
              Pain now
            </label>
            {errors.painNow ? (
              <p className="field__error" id="end-pain-now-error">
                {errors.painNow}
              </p>
            ) : null}
            <PainSelect
              id="end-pain-now"
              value={draft.painNow}
              error={errors.painNow}
              onChange={(painNow) => setDraft((d) => ({ ...d, painNow }))}
              emptyLabel="Not saying"
            />
          </div>
        </div>
        <div className={`field${errors.note ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor="end-note">
            Note (optional)
          </label>
          {errors.note ? (
            <p className="field__error" id="end-note-error">
              {errors.note}
            </p>
          ) : null}
          <textarea
            id="end-note"
            className="field__input session-end__note"
            rows={3}
            maxLength={SESSION_NOTE_MAX}
            value={draft.note}
            onChange={(event) => setDraft((d) => ({ ...d, note: event.target.value }))}
            aria-describedby={errors.note ? 'end-note-error' : undefined}
            aria-invalid={errors.note ? true : undefined}
          />
        </div>
        {failure ? (
          <p className="notice notice--error" role="alert">
            {failure}
          </p>
        ) : null}
        <button type="submit" className="button" disabled={sending}>
          {sending ? 'Saving…' : 'Save this session'}
        </button>
      </form>
    </section>
  );
}
