import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../catalogue/exercises/index.ts';
import type { TriageOutcome } from '../assessment/triage.ts';
import {
  intakeArbitrary,
  selfTestsArbitrary,
} from '../assessment/test-support/intake.arbitrary.ts';
import { INITIAL_PROGRESSION } from '../plan/progression.ts';
import { planProgramme } from '../plan/plan.ts';
import { buildSteps, totalDurationMs } from './steps.ts';
import { sessionOf } from './test-support/session-fixtures.ts';

/**
 * The player must take the time the plan promised. Over the real catalogue and real plans,
 * every session's steps last exactly its estimate (tolerance 0 ms), item by item.
 */

const CLEAR: TriageOutcome = {
  level: 'clear',
  programme: 'full',
  triggeredBy: [],
  alsoFlagged: [],
  cautions: [],
};

describe('buildSteps over real plans', () => {
  it('lasts exactly the estimate of every session and item of the week', () => {
    fc.assert(
      fc.property(
        intakeArbitrary,
        fc.option(selfTestsArbitrary, { nil: null }),
        (intake, selfTests) => {
          const result = planProgramme({
            catalogue: EXERCISES,
            intake,
            triage: CLEAR,
            selfTests,
            clearedChecklists: [],
            progression: INITIAL_PROGRESSION,
            startDate: '2025-06-02',
          });
          if (!result.ok) return;
          for (const session of result.value.week.flatMap((d) => d.sessions)) {
            const steps = buildSteps(session, EXERCISES);
            expect(totalDurationMs(steps)).toBe(session.estimatedSeconds * 1000);
            for (const item of session.items) {
              const one = buildSteps(sessionOf(item), EXERCISES);
              expect(totalDurationMs(one)).toBe(item.estimatedSeconds * 1000);
              const first = one[0];
              expect(first?.kind === 'get-ready' && typeof first.keyframeLabel).toBe('string');
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
