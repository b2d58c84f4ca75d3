import {
  RATINGS,
  SESSION_NOTE_MAX,
  type FinishedState,
  type IsoDate,
  type PlanItem,
  type PlanSession,
  type Rating,
} from '@psoas/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { RadioGroup } from '../assessment/RadioGroup.tsx';
import { isApiError } from '../platform/api.ts';
import { recordSession } from '../session-log/queue.ts';
import { asksForReps, EMPTY_ROW, type FeedbackRow } from '../today/feedback-form.ts';
import {
  EMPTY_END_DRAFT,
  checkEndForm,
  type EndDraft,
  type EndErrors,
} from './session-end-form.ts';
import '../assessment/assessment.css';
import '../today/today.css';

const RATING_LABELS: Readonly<Record<Rating, string>> = {
  'too-easy': 'Too easy',
  'about-right': 'About right',
  'too-hard': 'Too hard',
};
const RATING_OPTIONS = RATINGS.map((rating) => [rating, RATING_LABELS[rating]] as const);
const PAIN_OPTIONS = Array.from({ length: 11 }, (_, n) => n);

export type SaveOutcome = 'saved' | 'queued';

type SessionEndFormProps = {
  readonly date: IsoDate;
  readonly planSession: PlanSession;
  readonly state: FinishedState;
  /** Called once the log is stored (on the server, or queued on the device to send). */
  readonly onSaved: (outcome: SaveOutcome) => void;
};

function PainSelect({
  id,
  value,
  error,
  onChange,
  emptyLabel,
}: {
  readonly id: string;
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (value: string) => void;
  readonly emptyLabel: string;
}) {
  return (
    <select
      id={id}
      className="field__input"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
    >
      <option value="">{emptyLabel}</option>
      {PAIN_OPTIONS.map((n) => (
        <option key={n} value={String(n)}>
          {n === 0 ? '0, none' : n === 10 ? '10, worst' : String(n)}
        </option>
      ))}
    </select>
  );
}

type RowProps = {
  readonly item: PlanItem;
  readonly row: FeedbackRow;
  readonly errors: EndErrors['feedback'][string] | undefined;
  readonly onChange: (changes: Partial<FeedbackRow>) => void;
};

function FeedbackRowFields({ item, row, errors, onChange }: RowProps) {
  const painId = `end-pain-${item.exerciseId}`;
  const repsId = `end-reps-${item.exerciseId}`;
  return (
    <fieldset className="field-set feedback-form__item" data-exercise={item.exerciseId}>
      <legend className="field-set__legend">{item.name}</legend>
      <RadioGroup
        name={`end-rating-${item.exerciseId}`}
        legend="How did it feel?"
        options={RATING_OPTIONS}
        inline
        value={row.rating}
        onChange={(rating) => onChange({ rating, pain: row.pain === '' ? '0' : row.pain })}
      />
      <div className="field-row">
        <div className={`field${errors?.pain ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={painId}>
            Pain during it
          </label>
          {errors?.pain ? (
            <p className="field__error" id={`${painId}-error`}>
              {errors.pain}
            </p>
          ) : null}
          <PainSelect
            id={painId}
            value={row.pain}
            error={errors?.pain}
            onChange={(pain) => onChange({ pain })}
            emptyLabel="Choose"
          />
        </div>
        {asksForReps(item) ? (
          <div className={`field${errors?.repsDone ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={repsId}>
              Reps done in each set
            </label>
            {errors?.repsDone ? (
              <p className="field__error" id={`${repsId}-error`}>
                {errors.repsDone}
              </p>
            ) : null}
            <input
              id={repsId}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              className="field__input"
              size={4}
              value={row.repsDone}
              onChange={(event) => onChange({ repsDone: event.target.value })}
              aria-describedby={errors?.repsDone ? `${repsId}-error` : undefined}
              aria-invalid={errors?.repsDone ? true : undefined}
            />
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}

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
          <FeedbackRowFields
            key={item.exerciseId}
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
