import type { SelfTest } from './self-tests-form.ts';

export type SelfTestGuide = {
  readonly title: string;
  /** What the test looks at, in one sentence. */
  readonly purpose: string;
  readonly steps: readonly string[];
  /** A catalogue exercise in the same position, for its figure; null when none fits. */
  readonly figureExercise: string | null;
};

/** How to do each self-test at home, in our own words (evidence.md §2 for the Thomas test). */
export const SELF_TEST_GUIDES: Readonly<Record<SelfTest, SelfTestGuide>> = {
  thomas: {
    title: 'Modified Thomas test',
    purpose: 'Shows how far each thigh can drop behind you: a sign of hip flexor length.',
    steps: [
      'Sit on the very end of a firm bed or table and lie back.',
      'Hug one knee to your chest until your low back rests flat. Keep it there.',
      'Let the other leg hang over the edge, relaxed. A helper or a photo from the side helps.',
      'Look at the hanging thigh, the lower leg and whether the thigh drifts out to the side.',
      'Swap legs and repeat.',
    ],
    figureExercise: 'thomas-position-stretch',
  },
  kneeToChest: {
    title: 'Knee-to-chest test',
    purpose: 'Shows whether the straight leg stays down when the other hip bends fully.',
    steps: [
      'Lie on your back on the floor with both legs straight.',
      'Pull one knee towards your chest with both hands.',
      'Notice whether the other, straight leg lifts off the floor.',
      'Swap legs and repeat. Each side below is named after the straight leg.',
    ],
    figureExercise: 'knee-to-chest',
  },
  pelvicTilt: {
    title: 'Standing pelvic tilt check',
    purpose: 'An observation of how your pelvis sits; it is compared side to side.',
    steps: [
      'Stand side-on to a mirror, feet hip-width apart, relaxed.',
      'Put a finger on the bony point at the front of your hip and another on the dimple at the back, on the same side.',
      'If the front point is clearly lower than the back one, the pelvis tips forward on that side.',
      'Check the other side the same way.',
    ],
    figureExercise: null,
  },
  bridgeHold: {
    title: 'Single-leg bridge hold',
    purpose: 'Times how long each side can hold the hips up: a sign of glute endurance.',
    steps: [
      'Lie on your back, knees bent, feet flat and hip-width apart.',
      'Lift your hips until your body is straight from shoulders to knees.',
      'Straighten one leg, keeping both thighs level, and start the timer.',
      'Stop the timer as soon as your hips drop or tilt. Stop at once if it hurts.',
      'Rest a minute, then do the other side. Each side is named after the foot on the floor.',
    ],
    figureExercise: 'single-leg-glute-bridge',
  },
};
