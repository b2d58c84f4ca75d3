import type { Exercise } from '../exercise.schema.ts';
import { GLUTE_LADDER } from './glute-ladder.ts';
import { GLUTE_LADDER_ADVANCED } from './glute-ladder-advanced.ts';
import { HABITS } from './habits.ts';
import { RELEASE } from './release.ts';
import { STRETCH } from './stretch.ts';
import { KNEELING_STRETCHES } from './stretch-kneeling.ts';
import { TRACTION } from './traction.ts';
import { YOGA } from './yoga.ts';

/**
 * The exercise catalogue, in the care method's order: release, stretch (yoga poses beside
 * their phase), activate and strengthen, habits, traction. Every number comes from
 * shared/domain/evidence.md through the evidence register; all texts are our own words.
 */
export const EXERCISES: readonly Exercise[] = [
  ...RELEASE,
  ...KNEELING_STRETCHES,
  ...STRETCH,
  ...YOGA,
  ...GLUTE_LADDER,
  ...GLUTE_LADDER_ADVANCED,
  ...HABITS,
  ...TRACTION,
];
