import { z } from 'zod';

/**
 * The pose format: a person seen from the side, as joint angles in degrees.
 *
 * Angles, not coordinates, because they are what a coach describes ("hip bent to 90°"), they
 * do not depend on body size, and they are what a pose estimator reports from a side-view
 * camera, so the camera feature can later compare a person's angles with these keyframes.
 *
 * Conventions (fixed; never mix conventions across protocols, evidence.md §2.2):
 * - `trunk`: the line from hip to shoulder, measured from straight up, positive when it tips
 *   towards the direction the person faces. Standing 0, bent forward 90, lying on the back
 *   (face up) -90, lying face down 90, on hands and knees about 90.
 * - `neck`: the head's tilt relative to the trunk, positive nodding forward.
 * - hip: flexion of the thigh relative to the trunk line; 0 in line (standing), positive lifts
 *   the thigh forward, negative takes it behind the body (extension).
 * - knee: flexion; 0 straight, positive bends the shin back.
 * - ankle: dorsiflexion; 0 with the foot at right angles to the shin, negative points the toes.
 * - shoulder: flexion; 0 with the arm hanging along the trunk, 90 reaching forward, 180 overhead,
 *   negative behind the body.
 * - elbow: flexion; 0 straight.
 *
 * The figure is placed on the floor by the renderer: its lowest point rests on the ground, or
 * on a prop when one is placed under a body point.
 */

export const SIDES = ['left', 'right'] as const;
export const sideSchema = z.enum(SIDES);
export type Side = z.infer<typeof sideSchema>;

const angle = z.number().min(-180).max(180);

export const limbAnglesSchema = z.object({
  hip: angle,
  knee: angle,
  ankle: angle,
  shoulder: angle,
  elbow: angle,
});
export type LimbAngles = z.infer<typeof limbAnglesSchema>;

/** Where a prop can sit: under a joint or under the middle of a segment. */
export const BODY_POINTS = [
  'head',
  'shoulders',
  'upper-back',
  'lower-back',
  'pelvis',
  'left-thigh',
  'right-thigh',
  'left-knee',
  'right-knee',
  'left-shin',
  'right-shin',
  'left-foot',
  'right-foot',
  'left-hand',
  'right-hand',
] as const;
export const bodyPointSchema = z.enum(BODY_POINTS);
export type BodyPoint = z.infer<typeof bodyPointSchema>;

export const PROP_KINDS = [
  'foam-roller',
  'ball',
  'table',
  'chair',
  'wall',
  'band',
  'block',
] as const;
export const propSchema = z.object({
  kind: z.enum(PROP_KINDS),
  /** The body point the prop supports or touches (a band loops around it). */
  at: bodyPointSchema,
});
export type Prop = z.infer<typeof propSchema>;

export const poseSchema = z.object({
  trunk: angle,
  neck: angle,
  left: limbAnglesSchema,
  right: limbAnglesSchema,
  props: z.array(propSchema),
});
export type Pose = z.infer<typeof poseSchema>;

/**
 * One frame of a figure's animation. For an exercise done one side at a time, keyframes are
 * written for the left side as the worked side; the right side is the mirror image (sides
 * swapped), so one set of keyframes serves both.
 */
export const keyframeSchema = z.object({
  /** What the person does to reach this pose, in a few words ("Lift the hips"). */
  label: z.string().min(1).max(60),
  pose: poseSchema,
  /** Time to move into this pose from the previous one. */
  moveMs: z.number().int().min(0).max(10_000),
  /** Time the figure stays in this pose before moving on. */
  holdMs: z.number().int().min(0).max(10_000),
});
export type Keyframe = z.infer<typeof keyframeSchema>;
