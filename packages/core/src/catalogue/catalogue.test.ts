import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findExercise, listExercises, referencesOf, doseNumbers } from './catalogue.ts';
import { PHASES, type Exercise } from './exercise.schema.ts';
import { EXERCISES } from './exercises/index.ts';

const byId = (id: string): Exercise => {
  const found = findExercise(EXERCISES, id);
  if (!found.ok) throw new Error(`missing ${id}`);
  return found.value;
};

describe('the catalogue', () => {
  it('has at least 28 exercises covering each phase of the care method', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(28);
    const phases = new Set(EXERCISES.map((e) => e.phase));
    for (const phase of PHASES) expect(phases).toContain(phase);
  });

  it('resolves every dose reference in the evidence register, each once', () => {
    for (const e of EXERCISES) {
      const cited = new Set(doseNumbers(e.dose).flatMap(({ range }) => range.evidence));
      expect(referencesOf(e).map((r) => r.id)).toEqual([...cited]);
    }
  });
});

describe('listExercises', () => {
  it('orders by phase, then level, then name', () => {
    const listed = listExercises(EXERCISES);
    expect(listed[0]?.phase).toBe('release');
    expect(listed.at(-1)?.id).toBe('hip-traction');
  });

  it('returns exactly the exercises of the phase asked for, whatever the input order', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...EXERCISES]),
        fc.option(fc.constantFrom(...PHASES), { nil: undefined }),
        (subset, phase) => {
          const listed = listExercises(subset, { phase });
          const expected = subset.filter((e) => phase === undefined || e.phase === phase);
          expect(new Set(listed)).toEqual(new Set(expected));
          expect(listed).toEqual(listExercises([...subset].reverse(), { phase }));
        },
      ),
    );
  });

  it('finds yoga poses by their Sanskrit names', () => {
    expect(listExercises(EXERCISES, { q: 'navasana' }).map((e) => e.id)).toEqual(['boat-pose']);
    expect(listExercises(EXERCISES, { q: 'virabhadrasana' }).map((e) => e.id)).toEqual([
      'warrior-one',
    ]);
  });
});

describe('findExercise', () => {
  it('finds a known exercise', () => {
    expect(byId('glute-bridge').name).toBe('Glute bridge');
  });

  it('answers an unknown id with EXERCISE_NOT_FOUND', () => {
    const result = findExercise(EXERCISES, 'nope');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('EXERCISE_NOT_FOUND');
  });
});
