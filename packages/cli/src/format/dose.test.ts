import type { DoseRange, EvidenceRef, Exercise } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import { anExercise } from '../../test/support/exercises.ts';
import { doseRows, doseWhyLines, referenceMarkers, summariseDose, timesADay } from './dose.ts';

const range = (value: number, min = value, max = value, evidence = ['e1']): DoseRange => ({
  default: value,
  min,
  max,
  why: `why ${value}`,
  evidence,
});

/** A dose built here, so the expected words do not depend on the catalogue's numbers. */
function dosed(
  dose: Partial<Exercise['dose']>,
  laterality: Exercise['laterality'] = 'both-sides',
): Pick<Exercise, 'dose' | 'laterality'> {
  return {
    laterality,
    dose: {
      holdSeconds: null,
      reps: null,
      sets: range(1),
      restSeconds: range(0),
      sessionsPerDay: range(1),
      daysPerWeek: range(5),
      why: 'overall',
      ...dose,
    },
  };
}

describe('summariseDose', () => {
  it.each([
    [dosed({ holdSeconds: range(30), reps: range(3) }, 'per-side'), '3 × 30 s hold per side'],
    [dosed({ holdSeconds: range(60), sets: range(2) }, 'per-side'), '2 × 1 min per side'],
    [
      dosed({ holdSeconds: range(2), reps: range(10), sets: range(2) }),
      '2 × 10 reps, 2 s hold each',
    ],
    [
      dosed({ holdSeconds: range(2), reps: range(8), sets: range(2) }, 'per-side'),
      '2 × 8 reps per side, 2 s hold each',
    ],
    [dosed({ holdSeconds: range(120) }), '2 min'],
    [dosed({}, 'per-side'), '1 set per side'],
    [dosed({ reps: range(10), sets: range(2) }), '2 × 10 reps'],
    [dosed({ reps: range(10) }), '10 reps'],
  ])('summarises %j as "%s"', (exercise, expected) => {
    expect(summariseDose(exercise)).toBe(expected);
  });

  it('summarises an exercise of the catalogue', () => {
    expect(summariseDose(anExercise('glute-bridge'))).toMatch(/reps/);
  });
});

describe('timesADay', () => {
  it.each([
    [1, 'once a day'],
    [2, 'twice a day'],
    [3, '3 times a day'],
  ])('says %i as "%s"', (count, expected) => {
    expect(timesADay(count)).toBe(expected);
  });
});

describe('doseRows', () => {
  it('shows ranges only where a plan may move the number', () => {
    const { dose } = dosed({ holdSeconds: range(30, 15, 60), reps: range(3) });
    const rows = new Map(doseRows(dose, 'per-side'));
    expect(rows.get('Hold')).toContain('15 s');
    expect(rows.get('Hold')).toContain('1 min');
    expect(rows.get('Reps')).toMatch(/per side$/);
    expect(rows.get('Sets')).toBe('1');
    expect(rows.get('Rest')).toBe('none');
  });

  it('has a row for sessions a day, and leaves out hold and reps when the dose has none', () => {
    const labels = doseRows(dosed({ sessionsPerDay: range(2, 1, 3) }).dose, 'both-sides').map(
      ([label]) => label,
    );
    expect(labels).toEqual(['Sets', 'Rest', 'Sessions a day', 'Days a week']);
  });
});

describe('referenceMarkers', () => {
  const refs: Pick<EvidenceRef, 'id'>[] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('numbers by position in the references, in order, each once', () => {
    expect(referenceMarkers(['c', 'a', 'c'], refs)).toBe('[1] [3]');
  });

  it('leaves out keys that are not among the references', () => {
    expect(referenceMarkers(['unknown'], refs)).toBe('');
  });
});

describe('doseWhyLines', () => {
  it('gives every number its why and the markers of its evidence', () => {
    const { dose } = dosed({ holdSeconds: range(30, 30, 30, ['b']) });
    const lines = new Map(doseWhyLines(dose, [{ id: 'e1' }, { id: 'b' }]));
    expect([...lines.keys()]).toEqual(['Hold', 'Sets', 'Rest', 'Sessions a day', 'Days a week']);
    expect(lines.get('Hold')).toBe('why 30 [2]');
    expect(lines.get('Days a week')).toBe('why 5 [1]');
  });
});
