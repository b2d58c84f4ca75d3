import { z } from 'zod';
import { timeZoneSchema } from '../assessment/intake.schema.ts';
import { WEEKDAYS } from '../plan/dates.ts';

/**
 * Settings of the sitting-break reminder (issue 6). Every default comes from
 * shared/domain/evidence.md §4.1 and "What the app should encode", "Sitting breaks"; the snooze
 * and meeting rules answer what users of existing tools complain about
 * (shared/research/break-reminders.md §2). Objects are strict: a typo in a key is an error at the
 * edge, not a silently ignored setting.
 */

/**
 * A prompt every 30 minutes (solomon-2018: interrupt sitting "every 30-min"; hedge-cornell: every
 * 20-30 min; dunstan-2012 used 20). 15-90 lets people adjust without turning it into a nag or an
 * hourly prompt, which gave no glucose benefit (Diaz 2023, research §4).
 */
export const BREAK_INTERVAL_MINUTES = { default: 30, min: 15, max: 90 } as const;

/** Two minutes of light walking (dunstan-2012); up to 10 for people who like longer walks. */
export const BREAK_LENGTH_MINUTES = { default: 2, min: 1, max: 10 } as const;

/**
 * Buckley 2015 (buckley-2015): start at 2 h a day of standing and light activity during working
 * hours, progress to 4 h.
 */
export const STANDING_TARGET_MINUTES = { start: 120, goal: 240, min: 30, max: 240 } as const;

/** Canadian 24-hour guidelines (csep-2020): sedentary time of 8 hours a day or less. */
export const SEDENTARY_BUDGET_MINUTES = { default: 480, min: 60, max: 960 } as const;

export const weekdaySchema = z.enum(WEEKDAYS);

/** A local wall-clock time, "HH:MM" on a 24-hour clock. */
export const localTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'a 24-hour time like "09:00"' });

/** Minutes since local midnight of an "HH:MM" time that passed `localTimeSchema`. */
export function minuteOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * Working hours: the same local range on each chosen day, in the person's IANA zone. BreakTimer
 * ships Monday to Friday, 09:00-18:00, on by default (research §1); we default to 09:00-17:00.
 * A range ends on the day it starts: night shifts across midnight are not supported yet.
 */
export const workingHoursSchema = z
  .strictObject({
    timeZone: timeZoneSchema,
    days: z
      .array(weekdaySchema)
      .min(1)
      .max(7)
      .refine((days) => new Set(days).size === days.length, { message: 'each day once' })
      .default(['monday', 'tuesday', 'wednesday', 'thursday', 'friday']),
    start: localTimeSchema.default('09:00'),
    end: localTimeSchema.default('17:00'),
  })
  .refine((h) => minuteOfDay(h.start) < minuteOfDay(h.end), {
    message: 'working hours end after they start, on the same day',
    path: ['end'],
  });
export type WorkingHours = z.output<typeof workingHoursSchema>;

/**
 * Meeting mode postpones a due break until the meeting ends, and never cancels it (a meeting is
 * not an absence: research §2.1, eyebreak #102). `autoDetect` lets shells switch it on from
 * signals such as camera or microphone use (opt-in). `maxMinutes` ends a forgotten meeting mode
 * so it cannot silence the reminder for the rest of the day.
 */
export const meetingModeSchema = z.strictObject({
  autoDetect: z.boolean().default(false),
  maxMinutes: z.number().int().min(15).max(600).default(240),
});

/**
 * Snooze 5 minutes, at most 2 in a row (Safe Eyes' limit of 2 consecutive skips or postpones,
 * research §1 and §5.9); after that the reminder offers only take or skip.
 */
export const snoozeSchema = z.strictObject({
  minutes: z.number().int().min(1).max(30).default(5),
  maxInARow: z.number().int().min(0).max(5).default(2),
});

export const breakSettingsSchema = z.strictObject({
  intervalMinutes: z
    .number()
    .int()
    .min(BREAK_INTERVAL_MINUTES.min)
    .max(BREAK_INTERVAL_MINUTES.max)
    .default(BREAK_INTERVAL_MINUTES.default),
  breakMinutes: z
    .number()
    .int()
    .min(BREAK_LENGTH_MINUTES.min)
    .max(BREAK_LENGTH_MINUTES.max)
    .default(BREAK_LENGTH_MINUTES.default),
  workingHours: workingHoursSchema,
  snooze: snoozeSchema.prefault({}),
  meetingMode: meetingModeSchema.prefault({}),
  standingTargetMinutes: z
    .number()
    .int()
    .min(STANDING_TARGET_MINUTES.min)
    .max(STANDING_TARGET_MINUTES.max)
    .default(STANDING_TARGET_MINUTES.start),
  sedentaryBudgetMinutes: z
    .number()
    .int()
    .min(SEDENTARY_BUDGET_MINUTES.min)
    .max(SEDENTARY_BUDGET_MINUTES.max)
    .default(SEDENTARY_BUDGET_MINUTES.default),
});

/** Parsed settings, with every default filled in. */
export type BreakSettings = z.output<typeof breakSettingsSchema>;
/** What a client may send: everything but the time zone has a default. */
export type BreakSettingsInput = z.input<typeof breakSettingsSchema>;

/** The defaults for a person in `timeZone` (throws only for a zone the schema refuses). */
export function defaultBreakSettings(timeZone: string): BreakSettings {
  return breakSettingsSchema.parse({ workingHours: { timeZone } });
}
