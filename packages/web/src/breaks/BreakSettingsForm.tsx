import type { BreakSettings, Weekday } from '@psoas/core';
import { useState, type FormEvent } from 'react';
import { NumberField } from '../assessment/NumberField.tsx';
import { isApiError } from '../platform/api.ts';
import {
  FIELD_MESSAGES,
  serverErrors,
  toForm,
  validateForm,
  type SettingsErrors,
  type SettingsForm,
} from './break-settings-form.ts';
import { breaksApi } from './breaks-api.ts';

type BreakSettingsFormProps = {
  readonly settings: BreakSettings;
  /** The server has no settings stored yet: these are the defaults. */
  readonly isDefault: boolean;
  readonly onSaved: (settings: BreakSettings) => void;
};

/** Monday first, as a working week is read. */
const DAY_LABELS: Readonly<Record<Weekday, string>> = {
  monday: 'Mon',
  tuesday: 'Tue',
  wednesday: 'Wed',
  thursday: 'Thu',
  friday: 'Fri',
  saturday: 'Sat',
  sunday: 'Sun',
};

type Status = 'idle' | 'saving' | 'saved' | { readonly error: string };

/** Interval, break length, working hours, snooze and the daily targets; saved on the server. */
export function BreakSettingsForm({ settings, isDefault, onSaved }: BreakSettingsFormProps) {
  const [form, setForm] = useState<SettingsForm>(() => {
    const initial = toForm(settings);
    // Unsaved defaults are in the zone of the intake or UTC; this device's zone is a better guess.
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return isDefault && zone ? { ...initial, timeZone: zone } : initial;
  });
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [status, setStatus] = useState<Status>('idle');

  const set = (field: keyof SettingsForm) => (value: string) => {
    setForm((current) => ({ ...current, [field]: value }));
    setStatus('idle');
  };
  const toggleDay = (day: Weekday, on: boolean) => {
    setForm((current) => ({
      ...current,
      days: on ? [...current.days, day] : current.days.filter((d) => d !== day),
    }));
    setStatus('idle');
  };

  async function save(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const checked = validateForm(form, settings);
    if (!checked.ok) {
      setErrors(checked.errors);
      setStatus({ error: 'Some settings need a fix; see the messages by each field.' });
      return;
    }
    setErrors({});
    setStatus('saving');
    try {
      const saved = await breaksApi.saveSettings(checked.settings);
      onSaved(saved.settings);
      setStatus('saved');
    } catch (error) {
      const fieldErrors = isApiError(error) ? serverErrors(error.problem?.errors) : {};
      setErrors(fieldErrors);
      setStatus({
        error: isApiError(error) ? error.detail : 'The settings could not be saved. Try again.',
      });
    }
  }

  const text = (field: keyof SettingsForm) => (form[field] as string) ?? '';
  return (
    <form className="break-settings" onSubmit={(event) => void save(event)} noValidate>
      {isDefault ? (
        <p className="notice">
          These are the suggested settings. Check your working hours and time zone, then save.
        </p>
      ) : null}
      <div className="field-row">
        <NumberField
          name="intervalMinutes"
          label="Remind me after sitting for"
          unit="minutes"
          hint="15 to 90; 30 is the usual advice."
          value={text('intervalMinutes')}
          onChange={set('intervalMinutes')}
          error={errors.intervalMinutes}
        />
        <NumberField
          name="breakMinutes"
          label="Break length"
          unit="minutes"
          hint="A short walk is best."
          value={text('breakMinutes')}
          onChange={set('breakMinutes')}
          error={errors.breakMinutes}
        />
      </div>
      <fieldset className="field-set">
        <legend className="field-set__legend">Working hours</legend>
        <fieldset className={`field field--group${errors.days ? ' field--invalid' : ''}`}>
          <legend className="field__label">Days</legend>
          {errors.days ? (
            <p className="field__error" id="days-error">
              {FIELD_MESSAGES.days}
            </p>
          ) : null}
          <div className="field__options field__options--inline">
            {(Object.keys(DAY_LABELS) as Weekday[]).map((day) => (
              <label key={day} className="choice">
                <input
                  type="checkbox"
                  name="days"
                  value={day}
                  checked={form.days.includes(day)}
                  onChange={(event) => toggleDay(day, event.target.checked)}
                />
                <span>{DAY_LABELS[day]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field-row">
          <TimeField
            name="start"
            label="From"
            value={form.start}
            onChange={set('start')}
            error={errors.start}
          />
          <TimeField
            name="end"
            label="Until"
            value={form.end}
            onChange={set('end')}
            error={errors.end}
          />
        </div>
        <div className={`field${errors.timeZone ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor="field-timeZone">
            Time zone
          </label>
          {errors.timeZone ? (
            <p className="field__error" id="timeZone-error">
              {errors.timeZone}
            </p>
          ) : null}
          <input
            id="field-timeZone"
            name="timeZone"
            className="field__input field__input--wide"
            value={form.timeZone}
            onChange={(event) => set('timeZone')(event.target.value)}
            aria-invalid={errors.timeZone ? true : undefined}
            aria-describedby={errors.timeZone ? 'timeZone-error' : undefined}
            autoComplete="off"
          />
        </div>
      </fieldset>
      <div className="field-row">
        <NumberField
          name="snoozeMinutes"
          label="Snooze for"
          unit="minutes"
          value={text('snoozeMinutes')}
          onChange={set('snoozeMinutes')}
          error={errors.snoozeMinutes}
        />
        <NumberField
          name="snoozeMaxInARow"
          label="Snoozes in a row"
          hint="After that, take the break or skip it."
          value={text('snoozeMaxInARow')}
          onChange={set('snoozeMaxInARow')}
          error={errors.snoozeMaxInARow}
        />
      </div>
      <div className="field-row">
        <NumberField
          name="standingTargetMinutes"
          label="Standing and light activity target"
          unit="minutes a day"
          hint="Start at 120 and build towards 240."
          value={text('standingTargetMinutes')}
          onChange={set('standingTargetMinutes')}
          error={errors.standingTargetMinutes}
        />
        <NumberField
          name="sedentaryBudgetHours"
          label="Sitting budget"
          unit="hours a day"
          hint="8 hours or less, the whole day counted."
          decimal
          value={text('sedentaryBudgetHours')}
          onChange={set('sedentaryBudgetHours')}
          error={errors.sedentaryBudgetHours}
        />
      </div>
      <div className="break-actions">
        <button type="submit" className="button" disabled={status === 'saving'}>
          {status === 'saving' ? 'Saving…' : 'Save break settings'}
        </button>
        <p role="status" className="break-settings__status">
          {status === 'saved' ? 'Saved. Reminders follow the new settings.' : null}
          {typeof status === 'object' ? <span className="field__error">{status.error}</span> : null}
        </p>
      </div>
    </form>
  );
}

type TimeFieldProps = {
  readonly name: 'start' | 'end';
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error: string | undefined;
};

function TimeField({ name, label, value, onChange, error }: TimeFieldProps) {
  const errorId = `${name}-error`;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={`field-${name}`}>
        {label}
      </label>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      <input
        id={`field-${name}`}
        name={name}
        type="time"
        className="field__input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
    </div>
  );
}
