import type { Keyframe, LimbAngles, Muscle, Pose, Prop } from '@psoas/core';

/**
 * Hand-written keyframes for tests and the visual harness, one per kind of pose the figure must
 * draw: kneeling, lying face up and face down, on a roller, on a table, on a chair, at a wall.
 * The catalogue's own keyframes are tested as well once it holds them.
 */

const limb = (hip: number, knee: number, ankle = 0, shoulder = 0, elbow = 10): LimbAngles => ({
  hip,
  knee,
  ankle,
  shoulder,
  elbow,
});

const pose = (
  trunk: number,
  left: LimbAngles,
  right: LimbAngles,
  props: Prop[] = [],
  neck = 0,
): Pose => ({
  trunk,
  neck,
  left,
  right,
  props,
});

const frame = (label: string, p: Pose, moveMs = 1200, holdMs = 1500): Keyframe => ({
  label,
  pose: p,
  moveMs,
  holdMs,
});

export type FigureFixture = {
  readonly name: string;
  readonly muscles: readonly Muscle[];
  readonly perSide: boolean;
  readonly keyframes: readonly Keyframe[];
};

export const FIGURE_FIXTURES: readonly FigureFixture[] = [
  {
    name: 'Kneeling hip flexor stretch',
    muscles: ['psoas', 'iliacus', 'rectus-femoris'],
    perSide: true,
    keyframes: [
      frame('Kneel on one knee', pose(0, limb(0, 90, -40, 0, 10), limb(90, 90, 0, 0, 10))),
      frame('Tuck the pelvis under', pose(-4, limb(-6, 84, -40, 0, 10), limb(86, 86, 4, 0, 10))),
      frame(
        'Shift the hips forward',
        pose(-2, limb(-22, 72, -40, 0, 10), limb(70, 100, 20, 0, 10)),
        1600,
        3000,
      ),
    ],
  },
  {
    name: 'Glute bridge',
    muscles: ['glutes', 'hamstrings', 'abdominals'],
    perSide: false,
    keyframes: [
      frame(
        'Lie with knees bent',
        pose(-90, limb(60, 110, -30, 0, 0), limb(60, 110, -30, 0, 0), [], -10),
      ),
      frame(
        'Lift the hips',
        pose(-112, limb(-8, 100, -12, 0, 0), limb(-8, 100, -12, 0, 0), [], 22),
        1500,
        2500,
      ),
    ],
  },
  {
    name: 'Foam roll: front of the thigh',
    muscles: ['quadriceps', 'rectus-femoris'],
    perSide: true,
    keyframes: [
      frame(
        'Roller above the knee',
        pose(
          80,
          limb(0, 0, -40, 80, 90),
          limb(0, 0, -40, 80, 90),
          [{ kind: 'foam-roller', at: 'left-knee' }],
          -20,
        ),
      ),
      frame(
        'Roll up towards the hip',
        pose(
          80,
          limb(0, 0, -40, 80, 90),
          limb(0, 0, -40, 80, 90),
          [{ kind: 'foam-roller', at: 'left-thigh' }],
          -20,
        ),
        2500,
        800,
      ),
    ],
  },
  {
    name: 'Thomas test stretch on a table',
    muscles: ['psoas', 'rectus-femoris', 'tfl'],
    perSide: true,
    keyframes: [
      frame(
        'Hug one knee',
        pose(-90, limb(-5, 70, -10, 0, 10), limb(125, 130, 0, 70, 70), [
          { kind: 'table', at: 'pelvis' },
        ]),
      ),
      frame(
        'Let the other leg hang',
        pose(-90, limb(-15, 80, -10, 0, 10), limb(130, 135, 0, 70, 80), [
          { kind: 'table', at: 'pelvis' },
        ]),
        2000,
        3000,
      ),
    ],
  },
  {
    name: 'Seated band knee press',
    muscles: ['glutes', 'deep-hip-rotators'],
    perSide: false,
    keyframes: [
      frame(
        'Sit tall',
        pose(0, limb(90, 90, 0, 20, 70), limb(90, 90, 0, 20, 70), [
          { kind: 'chair', at: 'pelvis' },
          { kind: 'band', at: 'left-knee' },
        ]),
      ),
      frame(
        'Lean forward a little',
        pose(15, limb(95, 90, 0, 30, 80), limb(95, 90, 0, 30, 80), [
          { kind: 'chair', at: 'pelvis' },
          { kind: 'band', at: 'left-knee' },
        ]),
      ),
    ],
  },
  {
    name: 'Standing lunge at a wall',
    muscles: ['psoas', 'spinal-erectors'],
    perSide: true,
    keyframes: [
      frame(
        'Stand tall, hand on the wall',
        pose(0, limb(-10, 10, 0, 0, 10), limb(20, 20, 0, 90, 0), [
          { kind: 'wall', at: 'right-hand' },
        ]),
      ),
      frame(
        'Step back and sink',
        pose(2, limb(-25, 20, 10, 0, 10), limb(45, 50, 10, 85, 5), [
          { kind: 'wall', at: 'right-hand' },
        ]),
      ),
    ],
  },
  {
    name: 'Ball release under the front of the hip',
    muscles: ['psoas', 'iliacus'],
    perSide: true,
    keyframes: [
      frame(
        'Lie face down over the ball',
        pose(88, limb(0, 0, -40, 90, 90), limb(10, 20, -40, 90, 90), [
          { kind: 'ball', at: 'pelvis' },
        ]),
      ),
      frame(
        'Bend the knee slowly',
        pose(88, limb(0, 90, -20, 90, 90), limb(10, 20, -40, 90, 90), [
          { kind: 'ball', at: 'pelvis' },
        ]),
      ),
    ],
  },
];
