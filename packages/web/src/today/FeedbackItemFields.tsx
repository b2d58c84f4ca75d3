import { RATINGS, type PlanItem, type Rating } from '@psoas/core';
import { RadioGroup } from '../assessment/RadioGroup.tsx';
import { asksForReps, type FeedbackErrors, type FeedbackRow } from './feedback-form.ts';

/**
 * One exercise's feedback fields: how it felt, pain during it and, for rep exercises, the reps
 * done. Today's "How did it go?" and the session player's end form both ask with these, so the
 * questions read the same wherever the person answers them.
 */

const RATING_LABELS: Readonly<Record<Rating, string>> = {
  'too-easy': 'Too easy',
  'about-right': 'About right',
  'too-hard': 'Too hard',
};
const RATING_OPTIONS = RATINGS.map((rating) => [rating, RATING_LABELS[rating]] as const);
const PAIN_OPTIONS = Array.from({ length: 11 }, (_, n) => n);

/** A 0-10 pain select, described by its error when there is one (`${id}-error`). */
export function PainSelect({
  id,
  value,
  error,
  onChange,
  emptyLabel = 'Choose',
}: {
  readonly id: string;
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (value: string) => void;
  readonly emptyLabel?: string;
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

type FeedbackItemFieldsProps = {
  readonly item: PlanItem;
  readonly row: FeedbackRow;
  readonly errors: FeedbackErrors[string] | undefined;
  readonly onChange: (changes: Partial<FeedbackRow>) => void;
  /** Keeps ids unique when two forms could share a page ("end-" for the session's). */
  readonly idPrefix?: string;
};

export function FeedbackItemFields({
  item,
  row,
  errors,
  onChange,
  idPrefix = '',
}: FeedbackItemFieldsProps) {
  const painId = `${idPrefix}pain-${item.exerciseId}`;
  const repsId = `${idPrefix}reps-${item.exerciseId}`;
  return (
    <fieldset className="field-set feedback-form__item" data-exercise={item.exerciseId}>
      <legend className="field-set__legend">{item.name}</legend>
      <RadioGroup
        name={`${idPrefix}rating-${item.exerciseId}`}
        legend="How did it feel?"
        options={RATING_OPTIONS}
        inline
        value={row.rating}
        // A rating with no pain chosen means none: the person need not pick 0 every time.
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
            <span className="field__number">
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
              <span className="field__unit">of {item.reps}</span>
            </span>
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}
