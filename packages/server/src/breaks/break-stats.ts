import {
  BREAK_STATS_DEFAULT_DAYS,
  BREAK_STATS_MAX_DAYS,
  localDay,
  localTimeOf,
  summariseDay,
  summariseWeek,
  type BreakLogEntry,
  type BreakSettings,
  type BreakStatsResponse,
  type DailyBreakStats,
  type Instant,
} from '@psoas/core';
import { targetsAtEndOf, targetsOf, type BreakTargetChange } from './break-targets.ts';

/**
 * The statistics of `GET /api/breaks/stats`: each local day of a range summarised from the
 * break log (core's summariseDay), and runs of seven days (summariseWeek). Each day is judged by
 * the targets it had (break-targets.ts); the answer's own standingTargetMinutes is the current
 * one, the target the person is working towards now.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * No log entry spans more than a day: sitting stretches and absences are closed at the end of
 * each working period. Entries are filed by their start, so reading from a day before the
 * range catches those that began earlier and reach into it.
 */
export const LOG_LOOKBACK_MS = DAY_MS;

export type DateRange = { readonly from: string; readonly to: string };

export type RangeProblem = { readonly field: 'from' | 'to'; readonly message: string };

const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The dates from `from` to `to`, both included. */
export function datesOf(range: DateRange): string[] {
  const first = dayNumber(range.from);
  const last = dayNumber(range.to);
  return Array.from({ length: last - first + 1 }, (_, i) => dateOf(first + i));
}

/**
 * The range asked for, with the defaults filled in: `to` is today in the person's zone, `from`
 * the 28 days up to `to` (the Breaks page's 4-week chart). Refused when backwards or too long.
 */
export function resolveRange(
  query: { readonly from?: string | undefined; readonly to?: string | undefined },
  now: number,
  timeZone: string,
): DateRange | RangeProblem {
  const to = query.to ?? localTimeOf(now as Instant, timeZone).date;
  const from = query.from ?? dateOf(dayNumber(to) - (BREAK_STATS_DEFAULT_DAYS - 1));
  const days = dayNumber(to) - dayNumber(from) + 1;
  if (days < 1) return { field: 'from', message: `must be on or before "to" (${to})` };
  if (days > BREAK_STATS_MAX_DAYS) {
    return {
      field: 'from',
      message: `at most ${BREAK_STATS_MAX_DAYS} days, from ${from} to ${to}`,
    };
  }
  return { from, to };
}

/** The instants the range covers: from the start of its first day to the end of its last. */
export function rangeWindow(range: DateRange, timeZone: string): { from: Date; to: Date } {
  return {
    from: new Date(localDay(range.from, timeZone).start),
    to: new Date(localDay(range.to, timeZone).end),
  };
}

/** The instants the range covers, widened back so entries reaching into it are read. */
export function logWindow(range: DateRange, timeZone: string): { from: Date; to: Date } {
  const { from, to } = rangeWindow(range, timeZone);
  return { from: new Date(from.getTime() - LOG_LOOKBACK_MS), to };
}

function overlaps(entry: BreakLogEntry, start: number, end: number): boolean {
  if ('from' in entry) return entry.from < end && entry.to >= start;
  return entry.at >= start && entry.at < end;
}

/**
 * Each day's and each week's statistics from the log entries read for `range`, each day with
 * the targets in effect at its end among `changes` (in the order they took effect).
 */
export function summariseRange(
  range: DateRange,
  entries: readonly BreakLogEntry[],
  settings: BreakSettings,
  changes: readonly BreakTargetChange[],
): BreakStatsResponse {
  const timeZone = settings.workingHours.timeZone;
  const current = targetsOf(settings);
  const days: DailyBreakStats[] = datesOf(range).map((date) => {
    const { start, end } = localDay(date, timeZone);
    return summariseDay({
      entries: entries.filter((e) => overlaps(e, start, end)),
      date,
      timeZone,
      ...targetsAtEndOf(end, changes, current),
    });
  });
  // Runs of 7 counted back from the last day, so the last run is always "the last 7 days".
  const weeks: BreakStatsResponse['weeks'][number][] = [];
  for (let end = days.length; end > 0; end -= 7) {
    const run = days.slice(Math.max(0, end - 7), end);
    const first = run[0];
    const last = run.at(-1);
    if (!first || !last) continue;
    weeks.unshift({ from: first.date, to: last.date, ...summariseWeek(run) });
  }
  const lastWeek = weeks.at(-1);
  return {
    from: range.from,
    to: range.to,
    timeZone,
    days,
    weeks,
    standingTargetMinutes: settings.standingTargetMinutes,
    suggestedStandingTargetMinutes:
      lastWeek?.suggestedStandingTargetMinutes ?? settings.standingTargetMinutes,
  };
}
