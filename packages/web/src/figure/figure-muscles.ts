import type { Muscle, Point } from '@psoas/core';
import type { LegBones } from './figure-body.ts';
import { at, smoothClosed, smoothOpen, type Bone, type Shape } from './figure-shapes.ts';

/**
 * Target muscles drawn on the side-view figure, in body-height units. Simplified anatomy that a
 * coach would sketch: where the muscle lies and which way it runs, not its exact outline.
 */

/** Muscles on the trunk are drawn once; muscles on a leg are drawn on each worked leg. */
const TRUNK_MUSCLES = new Set<Muscle>(['spinal-erectors', 'abdominals']);

export function isTrunkMuscle(muscle: Muscle): boolean {
  return TRUNK_MUSCLES.has(muscle);
}

/** Drawing order: deep muscles first, so the surface ones stay visible where they cross. */
const ORDER: readonly Muscle[] = [
  'iliacus',
  'psoas',
  'deep-hip-rotators',
  'glutes',
  'quadriceps',
  'rectus-femoris',
  'tfl',
  'hamstrings',
  'spinal-erectors',
  'abdominals',
];

export function orderMuscles(muscles: readonly Muscle[]): Muscle[] {
  return ORDER.filter((m) => muscles.includes(m));
}

const line = (points: readonly Point[], width: number): Shape => ({
  kind: 'line',
  points: smoothOpen(points),
  width,
});
const blob = (points: readonly Point[]): Shape => ({
  kind: 'polygon',
  points: smoothClosed(points),
});

/** The shapes of one muscle on the given trunk and leg. */
export function muscleShapes(muscle: Muscle, trunk: Bone, leg: LegBones): Shape[] {
  const { thigh, shin } = leg;
  switch (muscle) {
    case 'psoas':
      // From the lumbar spine (T12 to L5, just in front of the vertebrae at the back of the
      // trunk), forwards and down over the front of the pelvis, to the lesser trochanter on the
      // inner upper thigh.
      return [
        line(
          [
            at(trunk, 0.64, -0.026),
            at(trunk, 0.42, -0.018),
            at(trunk, 0.2, 0.006),
            at(trunk, 0.04, 0.03),
            at(thigh, 0.06, 0.026),
            at(thigh, 0.17, 0.002),
          ],
          0.024,
        ),
      ];
    case 'iliacus':
      // A fan in the bowl of the pelvis, joining the psoas tendon on its way to the thigh.
      return [
        blob([
          at(trunk, 0.34, -0.032),
          at(trunk, 0.36, 0.012),
          at(trunk, 0.14, 0.034),
          at(thigh, 0.1, 0.02),
          at(thigh, 0.16, 0.004),
          at(trunk, 0.12, -0.02),
        ]),
      ];
    case 'rectus-femoris':
      // From the front of the pelvis down the middle of the front of the thigh to the kneecap.
      return [
        line(
          [
            at(trunk, 0.06, 0.04),
            at(thigh, 0.3, 0.03),
            at(thigh, 0.7, 0.026),
            at(thigh, 0.93, 0.02),
          ],
          0.022,
        ),
      ];
    case 'quadriceps':
      return [
        blob([
          at(thigh, 0.12, 0.028),
          at(thigh, 0.45, 0.042),
          at(thigh, 0.86, 0.028),
          at(thigh, 0.96, 0.012),
          at(thigh, 0.7, 0.004),
          at(thigh, 0.3, 0.006),
        ]),
      ];
    case 'tfl':
      // On the side of the hip, from the front of the pelvic crest into the band down the thigh.
      return [
        line(
          [
            at(trunk, 0.2, 0.036),
            at(trunk, 0.02, 0.024),
            at(thigh, 0.16, 0.012),
            at(thigh, 0.3, 0),
          ],
          0.026,
        ),
      ];
    case 'glutes':
      return [
        blob([
          at(trunk, 0.26, -0.044),
          at(trunk, 0.05, -0.058),
          at(trunk, -0.1, -0.048),
          at(thigh, 0.24, -0.034),
          at(thigh, 0.16, -0.01),
          at(trunk, 0.06, -0.018),
        ]),
      ];
    case 'deep-hip-rotators':
      return [line([at(trunk, 0.04, -0.044), at(trunk, 0, -0.012)], 0.02)];
    case 'hamstrings':
      // From the sitting bone down the back of the thigh to just below the knee.
      return [
        line(
          [
            at(trunk, -0.1, -0.036),
            at(thigh, 0.35, -0.03),
            at(thigh, 0.75, -0.026),
            at(shin, 0.1, -0.022),
          ],
          0.024,
        ),
      ];
    case 'spinal-erectors':
      return [
        line(
          [
            at(trunk, 0.08, -0.04),
            at(trunk, 0.3, -0.034),
            at(trunk, 0.6, -0.038),
            at(trunk, 0.9, -0.04),
          ],
          0.02,
        ),
      ];
    case 'abdominals':
      return [line([at(trunk, 0.12, 0.04), at(trunk, 0.4, 0.038), at(trunk, 0.68, 0.044)], 0.02)];
  }
}
