import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findExercise } from './catalogue.ts';
import {
  checkAbdominalLock,
  checkCatalogue,
  checkDoseBounds,
  checkDoseRanges,
  checkDuplicateIds,
  checkEvidence,
  checkKeyframes,
  checkLadders,
  checkSchema,
  checkTraction,
  type CatalogueProblem,
} from './content-checks.ts';
import { DOSE_BOUNDS, doseKindOf } from './dose-bounds.ts';
import { findEvidence } from './evidence.ts';
import type { DoseRange, Exercise, ExerciseId } from './exercise.schema.ts';
import { EXERCISES } from './exercises/index.ts';

const byId = (id: string): Exercise => {
  const found = findExercise(EXERCISES, id);
  if (!found.ok) throw new Error(`missing ${id}`);
  return found.value;
};
const checksOf = (problems: readonly CatalogueProblem[]): string[] => problems.map((p) => p.check);
const id = (text: string): ExerciseId => text as ExerciseId;
const withRange = (range: DoseRange | null, change: Partial<DoseRange>): DoseRange => {
  if (!range) throw new Error('expected a dose number');
  return { ...range, ...change };
};

describe('the catalogue content', () => {
  it('passes every content check', () => {
    expect(checkCatalogue(EXERCISES)).toEqual([]);
  });

  it('gives every dose number a reason and registered evidence', () => {
    for (const e of EXERCISES) {
      for (const name of [
        'holdSeconds',
        'reps',
        'sets',
        'restSeconds',
        'sessionsPerDay',
        'daysPerWeek',
      ] as const) {
        const range = e.dose[name];
        if (!range) continue;
        expect(range.why.length, `${e.id} ${name}`).toBeGreaterThan(0);
        for (const key of range.evidence) expect(findEvidence(key), key).toBeDefined();
      }
    }
  });

  it('keeps the abdominal release locked, never open to everyone, and traction professional-only', () => {
    const release = byId('abdominal-psoas-release');
    expect(release).toMatchObject({ pressesOnAbdomen: true, professionalOnly: false });
    expect(release.lock?.checklist).toBe('abdominal-release');
    expect(byId('hip-traction').professionalOnly).toBe(true);
  });

  it('links the glute ladder in the order of evidence.md §3.3', () => {
    const rungs = EXERCISES.filter((e) => e.ladder?.name === 'glute-bridge')
      .sort((a, b) => (a.ladder?.rung ?? 0) - (b.ladder?.rung ?? 0))
      .map((e) => e.id);
    expect(rungs).toEqual([
      'glute-bridge',
      'banded-glute-bridge',
      'glute-bridge-hold',
      'glute-bridge-march',
      'single-leg-glute-bridge',
      'elevated-glute-bridge',
      'hip-thrust',
    ]);
  });
});

// evidence.md "What the app should encode" and psoas-facts.md, the care method.
describe('doses', () => {
  it('doses the hip flexor stretch at 30 s x 3 per side, once a day, at least 5 days a week', () => {
    const dose = byId('kneeling-hip-flexor-stretch').dose;
    expect(dose.holdSeconds?.default).toBe(30);
    expect(dose.reps).toMatchObject({ default: 3, min: 2, max: 4 });
    expect(dose.sessionsPerDay.default).toBe(1);
    expect(dose.daysPerWeek.default).toBeGreaterThanOrEqual(5);
  });

  it("keeps the practitioners' 20-30 s, 2-3 times per side and a couple of times a day in range", () => {
    const dose = byId('kneeling-hip-flexor-stretch').dose;
    for (const hold of [20, 30]) {
      expect(hold).toBeGreaterThanOrEqual(dose.holdSeconds?.min ?? Infinity);
      expect(hold).toBeLessThanOrEqual(dose.holdSeconds?.max ?? -Infinity);
    }
    for (const reps of [2, 3]) {
      expect(reps).toBeGreaterThanOrEqual(dose.reps?.min ?? Infinity);
      expect(reps).toBeLessThanOrEqual(dose.reps?.max ?? -Infinity);
    }
    expect(dose.sessionsPerDay.max).toBeGreaterThanOrEqual(2);
  });

  it('doses the bridge from the evidence, with 10-15 reps and the 10 s hold in range', () => {
    const bridge = byId('glute-bridge').dose;
    expect(bridge.reps?.default).toBeGreaterThanOrEqual(8);
    expect(bridge.reps?.default).toBeLessThanOrEqual(12);
    expect(bridge.reps?.max).toBeGreaterThanOrEqual(15);
    expect(bridge.holdSeconds?.max).toBeGreaterThanOrEqual(10);
    expect(bridge.daysPerWeek.default).toBeLessThanOrEqual(3);
    expect(byId('glute-bridge-hold').dose.holdSeconds?.default).toBe(10);
  });

  it('doses every release within 1-3 sets of 30-120 s', () => {
    for (const e of EXERCISES.filter((x) => x.phase === 'release')) {
      expect(e.dose.sets.min).toBeGreaterThanOrEqual(1);
      expect(e.dose.sets.max).toBeLessThanOrEqual(3);
      expect(e.dose.holdSeconds?.min).toBeGreaterThanOrEqual(30);
      expect(e.dose.holdSeconds?.max).toBeLessThanOrEqual(120);
    }
  });

  it('has bounds whose defaults lie inside the bounds themselves', () => {
    for (const bounds of Object.values(DOSE_BOUNDS)) {
      for (const bound of Object.values(bounds)) {
        if (bound === 'absent') continue;
        expect(bound.min).toBeLessThanOrEqual(bound.defaultMin ?? bound.min);
        expect(bound.defaultMax ?? bound.max).toBeLessThanOrEqual(bound.max);
        for (const key of bound.evidence) expect(findEvidence(key), key).toBeDefined();
      }
    }
  });
});

