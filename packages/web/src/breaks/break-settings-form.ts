import {
  BREAK_INTERVAL_MINUTES,
  BREAK_LENGTH_MINUTES,
  SEDENTARY_BUDGET_MINUTES,
  STANDING_TARGET_MINUTES,
  weekdaySchema,
  breakSettingsSchema,
  type BreakSettings,
  type BreakSettingsInput,
  type Weekday,
} from '@psoas/core';

/**
 * The break settings form as plain data: what the inputs hold (strings, as typed), how that
 * becomes settings, and which field each error belongs to, from the schema here or from the
 * server's problem (`errors[].path`, e.g. "body.workingHours.end").
 */

export type SettingsForm = {
  readonly intervalMinutes: string;
  readonly breakMinutes: string;
  readonly timeZone: string;
  readonly days: readonly Weekday[];
  readonly start: string;
  readonly end: string;
  readonly snoozeMinutes: string;
  readonly snoozeMaxInARow: string;
  readonly standingTargetMinutes: string;
  readonly sedentaryBudgetHours: string;
};

export type SettingsField = keyof SettingsForm;
export type SettingsErrors = Partial<Record<SettingsField, string>>;

export const FIELD_MESSAGES: Readonly<Record<SettingsField, string>> = {
  intervalMinutes: `Enter whole minutes from ${BREAK_INTERVAL_MINUTES.min} to ${BREAK_INTERVAL_MINUTES.max}.`,
  breakMinutes: `Enter whole minutes from ${BREAK_LENGTH_MINUTES.min} to ${BREAK_LENGTH_MINUTES.max}.`,
  timeZone: 'Enter a time zone name like Europe/Paris, or UTC.',
  days: 'Choose at least one working day.',
  start: 'Enter a time like 09:00.',
  end: 'Enter a time like 17:00, later than the start on the same day.',
  snoozeMinutes: 'Enter whole minutes from 1 to 30.',
  snoozeMaxInARow: 'Enter a whole number from 0 to 5.',
  standingTargetMinutes: `Enter whole minutes from ${STANDING_TARGET_MINUTES.min} to ${STANDING_TARGET_MINUTES.max}.`,
  sedentaryBudgetHours: `Enter hours from ${SEDENTARY_BUDGET_MINUTES.min / 60} to ${SEDENTARY_BUDGET_MINUTES.max / 60}.`,
};

export function toForm(settings: BreakSettings): SettingsForm {
  const h = settings.workingHours;
  return {
    intervalMinutes: String(settings.intervalMinutes),
    breakMinutes: String(settings.breakMinutes),
    timeZone: h.timeZone,
    days: [...h.days],
    start: h.start,
    end: h.end,
    snoozeMinutes: String(settings.snooze.minutes),
    snoozeMaxInARow: String(settings.snooze.maxInARow),
    standingTargetMinutes: String(settings.standingTargetMinutes),
    sedentaryBudgetHours: String(settings.sedentaryBudgetMinutes / 60),
  };
}

/** A typed number, or NaN for anything else (so the schema names the field). */
function num(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** The request body: the form's values, and what the form does not show kept as it was. */
export function fromForm(form: SettingsForm, previous: BreakSettings): BreakSettingsInput {
  return {
    intervalMinutes: num(form.intervalMinutes),
    breakMinutes: num(form.breakMinutes),
    workingHours: {
      timeZone: form.timeZone.trim(),
      // The week's order, whatever order the boxes were ticked in.
      days: weekdaySchema.options.filter((day) => form.days.includes(day)),
      start: form.start,
      end: form.end,
    },
    snooze: { minutes: num(form.snoozeMinutes), maxInARow: num(form.snoozeMaxInARow) },
    meetingMode: previous.meetingMode,
    standingTargetMinutes: num(form.standingTargetMinutes),
    sedentaryBudgetMinutes: Math.round(num(form.sedentaryBudgetHours) * 60),
  };
}

const PATHS: readonly (readonly [string, SettingsField])[] = [
  ['intervalMinutes', 'intervalMinutes'],
  ['breakMinutes', 'breakMinutes'],
  ['workingHours.timeZone', 'timeZone'],
  ['workingHours.days', 'days'],
  ['workingHours.start', 'start'],
  ['workingHours.end', 'end'],
  ['snooze.minutes', 'snoozeMinutes'],
  ['snooze.maxInARow', 'snoozeMaxInARow'],
  ['standingTargetMinutes', 'standingTargetMinutes'],
  ['sedentaryBudgetMinutes', 'sedentaryBudgetHours'],
];

/** The form field a settings path ("workingHours.end", "body.workingHours.days.2") is about. */
export function fieldOfPath(path: string): SettingsField | null {
  const dotted = path
    .replace(/^\/+/, '')
    .replaceAll('/', '.')
    .replace(/^body\./, '');
  const match = PATHS.find(([prefix]) => dotted === prefix || dotted.startsWith(`${prefix}.`));
  return match ? match[1] : null;
}

function errorsOf(paths: readonly string[]): SettingsErrors {
  const errors: SettingsErrors = {};
  for (const path of paths) {
    const field = fieldOfPath(path);
    if (field && !errors[field]) errors[field] = FIELD_MESSAGES[field];
  }
  return errors;
}

/** Checks the form with the same schema as the server; settings, or the errors per field. */
export function validateForm(
  form: SettingsForm,
  previous: BreakSettings,
):
  | { readonly ok: true; readonly settings: BreakSettings }
  | { readonly ok: false; readonly errors: SettingsErrors } {
  const result = breakSettingsSchema.safeParse(fromForm(form, previous));
  if (result.success) return { ok: true, settings: result.data };
  return { ok: false, errors: errorsOf(result.error.issues.map((i) => i.path.join('.'))) };
}

/** The server's field errors (problem `errors`) as form errors. */
export function serverErrors(
  errors: readonly { readonly path: string }[] | undefined,
): SettingsErrors {
  return errorsOf((errors ?? []).map((e) => e.path));
}
