import { assertNever } from '../result.ts';
import type { Exercise } from '../catalogue/exercise.schema.ts';
import { estimateSeconds, type TimedDose } from './estimate.ts';

/**
 * Fitting a day's exercises into the time budget, and spreading exercises over the week.
 * Internal to the plan module.
 */

export type Draft = {
  readonly exercise: Exercise;
  readonly dose: TimedDose;
};

/**
 * Versions of a dose from the starting one down to the smallest the catalogue allows, one step
 * at a time: fewer sets first, then fewer reps, then shorter holds (30 s holds are the ones
 * with evidence, Bandy 1997, so they go last).
 */
export function shrinkSteps(exercise: Exercise, start: TimedDose): TimedDose[] {
  const { dose } = exercise;
  const steps: TimedDose[] = [start];
  let current = start;
  const push = (next: TimedDose) => {
    steps.push(next);
    current = next;
  };
  while (current.sets > Math.max(1, dose.sets.min)) push({ ...current, sets: current.sets - 1 });
  while (dose.reps && current.reps !== null && current.reps > dose.reps.min) {
    push({ ...current, reps: current.reps - 1 });
  }
  while (
    dose.holdSeconds &&
    current.holdSeconds !== null &&
    current.holdSeconds > dose.holdSeconds.min
  ) {
    push({ ...current, holdSeconds: Math.max(dose.holdSeconds.min, current.holdSeconds - 5) });
  }
  return steps;
}

/**
 * Greedy fit: drafts are offered in priority order (most important first); each goes in at the
 * largest version that still fits the time left, or not at all. So the most important exercise
 * keeps its full dose, and the budget is never exceeded.
 */
export function fitToBudget<T extends Draft>(drafts: readonly T[], budgetSeconds: number): T[] {
  const chosen: T[] = [];
  let left = budgetSeconds;
  for (const draft of drafts) {
    const fitting = shrinkSteps(draft.exercise, draft.dose).find((d) => estimateSeconds(d) <= left);
    if (fitting) {
      chosen.push({ ...draft, dose: fitting });
      left -= estimateSeconds(fitting);
    }
  }
  return chosen;
}

/**
 * Day offsets (0-6) for `count` days in a week, spread as evenly as possible and starting
 * today. For 2 or 3 days the days are never consecutive, across the week boundary included:
 * 2 -> [0, 3], 3 -> [0, 2, 4], 5 -> [0, 1, 2, 4, 5].
 */
export function spreadDays(count: number): number[] {
  const n = Math.max(0, Math.min(7, Math.round(count)));
  return [0, 1, 2, 3, 4, 5, 6].filter((i) => Math.ceil(((i + 1) * n) / 7) > Math.ceil((i * n) / 7));
}

/** Stretches on at least 5 days a week (Thomas 2018, Bandy 1994). */
export const MIN_STRETCH_DAYS = 5;
/** Strengthening 2-3 days a week (ACSM 2009, Canadian 24-h guidelines). */
export const STRENGTH_DAYS = { min: 2, max: 3 } as const;

/** How many days a week an exercise is scheduled. */
export function daysPerWeek(exercise: Exercise): number {
  const { daysPerWeek } = exercise.dose;
  switch (exercise.phase) {
    case 'stretch':
      return Math.min(7, Math.max(MIN_STRETCH_DAYS, daysPerWeek.default));
    case 'activate':
    case 'strengthen':
      return Math.min(STRENGTH_DAYS.max, Math.max(STRENGTH_DAYS.min, daysPerWeek.default));
    case 'release':
    case 'habit':
    case 'traction':
      return Math.min(7, Math.max(1, daysPerWeek.default));
    default:
      return assertNever(exercise.phase);
  }
}
