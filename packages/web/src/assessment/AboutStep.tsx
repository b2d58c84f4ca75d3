import { AGE_BAND_LABELS, PREGNANCY_LABELS } from './intake-labels.ts';
import { RadioGroup } from './RadioGroup.tsx';
import { optionsOf, type StepProps } from './step-props.ts';

export function AboutStep({ form, errors, edit }: StepProps) {
  return (
    <>
      <RadioGroup
        name="ageBand"
        legend="How old are you?"
        hint="Some advice changes with age, so we ask for a band, not your birthday."
        options={optionsOf(AGE_BAND_LABELS)}
        value={form.ageBand}
        onChange={(ageBand) => edit({ ageBand })}
        error={errors.ageBand}
      />
      <RadioGroup
        name="pregnancy"
        legend="Are you pregnant, or did you give birth in the past 6 months?"
        options={optionsOf(PREGNANCY_LABELS)}
        value={form.pregnancy}
        onChange={(pregnancy) => edit({ pregnancy })}
        error={errors.pregnancy}
      />
      <div className={`field${errors.timeZone ? ' field--invalid' : ''}`} data-field="timeZone">
        <label className="field__label" htmlFor="field-timeZone">
          Your time zone
        </label>
        <p className="field__hint" id="timeZone-hint">
          Filled in from this device. It decides when your day starts and when breaks are due.
        </p>
        {errors.timeZone ? (
          <p className="field__error" id="timeZone-error">
            {errors.timeZone}
          </p>
        ) : null}
        <input
          id="field-timeZone"
          name="timeZone"
          type="text"
          className="field__input field__input--wide"
          autoComplete="off"
          spellCheck={false}
          value={form.timeZone}
          onChange={(event) => edit({ timeZone: event.target.value })}
          aria-describedby={errors.timeZone ? 'timeZone-hint timeZone-error' : 'timeZone-hint'}
          aria-invalid={errors.timeZone ? true : undefined}
        />
      </div>
    </>
  );
}
