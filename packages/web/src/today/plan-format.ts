import type { PlanDay, PlanItem, Weekday } from '@psoas/core';
import { formatSeconds } from '../format/dose-format.ts';

/** Plain-words formatting of the plan for the Today page. */

/**
 * "45 s", "6 min 40 s": one exercise's estimate, rounded up to 5 s so the parts never add up
 * to less than they take.
 */
export function formatEstimate(seconds: number): string {
  return formatSeconds(Math.ceil(Math.max(0, seconds) / 5) * 5);
}

/** "10 min": a whole session, rounded up to whole minutes. */
export function formatSessionMinutes(seconds: number): string {
  return `${Math.ceil(Math.max(0, seconds) / 60)} min`;
}

/**
 * "About 9 of your 10 minutes": the session's estimate against the time the person chose.
 * Rounded up, so it never reads as fitting when it does not.
 */
export function formatBudget(estimatedSeconds: number, budgetSeconds: number): string {
  const used = Math.ceil(estimatedSeconds / 60);
  const budget = Math.round(budgetSeconds / 60);
  return `About ${used} of your ${budget} minutes`;
}

/**
 * The dose in one line: "2 × 30 s hold, each side, one extra on the left" or "2 × 10 reps".
 * A stretch with holds and reps repeats the hold; a strength drill's hold is a pause per rep.
 */
export function formatItemDose(item: PlanItem): string {
  const { holdSeconds, reps, sets } = item;
  let core: string;
  if (holdSeconds !== null && reps !== null) {
    core =
      item.phase === 'release' || item.phase === 'stretch'
        ? `${sets > 1 ? `${sets} sets of ` : ''}${reps} × ${formatSeconds(holdSeconds)} hold`
        : `${sets} × ${reps} reps, ${formatSeconds(holdSeconds)} hold at the top`;
  } else if (holdSeconds !== null) {
    core = `${sets > 1 ? `${sets} × ` : ''}${formatSeconds(holdSeconds)} hold`;
  } else if (reps !== null) {
    core = `${sets} × ${reps} reps`;
  } else {
    core = sets > 1 ? `${sets} sets` : 'Once';
  }
  const sides = item.laterality === 'per-side' ? ', each side' : '';
  const extra = item.extraSetSide ? `, one extra set on the ${item.extraSetSide}` : '';
  return `${core}${sides}${extra}`;
}

const WEEKDAY_SHORT: Readonly<Record<Weekday, string>> = {
  sunday: 'Sun',
  monday: 'Mon',
  tuesday: 'Tue',
  wednesday: 'Wed',
  thursday: 'Thu',
  friday: 'Fri',
  saturday: 'Sat',
};

const WEEKDAY_LONG: Readonly<Record<Weekday, string>> = {
  sunday: 'Sunday',
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
};

export function weekdayShort(weekday: Weekday): string {
  return WEEKDAY_SHORT[weekday];
}

export function weekdayLong(weekday: Weekday): string {
  return WEEKDAY_LONG[weekday];
}

/** "12 Mar" from "2025-03-12", without the browser's time zone shifting the day. */
export function formatDayOfMonth(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

export type DaySummary = {
  /** "Stretch and strengthen", "Stretch", or "Rest" */
  readonly focus: string;
  readonly minutes: string;
  readonly exerciseCount: number;
};

/** What a day holds, in a few words, for the week strip. */
export function summariseDay(day: PlanDay): DaySummary {
  const main = day.sessions.find((session) => session.kind === 'main');
  const items = main?.items ?? [];
  if (items.length === 0) return { focus: 'Rest', minutes: '', exerciseCount: 0 };
  const stretches = items.some((item) => item.phase === 'release' || item.phase === 'stretch');
  const strength = items.some((item) => item.phase === 'activate' || item.phase === 'strengthen');
  const focus =
    stretches && strength ? 'Stretch and strengthen' : strength ? 'Strengthen' : 'Stretch';
  return {
    focus,
    minutes: formatSessionMinutes(main?.estimatedSeconds ?? 0),
    exerciseCount: items.length,
  };
}
