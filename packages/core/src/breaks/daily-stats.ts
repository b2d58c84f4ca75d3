import type { IsoDate } from '../plan/dates.ts';
import { STANDING_TARGET_MINUTES } from './break-settings.schema.ts';
import { MINUTE_MS, type Instant } from '../time/instant.ts';
import type { BreakLogEntry } from './scheduler.types.ts';
import { localDay } from './working-time.ts';

/**
 * Honest daily and weekly statistics from the scheduler's log (issue 6, "Breaks page"). Only
 * what was observed counts: standing and light activity are the breaks the person reported
 * (walking, standing, stretching); time away from the device is shown as "away", not credited
 * as movement, because we cannot know whether it was a walk or lunch at another desk. Sitting
 * is sitting at work while the app was running, so it is a floor for the day's sedentary time
 * (the Canadian budget of 8 h, csep-2020, covers the whole day).
 */

export type DailyBreakStats = {
  readonly date: IsoDate;
  readonly sittingMinutes: number;
  readonly longestSittingMinutes: number;
  /** Reminders for new breaks (repeats and snooze ends not counted again). */
  readonly breaksOffered: number;
  readonly breaksTaken: number;
  readonly naturalBreaks: number;
  readonly snoozed: number;
  /** Skipped on purpose, or left unanswered for a whole interval. */
  readonly skipped: number;
  /** Reported breaks: walking, standing and stretching, overlaps counted once. */
  readonly standingMinutes: number;
  readonly walkingMinutes: number;
  readonly awayMinutes: number;
  /** Buckley 2015 (buckley-2015): 2 h a day at first, building to 4 h. */
  readonly standingTargetMinutes: number;
  readonly standingTargetMet: boolean;
  /** Canadian 24-hour guidelines (csep-2020): 8 h or less. */
  readonly sedentaryBudgetMinutes: number;
  readonly sedentaryOverBudgetMinutes: number;
};

export type DayInput = {
  readonly entries: readonly BreakLogEntry[];
  readonly date: IsoDate;
  readonly timeZone: string;
  readonly standingTargetMinutes: number;
  readonly sedentaryBudgetMinutes: number;
};

type Span = readonly [number, number];

function clip(from: number, to: number, day: Span): Span | null {
  const a = Math.max(from, day[0]);
  const b = Math.min(to, day[1]);
  return b > a ? [a, b] : null;
}

