import type { Dose, DoseRange, Exercise } from '@psoas/core';
import { formatDuration, plural } from './text.ts';

/**
 * Doses in words. The summary is the one-line prescription a person follows ("3 × 30 s hold per
 * side"); the rows show each number with the range a plan may move it within.
 */

/** One line: sets, reps and holds as a coach would say them, with "per side" where it applies. */
export function summariseDose(exercise: Pick<Exercise, 'dose' | 'laterality'>): string {
  const { holdSeconds, reps, sets } = exercise.dose;
  const perSide = exercise.laterality === 'per-side' ? ' per side' : '';
  const setCount = sets.default;
  if (reps !== null && holdSeconds !== null) {
    const hold = `${formatDuration(holdSeconds.default)} hold`;
    // One set of held reps reads as "3 × 30 s hold"; several sets of short holds as reps.
    return setCount === 1
      ? `${reps.default} × ${hold}${perSide}`
      : `${setCount} × ${reps.default} reps${perSide}, ${hold} each`;
  }
  if (reps !== null) {
    const repsText = `${reps.default} reps${perSide}`;
    return setCount === 1 ? repsText : `${setCount} × ${repsText}`;
  }
  if (holdSeconds !== null) {
    const duration = formatDuration(holdSeconds.default);
    return setCount === 1 ? `${duration}${perSide}` : `${setCount} × ${duration}${perSide}`;
  }
  return `${plural(setCount, 'set')}${perSide}`;
}

function rangeText(range: DoseRange, unit: (n: number) => string): string {
  const value = unit(range.default);
  return range.min === range.max ? value : `${value} (range ${unit(range.min)}–${unit(range.max)})`;
}

const count = (n: number): string => String(n);

/** Label and value rows for the detail view, skipping what does not apply to this exercise. */
export function doseRows(
  dose: Dose,
  laterality: Exercise['laterality'],
): readonly (readonly [string, string])[] {
  const perSide = laterality === 'per-side' ? ' per side' : '';
  const rows: [string, string][] = [];
  if (dose.holdSeconds !== null) rows.push(['Hold', rangeText(dose.holdSeconds, formatDuration)]);
  if (dose.reps !== null) rows.push(['Reps', `${rangeText(dose.reps, count)}${perSide}`]);
  rows.push(['Sets', rangeText(dose.sets, count)]);
  rows.push([
    'Rest',
    dose.restSeconds.max === 0 ? 'none' : rangeText(dose.restSeconds, formatDuration),
  ]);
  rows.push(['Days a week', rangeText(dose.daysPerWeek, count)]);
  return rows;
}
