import { EXERCISES, type DoseRange, type Exercise } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import {
  describeDose,
  formatDaysPerWeek,
  formatDoseSummary,
  formatRange,
  formatSeconds,
} from './dose-format.ts';

const range = (value: number, min = value, max = value): DoseRange => ({
  default: value,
  min,
  max,
  why: 'test',
  evidence: ['bandy-1997'],
});

function catalogueExercise(id: string): Exercise {
  const found = EXERCISES.find((exercise) => exercise.id === id);
  if (!found) throw new Error(`fixture ${id} is missing from the catalogue`);
  return found;
}

describe('formatSeconds', () => {
  it.each([
    [0, '0 s'],
    [30, '30 s'],
    [59, '59 s'],
    [60, '1 min'],
    [90, '1 min 30 s'],
    [120, '2 min'],
    [300, '5 min'],
  ])('formats %i seconds as %s', (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text);
  });
});

describe('formatRange', () => {
  it('joins min and max with an en dash', () => {
    expect(formatRange(range(30, 15, 60))).toBe('15–60');
  });

  it('shows a fixed value once', () => {
    expect(formatRange(range(1))).toBe('1');
  });

  it('formats both ends with the given unit', () => {
    expect(formatRange(range(60, 30, 120), formatSeconds)).toBe('30 s–2 min');
  });
});

describe('formatDoseSummary', () => {
  const base = {
    holdSeconds: null,
    reps: null,
    sets: range(1),
    restSeconds: range(0),
    sessionsPerDay: range(1),
    daysPerWeek: range(5),
    why: 'test',
  };

  it.each<[string, Pick<Exercise, 'dose' | 'laterality'>, string]>([
    [
      'repeated holds per side',
      { laterality: 'per-side', dose: { ...base, holdSeconds: range(30), reps: range(3) } },
      '3 × 30 s hold per side',
    ],
    [
      'a single hold',
      { laterality: 'per-side', dose: { ...base, holdSeconds: range(30), reps: range(1) } },
      '30 s hold per side',
    ],
    [
      'sets of reps with a short hold',
      {
        laterality: 'both-sides',
        dose: { ...base, holdSeconds: range(2), reps: range(10), sets: range(2) },
      },
      '2 × 10 reps, 2 s hold',
    ],
    [
      'timed sets without reps',
      { laterality: 'per-side', dose: { ...base, holdSeconds: range(60), sets: range(2) } },
      '2 × 1 min per side',
    ],
    [
      'one timed bout',
      { laterality: 'both-sides', dose: { ...base, holdSeconds: range(120) } },
      '2 min',
    ],
    [
      'plain reps',
      { laterality: 'both-sides', dose: { ...base, reps: range(12), sets: range(3) } },
      '3 × 12 reps',
    ],
    ['no numbers at all', { laterality: 'per-side', dose: base }, 'Dose set by your practitioner'],
  ])('summarises %s', (_case, exercise, text) => {
    expect(formatDoseSummary(exercise)).toBe(text);
  });

  it('summarises the core psoas stretch as the brief describes it', () => {
    expect(formatDoseSummary(catalogueExercise('kneeling-hip-flexor-stretch'))).toBe(
      '3 × 30 s hold per side',
    );
  });

  it('gives every catalogue exercise a summary', () => {
    for (const exercise of EXERCISES) {
      expect(formatDoseSummary(exercise)).not.toBe('');
    }
  });
});

describe('formatDaysPerWeek', () => {
  it('uses the singular for one day', () => {
    expect(formatDaysPerWeek(1)).toBe('1 day a week');
    expect(formatDaysPerWeek(5)).toBe('5 days a week');
  });
});

describe('describeDose', () => {
  it('lists the used parts of a dose with default and allowed range', () => {
    const rows = describeDose(catalogueExercise('kneeling-hip-flexor-stretch').dose);
    expect(rows.map((row) => row.key)).toEqual([
      'holdSeconds',
      'reps',
      'sets',
      'restSeconds',
      'sessionsPerDay',
      'daysPerWeek',
    ]);
    expect(rows.slice(0, 2).map((row) => [row.value, row.allowed])).toEqual([
      ['30 s', '15 s–1 min'],
      ['3', '2–4'],
    ]);
    for (const row of rows) {
      expect(row.why).not.toBe('');
      expect(row.evidence.length).toBeGreaterThan(0);
    }
  });

  it('skips the reps of a pure hold and the hold of plain reps', () => {
    const keys = describeDose(catalogueExercise('walking-break').dose).map((row) => row.key);
    expect(keys).not.toContain('reps');
    expect(keys).toContain('holdSeconds');
  });
});
