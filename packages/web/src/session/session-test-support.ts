import {
  EXERCISES,
  asInstant,
  buildSteps,
  createSessionState,
  exerciseIdSchema,
  transitionSession,
  type Instant,
  type PlanItem,
  type PlanSession,
  type SessionState,
} from '@psoas/core';
import { nextDueAt } from './step-phase.ts';

/** Test data for the player's pure modules: a plan session over the real catalogue. */

function item(id: string, dose: Partial<PlanItem>): PlanItem {
  const exercise = EXERCISES.find((e) => e.id === id);
  if (!exercise) throw new Error(`no exercise ${id} in the catalogue`);
  return {
    exerciseId: exerciseIdSchema.parse(id),
    name: exercise.name,
    phase: exercise.phase,
    laterality: exercise.laterality,
    holdSeconds: null,
    reps: null,
    sets: 1,
    restSeconds: 0,
    extraSetSide: null,
    estimatedSeconds: 0,
    reasonCode: 'release-first',
    reason: 'test',
    ...dose,
  };
}

export const PLAN_SESSION: PlanSession = {
  kind: 'main',
  estimatedSeconds: 300,
  items: [
    item('kneeling-hip-flexor-stretch', { holdSeconds: 30, reps: 2, restSeconds: 10 }),
    item('glute-bridge', { holdSeconds: 2, reps: 5, sets: 2, restSeconds: 20 }),
  ],
};

export const STEPS = buildSteps(PLAN_SESSION, EXERCISES);

export const T0: Instant = asInstant(1_700_000_000_000);

/** Runs a session from T0 to its end, ticking exactly at each due instant, as the shell does. */
export function runToEnd(state: SessionState = createSessionState(STEPS)): SessionState {
  let s = transitionSession(state, { type: 'start', now: T0 });
  for (let due = nextDueAt(s); due !== null; due = nextDueAt(s)) {
    s = transitionSession(s, { type: 'tick', now: due });
  }
  return s;
}
