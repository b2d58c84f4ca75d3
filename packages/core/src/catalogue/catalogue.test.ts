import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCatalogue, findExercise, listExercises, referencesOf } from './catalogue.ts';
import { PHASES, exerciseSchema, type Exercise } from './exercise.schema.ts';
import { STARTER_EXERCISES } from './exercises.ts';

const byId = (id: string): Exercise => {
  const found = findExercise(STARTER_EXERCISES, id);
  if (!found.ok) throw new Error(`missing ${id}`);
  return found.value;
};

describe('the starter catalogue', () => {
  it('passes every content check', () => {
    expect(checkCatalogue(STARTER_EXERCISES)).toEqual([]);
  });

  it('covers each phase of the care method', () => {
    const phases = new Set(STARTER_EXERCISES.map((e) => e.phase));
    for (const phase of PHASES) expect(phases).toContain(phase);
  });

  it('keeps traction professional-only', () => {
    for (const e of STARTER_EXERCISES.filter((x) => x.phase === 'traction')) {
      expect(e.professionalOnly).toBe(true);
    }
  });

  // evidence.md "What the app should encode": 30 s holds, 2-4 per side, at least 5 days a week.
  it("doses the hip flexor stretch from the evidence, with the practitioners' values in range", () => {
    const dose = byId('kneeling-hip-flexor-stretch').dose;
    expect(dose.holdSeconds?.default).toBe(30);
    expect(dose.reps).toMatchObject({ default: 3, min: 2, max: 4 });
    expect(dose.daysPerWeek.default).toBeGreaterThanOrEqual(5);
    // psoas-facts.md: 20-30 s, 2-3 times per side.
    for (const hold of [20, 30]) {
      expect(hold).toBeGreaterThanOrEqual(dose.holdSeconds?.min ?? Infinity);
      expect(hold).toBeLessThanOrEqual(dose.holdSeconds?.max ?? -Infinity);
    }
  });

  // evidence.md §3.1: novice 8-12 reps, 2-3 days a week; psoas-facts.md: 10 s holds, 10-15 reps.
  it("doses the glute bridge from the evidence, with the practitioners' values in range", () => {
    const dose = byId('glute-bridge').dose;
    expect(dose.reps?.default).toBeGreaterThanOrEqual(8);
    expect(dose.reps?.default).toBeLessThanOrEqual(12);
    expect(dose.reps?.max).toBeGreaterThanOrEqual(15);
    expect(dose.holdSeconds?.max).toBeGreaterThanOrEqual(10);
    expect(dose.daysPerWeek.default).toBeLessThanOrEqual(3);
  });

  // evidence.md §7.1: 1-3 sets of 30-120 s.
  it('doses foam rolling within 1-3 sets of 30-120 s', () => {
    for (const e of STARTER_EXERCISES.filter((x) => x.phase === 'release')) {
      expect(e.dose.sets.min).toBeGreaterThanOrEqual(1);
      expect(e.dose.sets.max).toBeLessThanOrEqual(3);
      expect(e.dose.holdSeconds?.min).toBeGreaterThanOrEqual(30);
      expect(e.dose.holdSeconds?.max).toBeLessThanOrEqual(120);
    }
  });

  it('resolves every dose reference in the evidence register', () => {
    for (const e of STARTER_EXERCISES) {
      expect(referencesOf(e).map((r) => r.id)).toEqual(e.dose.evidence);
    }
  });
});

describe('checkCatalogue', () => {
  const base = byId('glute-bridge');

  it('reports duplicates, unknown evidence, unschedulable traction and schema failures together', () => {
    const problems = checkCatalogue([
      base,
      base,
      { ...base, id: 'other', dose: { ...base.dose, evidence: ['made-up-2020'] } },
      { ...base, id: 'pull', phase: 'traction', professionalOnly: false },
      { ...base, id: 'Bad Id' },
    ]);
    expect(problems.map((p) => p.problem.split(' ')[0])).toEqual([
      'duplicate',
      'unknown',
      'traction',
      expect.any(String),
    ]);
  });

  it('rejects a dose whose default lies outside its range', () => {
    const broken = { ...base, dose: { ...base.dose, sets: { default: 5, min: 1, max: 3 } } };
    expect(exerciseSchema.safeParse(broken).success).toBe(false);
  });
});

describe('listExercises', () => {
  it('orders by phase, then level, then name', () => {
    const ids = listExercises(STARTER_EXERCISES).map((e) => e.id);
    expect(ids[0]).toMatch(/^foam-roll/);
    expect(ids.at(-1)).toBe('hip-traction');
  });

  it('returns exactly the exercises of the phase asked for, whatever the input order', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...STARTER_EXERCISES]),
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
});

describe('findExercise', () => {
  it('answers an unknown id with EXERCISE_NOT_FOUND', () => {
    const result = findExercise(STARTER_EXERCISES, 'nope');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('EXERCISE_NOT_FOUND');
  });
});
