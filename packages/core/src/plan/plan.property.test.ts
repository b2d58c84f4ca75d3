import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHASES, type Exercise } from '../catalogue/exercise.schema.ts';
import type { TriageOutcome } from '../assessment/triage.ts';
import {
  intakeArbitrary,
  selfTestsArbitrary,
} from '../assessment/test-support/intake.arbitrary.ts';
import { INITIAL_PROGRESSION, type ProgressionState } from './progression.ts';
import { planProgramme, type Plan, type PlanInput } from './plan.ts';
import { hasEquipment } from './select.ts';
import { fixtureCatalogue, id } from './test-support/exercise-builder.ts';

const CATALOGUE = fixtureCatalogue();
const byId = new Map(CATALOGUE.map((e) => [e.id as string, e]));

const triageArbitrary: fc.Arbitrary<TriageOutcome> = fc
  .constantFrom('clear', 'gentle', 'emergency', 'same-day', 'urgent' as const)
  .map((level) => ({
    level,
    programme: level === 'clear' ? 'full' : level === 'gentle' ? 'gentle' : 'stopped',
    triggeredBy: [],
    alsoFlagged: [],
    cautions: [],
  }));

const progressionArbitrary: fc.Arbitrary<ProgressionState> = fc
  .constantFrom(undefined, 'glute-bridge', 'banded-bridge', 'single-leg-bridge')
  .map((rung) =>
    rung ? { ...INITIAL_PROGRESSION, ladders: { 'glute-bridge': id(rung) } } : INITIAL_PROGRESSION,
  );

const dateArbitrary = fc
  .integer({ min: 0, max: 3650 })
  .map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));

const inputArbitrary: fc.Arbitrary<PlanInput> = fc.record({
  catalogue: fc.constant(CATALOGUE),
  intake: intakeArbitrary,
  triage: triageArbitrary,
  selfTests: fc.option(selfTestsArbitrary, { nil: null }),
  clearedChecklists: fc.constantFrom([], ['abdominal-release' as const]),
  progression: progressionArbitrary,
  startDate: dateArbitrary,
});

const items = (plan: Plan) => plan.week.flatMap((d) => d.sessions.flatMap((s) => s.items));
const exerciseOf = (exerciseId: string): Exercise => {
  const exercise = byId.get(exerciseId);
  if (!exercise) throw new Error(`unknown ${exerciseId}`);
  return exercise;
};

describe('planProgramme, for any valid intake', () => {
  it('is refused exactly when triage stopped the programme', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const result = planProgramme(input);
        if (input.triage.programme === 'stopped') {
          expect(result).toMatchObject({ ok: false, error: { code: 'PLAN_STOPPED_BY_TRIAGE' } });
        } else if (!result.ok) {
          // Only an empty pick (no equipment for anything) may fail otherwise.
          expect(result.error.code).toBe('PLAN_NO_EXERCISES');
        }
      }),
    );
  });

  it('keeps every session in order and within the chosen minutes', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const result = planProgramme(input);
        if (!result.ok) return;
        const budget = input.intake.preferences.minutesPerSession * 60;
        expect(result.value.week).toHaveLength(7);
        for (const day of result.value.week) {
          expect(day.sessions).toHaveLength(input.intake.preferences.sessionsPerDay);
          for (const session of day.sessions) {
            expect(session.estimatedSeconds).toBeLessThanOrEqual(budget);
            const ranks = session.items.map((i) => PHASES.indexOf(i.phase));
            expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
          }
        }
      }),
    );
  });

  it('respects equipment, triage, locks and never schedules traction, professional-only or belly pressure', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const result = planProgramme(input);
        if (!result.ok) return;
        for (const item of items(result.value)) {
          const exercise = exerciseOf(item.exerciseId);
          expect(hasEquipment(exercise, input.intake.preferences.equipment)).toBe(true);
          expect(exercise.professionalOnly).toBe(false);
          expect(exercise.pressesOnAbdomen).toBe(false);
          expect(exercise.phase).not.toBe('traction');
          expect(exercise.phase).not.toBe('habit');
          if (exercise.lock) expect(input.clearedChecklists).toContain(exercise.lock.checklist);
          if (input.triage.programme === 'gentle') {
            expect(exercise.level).toBe(1);
            expect(exercise.ladder?.rung ?? 1).toBe(1);
          }
          expect(item.reason.length).toBeGreaterThan(0);
          expect(item.reason).not.toContain('\n');
        }
      }),
    );
  });

  it('schedules stretches on at least 5 days, strength on 2-3 non-consecutive days, when time allows', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const result = planProgramme(input);
        if (!result.ok || input.intake.preferences.minutesPerSession < 20) return;
        const days = (phase: string) =>
          result.value.week.flatMap((d, i) =>
            d.sessions[0]?.items.some((x) => x.phase === phase) ? [i] : [],
          );
        const stretchDays = days('stretch');
        if (stretchDays.length > 0) expect(stretchDays.length).toBeGreaterThanOrEqual(5);
        const strengthDays = days('strengthen');
        expect(strengthDays.length).toBeLessThanOrEqual(3);
        for (let i = 1; i < strengthDays.length; i++) {
          expect((strengthDays[i] ?? 0) - (strengthDays[i - 1] ?? 0)).toBeGreaterThan(1);
        }
      }),
    );
  });

  it('always plans a movement break every 30 minutes alongside', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const result = planProgramme(input);
        if (!result.ok) return;
        expect(result.value.habits[0]).toMatchObject({ code: 'movement-break', everyMinutes: 30 });
      }),
    );
  });

  it('is deterministic: the same input gives a deep-equal plan', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const copy = JSON.parse(JSON.stringify(input)) as PlanInput;
        expect(planProgramme(copy)).toEqual(planProgramme(input));
      }),
    );
  });
});