describe('content checks catch a broken copy of a real exercise', () => {
  const bridge = byId('glute-bridge');
  const stretch = byId('kneeling-hip-flexor-stretch');

  it('schema: an id that is not a slug', () => {
    const { exercises, problems } = checkSchema([bridge, { ...bridge, id: 'Bad Id' }]);
    expect(exercises).toHaveLength(1);
    expect(checksOf(problems)).toEqual(['schema']);
    expect(checksOf(checkCatalogue([{ ...bridge, keyframes: [] }]))).toEqual(['schema']);
  });

  it('duplicate-id', () => {
    expect(checksOf(checkDuplicateIds([bridge, stretch, bridge]))).toEqual(['duplicate-id']);
  });

  it('evidence: a citation missing from the register', () => {
    const broken = {
      ...bridge,
      dose: { ...bridge.dose, sets: { ...bridge.dose.sets, evidence: ['made-up-2020'] } },
    };
    expect(checksOf(checkEvidence([broken]))).toEqual(['evidence']);
  });

  it('dose-range: a default outside its own range', () => {
    const broken = {
      ...bridge,
      dose: { ...bridge.dose, sets: { ...bridge.dose.sets, default: 5 } },
    };
    expect(checksOf(checkDoseRanges([broken]))).toEqual(['dose-range']);
  });

  it('dose-bounds: a stretch held too long, too few days by default, or a missing hold', () => {
    const tooLong = {
      ...stretch,
      dose: { ...stretch.dose, holdSeconds: withRange(stretch.dose.holdSeconds, { max: 120 }) },
    };
    const fewDays = {
      ...stretch,
      dose: { ...stretch.dose, daysPerWeek: { ...stretch.dose.daysPerWeek, default: 3 } },
    };
    const noHold = { ...stretch, dose: { ...stretch.dose, holdSeconds: null } };
    expect(checksOf(checkDoseBounds([tooLong, fewDays, noHold]))).toEqual([
      'dose-bounds',
      'dose-bounds',
      'dose-bounds',
    ]);
  });

  it('dose-bounds: a bridge with 20 reps by default, or daily strength days', () => {
    const manyReps = {
      ...bridge,
      dose: { ...bridge.dose, reps: withRange(bridge.dose.reps, { default: 20, max: 20 }) },
    };
    const daily = {
      ...bridge,
      dose: { ...bridge.dose, daysPerWeek: { ...bridge.dose.daysPerWeek, default: 7, max: 7 } },
    };
    expect(checkDoseBounds([manyReps])).toHaveLength(2);
    expect(checksOf(checkDoseBounds([daily]))).toContain('dose-bounds');
  });

  it('dose-bounds: foam rolling with reps, which rolling must leave out', () => {
    const roll = byId('foam-roll-glutes');
    expect(doseKindOf(roll)).toBe('self-release');
    const broken = { ...roll, dose: { ...roll.dose, reps: bridge.dose.reps } };
    expect(checksOf(checkDoseBounds([broken]))).toEqual(['dose-bounds']);
  });

  it('ladder: a link to a missing exercise', () => {
    const broken = EXERCISES.map((e) =>
      e.id === 'hip-thrust' && e.ladder
        ? { ...e, ladder: { ...e.ladder, harder: id('flying-bridge') } }
        : e,
    );
    expect(checksOf(checkLadders(broken))).toContain('ladder');
  });

  it('ladder: asymmetric links, links across ladders, gaps and cycles', () => {
    const edit = (target: string, change: Partial<NonNullable<Exercise['ladder']>>): Exercise[] =>
      EXERCISES.map((e) =>
        e.id === target && e.ladder ? { ...e, ladder: { ...e.ladder, ...change } } : e,
      );
    expect(checkLadders(edit('banded-glute-bridge', { easier: null }))).not.toEqual([]);
    expect(checkLadders(edit('hip-thrust', { name: 'hip-flexor-stretch' }))).not.toEqual([]);
    expect(checkLadders(edit('hip-thrust', { rung: 9 }))).not.toEqual([]);
    const cycle = edit('hip-thrust', { harder: id('glute-bridge') }).map((e) =>
      e.id === 'glute-bridge' && e.ladder
        ? { ...e, ladder: { ...e.ladder, easier: id('hip-thrust') } }
        : e,
    );
    expect(checksOf(checkLadders(cycle))).toContain('ladder');
    expect(
      checkLadders(cycle).some(
        (p) => p.exerciseId === 'glute-bridge' && /cycle|bottom/.test(p.problem),
      ),
    ).toBe(true);
  });

  it('keyframes: a joint outside its range, a figure larger than the limits, or a single keyframe', () => {
    const [first, second] = bridge.keyframes;
    if (!first || !second) throw new Error('bridge needs keyframes');
    const bentBack = { ...first, pose: { ...first.pose, left: { ...first.pose.left, knee: -40 } } };
    expect(checksOf(checkKeyframes([{ ...bridge, keyframes: [bentBack, second] }]))).toEqual([
      'keyframes',
    ]);
    expect(checksOf(checkKeyframes([bridge], { maxHeight: 0.3, maxWidth: 1.8 }))).toEqual([
      'keyframes',
    ]);
    expect(checksOf(checkKeyframes([{ ...bridge, keyframes: [first] }]))).toEqual(['keyframes']);
  });

  it('abdominal-lock: pressure on the belly without the lock, unless professional-only', () => {
    const release = byId('abdominal-psoas-release');
    expect(checksOf(checkAbdominalLock([{ ...release, lock: null }]))).toEqual(['abdominal-lock']);
    expect(checkAbdominalLock([{ ...release, lock: null, professionalOnly: true }])).toEqual([]);
    expect(checksOf(checkAbdominalLock([{ ...bridge, pressesOnAbdomen: true }]))).toEqual([
      'abdominal-lock',
    ]);
  });

  it('traction: traction that is not professional-only', () => {
    const traction = byId('hip-traction');
    expect(checksOf(checkTraction([{ ...traction, professionalOnly: false }]))).toEqual([
      'traction',
    ]);
  });

  it('reports every problem of a broken catalogue at once', () => {
    const release = byId('abdominal-psoas-release');
    const knee = byId('knee-to-chest');
    const problems = checkCatalogue([
      knee,
      knee,
      { ...release, lock: null },
      { ...knee, id: 'Bad Id' },
    ]);
    expect(new Set(checksOf(problems))).toEqual(
      new Set(['schema', 'duplicate-id', 'abdominal-lock']),
    );
  });
});

