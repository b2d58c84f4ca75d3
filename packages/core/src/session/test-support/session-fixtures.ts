import fc from 'fast-check';
import type { Exercise } from '../../catalogue/exercise.schema.ts';
import type { PlanItem, PlanSession } from '../../plan/plan.ts';
import { estimateSeconds } from '../../plan/estimate.ts';
import { anExercise } from '../../plan/test-support/exercise-builder.ts';
import type { Side } from '../../pose/pose.schema.ts';
import { transitionSession } from '../session-machine.ts';
import type { SessionCue, SessionEvent, SessionState } from '../session-state.ts';
import { asInstant as instant, type Instant } from '../../time/instant.ts';

/** Test data for the session player: plan items, sessions, and a driver with a fake clock. */

export const ROLL = anExercise('foam-roll-thigh')
  .phase('release')
  .needs('foam-roller', 'mat')
  .perSide()
  .hold(60)
  .sets(2)
  .rest(15)
  .build();
export const STRETCH = anExercise('kneeling-stretch')
  .phase('stretch')
  .needs('mat')
  .perSide()
  .hold(30)
  .reps(3)
  .rest(10)
  .build();
export const BRIDGE = anExercise('glute-bridge')
  .phase('activate')
  .needs('mat')
  .hold(2)
  .reps(10)
  .sets(2)
  .rest(60)
  .build();
export const CATALOGUE: readonly Exercise[] = [ROLL, STRETCH, BRIDGE];

type Dose = Pick<PlanItem, 'holdSeconds' | 'reps' | 'sets' | 'restSeconds' | 'extraSetSide'>;

/** A plan item for an exercise, at its default dose unless told otherwise, with the estimate. */
export function itemOf(exercise: Exercise, dose: Partial<Dose> = {}): PlanItem {
  const d: Dose = {
    holdSeconds: exercise.dose.holdSeconds?.default ?? null,
    reps: exercise.dose.reps?.default ?? null,
    sets: exercise.dose.sets.default,
    restSeconds: exercise.dose.restSeconds.default,
    extraSetSide: null,
    ...dose,
  };
  const estimatedSeconds = estimateSeconds({
    ...d,
    laterality: exercise.laterality,
    restBetweenHolds: exercise.phase === 'release' || exercise.phase === 'stretch',
    extraSet: d.extraSetSide !== null,
  });
  return {
    ...d,
    exerciseId: exercise.id,
    name: exercise.name,
    phase: exercise.phase,
    laterality: exercise.laterality,
    estimatedSeconds,
    reasonCode: 'hip-flexor-length',
    reason: 'test',
  };
}

export function sessionOf(...items: PlanItem[]): PlanSession {
  const estimatedSeconds = items.reduce((t, i) => t + i.estimatedSeconds, 0);
  return { kind: 'main', items, estimatedSeconds };
}

const sideArbitrary = fc.constantFrom<Side | null>(null, 'left', 'right');

/** Any item over the fixture exercises, with any dose the plan could give. */
export const planItemArbitrary: fc.Arbitrary<PlanItem> = fc
  .record({
    exercise: fc.constantFrom(...CATALOGUE),
    holdSeconds: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
    reps: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
    sets: fc.integer({ min: 1, max: 3 }),
    restSeconds: fc.integer({ min: 0, max: 20 }),
    side: sideArbitrary,
  })
  .map(({ exercise, side, ...dose }) =>
    itemOf(exercise, {
      ...dose,
      extraSetSide: exercise.laterality === 'per-side' ? side : null,
    }),
  );

export const planSessionArbitrary: fc.Arbitrary<PlanSession> = fc
  .array(planItemArbitrary, { minLength: 1, maxLength: 3 })
  .map((items) => sessionOf(...items));

/** A cue with the instant of the event that emitted it. */
export type Heard = SessionCue & { readonly heardAt: Instant };

/** Runs events through the machine, collecting every cue with the time it came out. */
export function drive(
  state: SessionState,
  events: readonly SessionEvent[],
): { readonly state: SessionState; readonly heard: Heard[] } {
  const heard: Heard[] = [];
  let s = state;
  for (const event of events) {
    s = transitionSession(s, event);
    heard.push(...s.cues.map((cue) => ({ ...cue, heardAt: event.now })));
  }
  return { state: s, heard };
}

export const at = (ms: number): Instant => instant(ms);
export const tick = (ms: number): SessionEvent => ({ type: 'tick', now: instant(ms) });
export const event = (type: SessionEvent['type'], ms: number): SessionEvent => ({
  type,
  now: instant(ms),
});
