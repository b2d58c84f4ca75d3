import type { BreakSettings } from '@psoas/core';

/**
 * Which standing target and sedentary budget a day of the statistics is judged by. The person
 * may raise the target week by week (the Breaks page suggests it, Buckley 2015); judging last
 * month against today's target would turn days that met their target then into misses.
 */

export type BreakTargets = {
  readonly standingTargetMinutes: number;
  readonly sedentaryBudgetMinutes: number;
};

/** One row of break_targets: the targets from `effectiveAt` (epoch ms) until the next change. */
export type BreakTargetChange = BreakTargets & { readonly effectiveAt: number };

export const targetsOf = (settings: BreakSettings): BreakTargets => ({
  standingTargetMinutes: settings.standingTargetMinutes,
  sedentaryBudgetMinutes: settings.sedentaryBudgetMinutes,
});

const targetsOfChange = (change: BreakTargetChange): BreakTargets => ({
  standingTargetMinutes: change.standingTargetMinutes,
  sedentaryBudgetMinutes: change.sedentaryBudgetMinutes,
});

export const sameTargets = (a: BreakTargets, b: BreakTargets): boolean =>
  a.standingTargetMinutes === b.standingTargetMinutes &&
  a.sedentaryBudgetMinutes === b.sedentaryBudgetMinutes;

/**
 * The targets in effect at the end of a day (`dayEnd`, exclusive): the latest change before it,
 * so a target changed at 15:00 already counts for that day, as the person saw it that evening.
 * Days before the first known change get that first change: nothing older is known (settings
 * stored before the history began were recorded once, as of their last change). Without any
 * change at all, `current` (the settings as they are, or their defaults).
 *
 * `changes` must be in the order they took effect (effective_at, then seq).
 */
export function targetsAtEndOf(
  dayEnd: number,
  changes: readonly BreakTargetChange[],
  current: BreakTargets,
): BreakTargets {
  let found: BreakTargetChange | undefined;
  for (const change of changes) {
    if (change.effectiveAt >= dayEnd) break;
    found = change;
  }
  const chosen = found ?? changes[0];
  return chosen ? targetsOfChange(chosen) : current;
}
