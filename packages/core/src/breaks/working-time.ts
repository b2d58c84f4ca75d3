import { addDays, weekdayOf, type IsoDate, type Weekday } from '../plan/dates.ts';
import { minuteOfDay, type WorkingHours } from './break-settings.schema.ts';
import { MINUTE_MS, type Instant } from '../time/instant.ts';

/**
 * Time-zone arithmetic for working hours, with nothing but `Intl.DateTimeFormat` (part of the
 * language, not I/O). Working hours are wall-clock times in the person's IANA zone, so the UTC
 * instants they map to move twice a year: a "09:00" start is 08:00 UTC in Berlin in winter and
 * 07:00 UTC in summer. We never add "24 hours" to get tomorrow; we step local calendar dates and
 * convert each wall-clock time on its own date.
 *
 * Wall-clock times that do not exist (the hour skipped when clocks go forward) map to the
 * instant after the gap (02:30 on the spring-forward night in Berlin is 03:30 CEST); times that
 * happen twice (the hour repeated in autumn) map to the first. That is Temporal's "compatible"
 * rule, and what a person expects from an alarm clock.
 */

/** A working period as absolute instants: `start` inclusive, `end` exclusive. */
export type WorkingPeriod = { readonly start: Instant; readonly end: Instant };

/** A wall-clock reading in a zone. */
export type LocalTime = {
  readonly date: IsoDate;
  readonly weekday: Weekday;
  /** Minutes since local midnight, 0-1439. */
  readonly minuteOfDay: number;
};

const WEEKDAY_BY_SHORT: Readonly<Record<string, Weekday>> = {
  Sun: 'sunday',
  Mon: 'monday',
  Tue: 'tuesday',
  Wed: 'wednesday',
  Thu: 'thursday',
  Fri: 'friday',
  Sat: 'saturday',
};

// Building a DateTimeFormat is expensive (tens of microseconds) and its result depends only on
// the zone, so one per zone is kept. A memo of a pure function: no observable state.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

type Fields = { y: number; mo: number; d: number; h: number; mi: number; s: number; wd: string };

function fieldsAt(at: number, timeZone: string): Fields {
  const f: Fields = { y: 0, mo: 0, d: 0, h: 0, mi: 0, s: 0, wd: '' };
  for (const { type, value } of formatterFor(timeZone).formatToParts(at)) {
    if (type === 'weekday') f.wd = value;
    else if (type === 'year') f.y = Number(value);
    else if (type === 'month') f.mo = Number(value);
    else if (type === 'day') f.d = Number(value);
    else if (type === 'hour') f.h = Number(value);
    else if (type === 'minute') f.mi = Number(value);
    else if (type === 'second') f.s = Number(value);
  }
  return f;
}

/** The zone's offset from UTC at an instant, in milliseconds (Berlin in summer: +7,200,000). */
export function zoneOffsetMs(at: number, timeZone: string): number {
  const f = fieldsAt(at, timeZone);
  const wall = Date.UTC(f.y, f.mo - 1, f.d, f.h, f.mi, f.s);
  // The formatter drops milliseconds; compare whole seconds.
  return wall - (at - (((at % 1000) + 1000) % 1000));
}

/** The wall-clock date, weekday and minute of an instant in a zone. */
export function localTimeOf(at: Instant, timeZone: string): LocalTime {
  const f = fieldsAt(at, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${String(f.y).padStart(4, '0')}-${pad(f.mo)}-${pad(f.d)}`,
    weekday: WEEKDAY_BY_SHORT[f.wd] ?? 'sunday',
    minuteOfDay: f.h * 60 + f.mi,
  };
}

/** Milliseconds of the wall-clock reading "date at minute" as if the zone were UTC. */
function wallMs(date: IsoDate, minute: number): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) + minute * MINUTE_MS;
}

/**
 * The instant at which the wall clock in `timeZone` reads `minute` minutes past midnight on
 * `date`. DST-safe: see the module comment for skipped and repeated times.
 */
export function instantAtLocal(date: IsoDate, minute: number, timeZone: string): Instant {
  const wall = wallMs(date, minute);
  // Offsets a day either side bracket any single transition near this wall time.
  const before = zoneOffsetMs(wall - 86_400_000, timeZone);
  const after = zoneOffsetMs(wall + 86_400_000, timeZone);
  const candidates = [wall - before, wall - after].filter(
    (t) => zoneOffsetMs(t, timeZone) === wall - t,
  );
  if (candidates.length > 0) return Math.min(...candidates) as Instant;
  // A skipped wall time: the old offset lands after the gap, by the length of the gap.
  return Math.max(wall - before, wall - after) as Instant;
}

/** The working period on a local date, or null when the date is not a working day. */
export function workingPeriodOn(date: IsoDate, hours: WorkingHours): WorkingPeriod | null {
  if (!hours.days.includes(weekdayOf(date))) return null;
  const start = instantAtLocal(date, minuteOfDay(hours.start), hours.timeZone);
  const end = instantAtLocal(date, minuteOfDay(hours.end), hours.timeZone);
  return end > start ? { start, end } : null;
}

/**
 * The working period that contains `at`, or else the next one to start; null only when no day
 * of the week is a working day. Looks eight local dates ahead, enough for any weekly pattern.
 */
export function workingPeriodFrom(at: Instant, hours: WorkingHours): WorkingPeriod | null {
  const today = localTimeOf(at, hours.timeZone).date;
  for (let day = 0; day <= 8; day += 1) {
    const period = workingPeriodOn(addDays(today, day), hours);
    if (period && period.end > at) return period;
  }
  return null;
}

/** True when `at` falls inside working hours in the person's zone. */
export function isWorkingTime(at: Instant, hours: WorkingHours): boolean {
  const period = workingPeriodFrom(at, hours);
  return period !== null && period.start <= at;
}

/** The start of the first working period that begins strictly after `at`. */
export function nextWorkingStart(at: Instant, hours: WorkingHours): Instant | null {
  const today = localTimeOf(at, hours.timeZone).date;
  for (let day = 0; day <= 8; day += 1) {
    const period = workingPeriodOn(addDays(today, day), hours);
    if (period && period.start > at) return period.start;
  }
  return null;
}

/** The local day containing `at` as instants: 23 or 25 hours long on DST change days. */
export function localDayOf(at: Instant, timeZone: string): WorkingPeriod & { date: IsoDate } {
  const date = localTimeOf(at, timeZone).date;
  return {
    date,
    start: instantAtLocal(date, 0, timeZone),
    end: instantAtLocal(addDays(date, 1), 0, timeZone),
  };
}

/** The local day of a date, as instants. */
export function localDay(date: IsoDate, timeZone: string): WorkingPeriod {
  return {
    start: instantAtLocal(date, 0, timeZone),
    end: instantAtLocal(addDays(date, 1), 0, timeZone),
  };
}
