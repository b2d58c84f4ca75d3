import { EXERCISES, type PlanItem, type PlanSession } from '@psoas/core';

/**
 * A small plan session over real catalogue exercises, for the terminal player's unit tests:
 * a stretch held per side with rests between holds, and a rep exercise with a hold at the top.
 */

function item(id: string, dose: Partial<PlanItem>): PlanItem {
  const exercise = EXERCISES.find((e) => e.id === id);
  if (exercise === undefined) throw new Error(`no exercise ${id} in the catalogue`);
  return {
    exerciseId: exercise.id,
    name: exercise.name,
    phase: exercise.phase,
    laterality: exercise.laterality,
    holdSeconds: null,
    reps: null,
    sets: 1,
    restSeconds: 0,
    extraSetSide: null,
    estimatedSeconds: 60,
    reasonCode: 'long-sitting',
    reason: 'test',
    ...dose,
  };
}

export function aPlanSession(): PlanSession {
  return {
    kind: 'main',
    estimatedSeconds: 180,
    items: [
      item('kneeling-hip-flexor-stretch', { holdSeconds: 30, reps: 2, sets: 1, restSeconds: 10 }),
      item('glute-bridge', { holdSeconds: 2, reps: 3, sets: 2, restSeconds: 15 }),
    ],
  };
}