describe('content checks, properties', () => {
  it('any joint pushed past its range is reported', () => {
    const joints = ['hip', 'knee', 'ankle', 'shoulder', 'elbow'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...EXERCISES),
        fc.constantFrom(...joints),
        fc.constantFrom('left' as const, 'right' as const),
        fc.integer({ min: 1, max: 20 }),
        (exercise, joint, side, over) => {
          const [first, ...rest] = exercise.keyframes;
          if (!first) return;
          const limits = { hip: 150, knee: 160, ankle: 35, shoulder: 180, elbow: 155 };
          const value = Math.min(180, limits[joint] + over);
          if (value <= limits[joint]) return;
          const pose = { ...first.pose, [side]: { ...first.pose[side], [joint]: value } };
          const broken = { ...exercise, keyframes: [{ ...first, pose }, ...rest] };
          expect(checksOf(checkKeyframes([broken]))).toContain('keyframes');
        },
      ),
    );
  });

  it('any default moved outside the evidence bounds is reported', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EXERCISES),
        fc.integer({ min: 1, max: 50 }),
        (exercise, over) => {
          const bound = DOSE_BOUNDS[doseKindOf(exercise)].sets;
          if (bound === 'absent') return;
          const high = bound.max + over;
          const broken = {
            ...exercise,
            dose: { ...exercise.dose, sets: { ...exercise.dose.sets, default: high, max: high } },
          };
          expect(checksOf(checkDoseBounds([broken]))).toContain('dose-bounds');
        },
      ),
    );
  });
});
