import {
  doseNumbers,
  type Dose,
  type DoseRange,
  type EvidenceRef,
  type Exercise,
} from '@psoas/core';
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

/** How often in a day, as people say it: "once a day", "twice a day", "3 times a day". */
export function timesADay(count: number): string {
  if (count === 1) return 'once a day';
  if (count === 2) return 'twice a day';
  return `${count} times a day`;
}

type DoseNumberName = ReturnType<typeof doseNumbers>[number]['name'];

/** The name of each dose number in the dose table and in the "why these numbers" list. */
export const DOSE_LABELS: Readonly<Record<DoseNumberName, string>> = {
  holdSeconds: 'Hold',
  reps: 'Reps',
  sets: 'Sets',
  restSeconds: 'Rest',
  sessionsPerDay: 'Sessions a day',
  daysPerWeek: 'Days a week',
};

function rangeText(range: DoseRange, unit: (n: number) => string): string {
  const value = unit(range.default);
  return range.min === range.max ? value : `${value} (range ${unit(range.min)}–${unit(range.max)})`;
}

const count = (n: number): string => String(n);

function valueText(name: DoseNumberName, range: DoseRange, perSide: string): string {
  switch (name) {
    case 'holdSeconds':
      return rangeText(range, formatDuration);
    case 'reps':
      return `${rangeText(range, count)}${perSide}`;
    case 'restSeconds':
      return range.max === 0 ? 'none' : rangeText(range, formatDuration);
    case 'sets':
    case 'sessionsPerDay':
    case 'daysPerWeek':
      return rangeText(range, count);
  }
}

/** Label and value rows for the detail view, skipping what does not apply to this exercise. */
export function doseRows(
  dose: Dose,
  laterality: Exercise['laterality'],
): readonly (readonly [string, string])[] {
  const perSide = laterality === 'per-side' ? ' per side' : '';
  return doseNumbers(dose).map(({ name, range }) => [
    DOSE_LABELS[name],
    valueText(name, range, perSide),
  ]);
}

/**
 * "[1] [3]": where a number's evidence sits in the references list, so the markers match the
 * numbered References section. Keys the register does not know are left out, as the server
 * leaves them out of the references.
 */
export function referenceMarkers(
  evidence: readonly string[],
  references: readonly Pick<EvidenceRef, 'id'>[],
): string {
  const positions = evidence
    .map((key) => references.findIndex((ref) => ref.id === key))
    .filter((index) => index >= 0);
  return [...new Set(positions)]
    .sort((a, b) => a - b)
    .map((index) => `[${index + 1}]`)
    .join(' ');
}

/** One line per number of the dose: its label, why it is that number, and its sources. */
export function doseWhyLines(
  dose: Dose,
  references: readonly Pick<EvidenceRef, 'id'>[],
): readonly (readonly [string, string])[] {
  return doseNumbers(dose).map(({ name, range }) => {
    const markers = referenceMarkers(range.evidence, references);
    return [DOSE_LABELS[name], markers === '' ? range.why : `${range.why} ${markers}`];
  });
}
