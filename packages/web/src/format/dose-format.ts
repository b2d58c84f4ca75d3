import type { Dose, DoseRange, Exercise } from '@psoas/core';

/** "30 s", "2 min", "1 min 30 s": holds read best in the unit a person would say aloud. */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** "15–60" or, when the range is a single value, just that value. */
export function formatRange(range: DoseRange, format: (value: number) => string = String): string {
  return range.min === range.max ? format(range.min) : `${format(range.min)}–${format(range.max)}`;
}

/**
 * One line a person can follow without reading the detail, such as "3 × 30 s hold per side"
 * or "2 × 10 reps, 2 s hold". A stretch with one set repeats its hold, so its reps are holds;
 * a strength drill pauses briefly at the top of every rep, so its hold belongs to each rep.
 */
export function formatDoseSummary(exercise: Pick<Exercise, 'dose' | 'laterality'>): string {
  const { holdSeconds, reps, sets } = exercise.dose;
  const side = exercise.laterality === 'per-side' ? ' per side' : '';
  if (holdSeconds && reps) {
    if (sets.default === 1) {
      const count = reps.default > 1 ? `${reps.default} × ` : '';
      return `${count}${formatSeconds(holdSeconds.default)} hold${side}`;
    }
    return `${sets.default} × ${reps.default} reps${side}, ${formatSeconds(holdSeconds.default)} hold`;
  }
  if (holdSeconds) {
    const count = sets.default > 1 ? `${sets.default} × ` : '';
    return `${count}${formatSeconds(holdSeconds.default)}${side}`;
  }
  if (reps) return `${sets.default} × ${reps.default} reps${side}`;
  return 'Dose set by your practitioner';
}

/** "5 days a week", or "1 day a week". */
export function formatDaysPerWeek(days: number): string {
  return days === 1 ? '1 day a week' : `${days} days a week`;
}

export type DoseRow = {
  readonly key: 'holdSeconds' | 'reps' | 'sets' | 'restSeconds' | 'sessionsPerDay' | 'daysPerWeek';
  readonly label: string;
  readonly value: string;
  readonly allowed: string;
  /** Why this number, and the evidence keys it rests on. */
  readonly why: string;
  readonly evidence: readonly string[];
};

/**
 * The dose as rows of "what, default, allowed range", skipping the parts an exercise does
 * not use (a pure hold has no reps). A plan may move each number only within its range.
 */
export function describeDose(dose: Dose): DoseRow[] {
  const rows: DoseRow[] = [];
  const add = (
    key: DoseRow['key'],
    label: string,
    range: DoseRange | null,
    format: (value: number) => string = String,
  ): void => {
    if (!range) return;
    rows.push({
      key,
      label,
      value: format(range.default),
      allowed: formatRange(range, format),
      why: range.why,
      evidence: range.evidence,
    });
  };
  add('holdSeconds', 'Hold', dose.holdSeconds, formatSeconds);
  add('reps', 'Repetitions', dose.reps);
  add('sets', 'Sets', dose.sets);
  add('restSeconds', 'Rest between', dose.restSeconds, formatSeconds);
  add('sessionsPerDay', 'Sessions a day', dose.sessionsPerDay);
  add('daysPerWeek', 'Days a week', dose.daysPerWeek);
  return rows;
}
