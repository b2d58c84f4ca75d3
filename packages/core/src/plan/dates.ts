/**
 * Calendar dates as "YYYY-MM-DD" strings, with pure arithmetic on them. A plan is laid out on
 * the person's local calendar days; the shell turns "now" into today's local date.
 */

/** A calendar date, "YYYY-MM-DD". */
export type IsoDate = string;

export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const DAY_MS = 24 * 60 * 60 * 1000;

function parts(date: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function toUtcMs(date: string): number | null {
  const p = parts(date);
  if (!p) return null;
  const [year, month, day] = p;
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2025-02-30 over to March; a real date survives the round trip.
  return new Date(ms).toISOString().slice(0, 10) === date ? ms : null;
}

/** True for a real calendar date written "YYYY-MM-DD". */
export function isIsoDate(date: string): boolean {
  return toUtcMs(date) !== null;
}

/** The date `days` days after `date` (which must be valid). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const ms = toUtcMs(date);
  if (ms === null) throw new Error(`Not a date: ${date}`);
  return new Date(ms + days * DAY_MS).toISOString().slice(0, 10);
}

/** The day of the week of a valid date. */
export function weekdayOf(date: IsoDate): Weekday {
  const ms = toUtcMs(date);
  if (ms === null) throw new Error(`Not a date: ${date}`);
  const weekday = WEEKDAYS[new Date(ms).getUTCDay()];
  if (weekday === undefined) throw new Error(`No weekday for ${date}`);
  return weekday;
}
