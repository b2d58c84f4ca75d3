import type { LimbAngles, Pose } from './pose.schema.ts';

/**
 * The range each angle of the pose format may take in a drawn figure: the active range of an
 * adult joint, with a little room for the stretch positions. A keyframe outside these is a
 * typing mistake in the catalogue, not a pose anyone should copy.
 */
export const JOINT_RANGES = {
  neck: { min: -60, max: 70 },
  hip: { min: -35, max: 150 },
  knee: { min: 0, max: 160 },
  ankle: { min: -60, max: 35 },
  shoulder: { min: -70, max: 180 },
  elbow: { min: 0, max: 155 },
} as const;

export type JointName = keyof typeof JOINT_RANGES;

export type JointOutOfRange = {
  readonly joint: JointName;
  readonly side: 'left' | 'right' | null;
  readonly value: number;
  readonly min: number;
  readonly max: number;
};

const LIMB_JOINTS = [
  'hip',
  'knee',
  'ankle',
  'shoulder',
  'elbow',
] as const satisfies readonly (keyof LimbAngles)[];

/** Every angle of a pose that lies outside its human range (empty when the pose is possible). */
export function jointsOutOfRange(pose: Pose): JointOutOfRange[] {
  const found: JointOutOfRange[] = [];
  const check = (joint: JointName, side: 'left' | 'right' | null, value: number): void => {
    const { min, max } = JOINT_RANGES[joint];
    if (value < min || value > max) found.push({ joint, side, value, min, max });
  };
  check('neck', null, pose.neck);
  for (const side of ['left', 'right'] as const) {
    for (const joint of LIMB_JOINTS) check(joint, side, pose[side][joint]);
  }
  return found;
}