/** Merges overlapping spans so nothing is counted twice. */
function union(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = merged.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** `spans` minus `cuts`, both merged: sitting that overlaps a reported break or absence is not sitting. */
function subtract(spans: readonly Span[], cuts: readonly Span[]): Span[] {
  const result: Span[] = [];
  for (const [from, to] of spans) {
    let start = from;
    for (const [a, b] of cuts) {
      if (b <= start || a >= to) continue;
      if (a > start) result.push([start, a]);
      start = Math.max(start, b);
    }
    if (start < to) result.push([start, to]);
  }
  return result;
}

const minutesOf = (spans: readonly Span[]) =>
  spans.reduce((sum, [a, b]) => sum + (b - a), 0) / MINUTE_MS;

/** One local day's statistics (the day is 23 or 25 hours long when the clocks change). */
export function summariseDay(input: DayInput): DailyBreakStats {
  const { start, end } = localDay(input.date, input.timeZone);
  const day: Span = [start, end];
  const inDay = (at: Instant) => at >= start && at < end;
  const sat: Span[] = [];
  const moved: Span[] = [];
  const walked: Span[] = [];
  const away: Span[] = [];
  const counts = { offered: 0, taken: 0, natural: 0, snoozed: 0, skipped: 0 };
  for (const e of input.entries) {
    switch (e.kind) {
      case 'sat':
      case 'natural-break': {
        const span = clip(e.from, e.to, day);
        if (span) (e.kind === 'sat' ? sat : away).push(span);
        if (e.kind === 'natural-break' && inDay(e.to)) counts.natural += 1;
        break;
      }
      case 'break-taken': {
        const span = clip(e.at - e.minutes * MINUTE_MS, e.at, day);
        if (span) (e.breakKind === 'walk' ? walked : moved).push(span);
        if (inDay(e.at)) counts.taken += 1;
        break;
      }
      case 'reminded':
        if (inDay(e.at) && e.reason === 'due') counts.offered += 1;
        break;
      case 'snoozed':
        if (inDay(e.at)) counts.snoozed += 1;
        break;
      case 'skipped':
        if (inDay(e.at)) counts.skipped += 1;
        break;
      default:
        break;
    }
  }
  const movement = union([...moved, ...walked]);
  const absent = union(away);
  // The log is written as things are learnt: an absence reported late may overlap sitting
  // already logged. Each minute counts once, and never as sitting when the person was away.
  const sitting = subtract(union(sat), union([...movement, ...absent]));
  const sittingMinutes = minutesOf(sitting);
  const standingMinutes = minutesOf(movement);
  return {
    date: input.date,
    sittingMinutes,
    longestSittingMinutes: Math.max(0, ...sitting.map(([a, b]) => (b - a) / MINUTE_MS)),
    breaksOffered: counts.offered,
    breaksTaken: counts.taken,
    naturalBreaks: counts.natural,
    snoozed: counts.snoozed,
    skipped: counts.skipped,
    standingMinutes,
    walkingMinutes: minutesOf(union(walked)),
    awayMinutes: minutesOf(subtract(absent, movement)),
    standingTargetMinutes: input.standingTargetMinutes,
    standingTargetMet: standingMinutes >= input.standingTargetMinutes,
    sedentaryBudgetMinutes: input.sedentaryBudgetMinutes,
    sedentaryOverBudgetMinutes: Math.max(0, sittingMinutes - input.sedentaryBudgetMinutes),
  };
}

export type WeeklyBreakStats = {
  readonly days: number;
  readonly sittingMinutes: number;
  readonly averageSittingMinutes: number;
  readonly longestSittingMinutes: number;
  readonly breaksOffered: number;
  readonly breaksTaken: number;
  readonly naturalBreaks: number;
  readonly snoozed: number;
  readonly skipped: number;
  readonly standingMinutes: number;
  readonly averageStandingMinutes: number;
  readonly daysStandingTargetMet: number;
  readonly daysOverSedentaryBudget: number;
  /** The standing target to suggest for next week (see `suggestStandingTarget`). */
  readonly suggestedStandingTargetMinutes: number;
};

/** Days on which the target must be met before we suggest raising it. */
export const TARGET_MET_DAYS_TO_RAISE = 4;
/** How much to raise it by. Buckley 2015 gives the start and the goal, not the step: ours. */
export const TARGET_STEP_MINUTES = 30;

/**
 * Buckley 2015: start at 2 h of standing and light activity, progress to 4 h. When the target
 * was met on 4 or more days of the week, suggest 30 minutes more, up to 4 h; never lower it.
 */
export function suggestStandingTarget(currentMinutes: number, daysTargetMet: number): number {
  if (daysTargetMet < TARGET_MET_DAYS_TO_RAISE) return currentMinutes;
  return Math.min(STANDING_TARGET_MINUTES.goal, currentMinutes + TARGET_STEP_MINUTES);
}

/** Rolls a week (or any run) of daily statistics up; days without sitting do not dilute averages. */
export function summariseWeek(days: readonly DailyBreakStats[]): WeeklyBreakStats {
  const sum = (pick: (d: DailyBreakStats) => number) => days.reduce((s, d) => s + pick(d), 0);
  const active = days.filter((d) => d.sittingMinutes > 0 || d.standingMinutes > 0).length;
  const met = days.filter((d) => d.standingTargetMet).length;
  const target = days.at(-1)?.standingTargetMinutes ?? STANDING_TARGET_MINUTES.start;
  const sittingMinutes = sum((d) => d.sittingMinutes);
  const standingMinutes = sum((d) => d.standingMinutes);
  return {
    days: active,
    sittingMinutes,
    averageSittingMinutes: active > 0 ? sittingMinutes / active : 0,
    longestSittingMinutes: Math.max(0, ...days.map((d) => d.longestSittingMinutes)),
    breaksOffered: sum((d) => d.breaksOffered),
    breaksTaken: sum((d) => d.breaksTaken),
    naturalBreaks: sum((d) => d.naturalBreaks),
    snoozed: sum((d) => d.snoozed),
    skipped: sum((d) => d.skipped),
    standingMinutes,
    averageStandingMinutes: active > 0 ? standingMinutes / active : 0,
    daysStandingTargetMet: met,
    daysOverSedentaryBudget: days.filter((d) => d.sedentaryOverBudgetMinutes > 0).length,
    suggestedStandingTargetMinutes: suggestStandingTarget(target, met),
  };
}
