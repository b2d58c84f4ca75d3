import { describe, expect, it } from 'vitest';
import { anExercise, aDose } from '../../test/support/exercises.ts';
import { doseRows, summariseDose } from './dose.ts';

const range = (value: number, min = value, max = value) => ({ default: value, min, max });

describe('summariseDose', () => {
  it.each([
    ['kneeling-hip-flexor-stretch', '3 × 30 s hold per side'],
    ['foam-roll-front-thigh', '2 × 1 min per side'],
    ['glute-bridge', '2 × 10 reps, 2 s hold each'],
    ['single-leg-bridge', '2 × 8 reps per side, 2 s hold each'],
    ['walking-break', '2 min'],
    ['hip-traction', '1 set per side'],
  ])('summarises %s as "%s"', (id, expected) => {
    expect(summariseDose(anExercise(id))).toBe(expected);
  });

  it('says reps without a hold as sets × reps', () => {
    const bridge = anExercise('glute-bridge');
    expect(summariseDose(aDose(bridge, { holdSeconds: null }))).toBe('2 × 10 reps');
    expect(summariseDose(aDose(bridge, { holdSeconds: null, sets: range(1) }))).toBe('10 reps');
  });
});

describe('doseRows', () => {
  it('shows ranges only where a plan may move the number', () => {
    const rows = new Map(doseRows(anExercise('kneeling-hip-flexor-stretch').dose, 'per-side'));
    expect(rows.get('Hold')).toContain('15 s');
    expect(rows.get('Hold')).toContain('1 min');
    expect(rows.get('Reps')).toMatch(/per side$/);
    expect(rows.get('Sets')).toBe('1');
  });

  it('leaves out hold and reps when the dose has none', () => {
    const labels = doseRows(anExercise('hip-traction').dose, 'per-side').map(([label]) => label);
    expect(labels).toEqual(['Sets', 'Rest', 'Days a week']);
  });
});
