import type { BodyPoint, Keyframe, LimbAngles, Pose } from './pose.schema.ts';

/**
 * Moving between keyframes: mirroring for the other side, easing, and the pose at any instant
 * of a looping keyframe sequence. Time is passed in, never read, so the figure, the session
 * player and the tests agree on where the figure is at a given moment.
 */

const SWAPPED_POINTS: Partial<Record<BodyPoint, BodyPoint>> = {
  'left-thigh': 'right-thigh',
  'right-thigh': 'left-thigh',
  'left-knee': 'right-knee',
  'right-knee': 'left-knee',
  'left-shin': 'right-shin',
  'right-shin': 'left-shin',
  'left-foot': 'right-foot',
  'right-foot': 'left-foot',
  'left-hand': 'right-hand',
  'right-hand': 'left-hand',
};

/** The same pose with the sides swapped: keyframes written for the left side, done on the right. */
export function mirrorPose(pose: Pose): Pose {
  return {
    ...pose,
    left: pose.right,
    right: pose.left,
    props: pose.props.map((prop) => ({ ...prop, at: SWAPPED_POINTS[prop.at] ?? prop.at })),
  };
}

/** Slow in, slow out: how a coach demonstrates a movement. */
export function easeInOut(t: number): number {
  const c = Math.min(1, Math.max(0, t));
  return c < 0.5 ? 4 * c * c * c : 1 - (-2 * c + 2) ** 3 / 2;
}

const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;

function lerpLimb(a: LimbAngles, b: LimbAngles, t: number): LimbAngles {
  return {
    hip: lerp(a.hip, b.hip, t),
    knee: lerp(a.knee, b.knee, t),
    ankle: lerp(a.ankle, b.ankle, t),
    shoulder: lerp(a.shoulder, b.shoulder, t),
    elbow: lerp(a.elbow, b.elbow, t),
  };
}

/** The pose a fraction `t` (0..1) of the way from `a` to `b`; props switch at the halfway point. */
export function interpolatePose(a: Pose, b: Pose, t: number): Pose {
  return {
    trunk: lerp(a.trunk, b.trunk, t),
    neck: lerp(a.neck, b.neck, t),
    left: lerpLimb(a.left, b.left, t),
    right: lerpLimb(a.right, b.right, t),
    props: t < 0.5 ? a.props : b.props,
  };
}

/** Length of one loop through the keyframes, the move back to the first frame included. */
export function cycleMs(keyframes: readonly Keyframe[]): number {
  return keyframes.reduce((total, frame) => total + frame.moveMs + frame.holdMs, 0);
}

export type FrameAt = { readonly pose: Pose; readonly index: number; readonly moving: boolean };

/**
 * Where a looping keyframe animation is `elapsedMs` after it started. Each keyframe's `moveMs`
 * is spent easing in from the previous frame (the last frame for the first one), then its
 * `holdMs` holding still.
 */
export function frameAt(keyframes: readonly Keyframe[], elapsedMs: number): FrameAt {
  const first = keyframes[0];
  if (!first) throw new Error('a figure needs at least one keyframe');
  const cycle = cycleMs(keyframes);
  let t = cycle > 0 ? ((elapsedMs % cycle) + cycle) % cycle : 0;
  for (const [index, frame] of keyframes.entries()) {
    const previous = keyframes[(index - 1 + keyframes.length) % keyframes.length] ?? first;
    if (t < frame.moveMs) {
      return {
        pose: interpolatePose(previous.pose, frame.pose, easeInOut(t / frame.moveMs)),
        index,
        moving: true,
      };
    }
    t -= frame.moveMs;
    if (t < frame.holdMs) return { pose: frame.pose, index, moving: false };
    t -= frame.holdMs;
  }
  return { pose: first.pose, index: 0, moving: false };
}
