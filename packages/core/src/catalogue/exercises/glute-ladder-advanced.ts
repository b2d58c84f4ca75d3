import type { Exercise } from '../exercise.schema.ts';
import { dose, exercise, frame, pose } from './build.ts';
import { TOP_PAUSE, strengthDose } from './dose.ts';
import {
  BACK_CAUTION,
  BRIDGE_CUES,
  BRIDGE_MISTAKES,
  PROGRESS,
  common,
  rung,
} from './glute-ladder.ts';

/** The upper rungs of the glute ladder (evidence.md §3.3): single-leg, feet-up, hip thrust. */

const SINGLE_LEG_TOP = pose({
  trunk: -118,
  neck: 28,
  left: { hip: 0, knee: 135, ankle: 20, shoulder: -28 },
  right: { hip: 0, knee: 0, ankle: -20, shoulder: -28 },
});

export const GLUTE_LADDER_ADVANCED: readonly Exercise[] = [
  exercise({
    ...common,
    id: 'single-leg-glute-bridge',
    name: 'Single-leg bridge',
    otherNames: ['One-leg glute bridge'],
    phase: 'strengthen',
    summary:
      'A bridge on one leg with the heel close to the buttock (knee bent to about 135°): the step up once the march is easy.',
    targetMuscles: ['glutes', 'hamstrings'],
    laterality: 'per-side',
    level: 2,
    dose: strengthDose(
      'About 8-10 reps per side, 2 sets, 2-3 days a week. With the knee well bent the glutes take the load and the hamstrings are less likely to cramp.',
      TOP_PAUSE,
      dose(8, 8, 12, 'Eight reps per side to start, building to 12.', [
        'ratamess-2009',
        'lehecka-2017',
      ]),
    ),
    steps: [
      'Lie on your back, one foot flat with the heel fairly close to the buttock, the other leg straight.',
      'Lift the straight leg until it lines up with the other thigh.',
      'Squeeze the buttock of the bent leg and lift the hips level.',
      'Lower slowly without letting the pelvis tip. Finish the reps, then change sides.',
      PROGRESS,
    ],
    cues: ['Hips level.', 'Push through the heel.', ...BRIDGE_CUES.slice(0, 1)],
    mistakes: [
      'Letting the free side of the pelvis drop.',
      'Heel too far away: the hamstring cramps.',
      ...BRIDGE_MISTAKES.slice(0, 1),
    ],
    cautions: [BACK_CAUTION],
    ladder: rung('single-leg-glute-bridge'),
    keyframes: [
      frame(
        'One heel close, other leg long',
        pose({
          trunk: -90,
          left: { hip: 60, knee: 135, ankle: -15, shoulder: 0 },
          right: { hip: 60, knee: 0, ankle: -10, shoulder: 0 },
        }),
      ),
      frame('Lift the hips level', SINGLE_LEG_TOP, 1500, 1500),
      frame(
        'Lower slowly',
        pose({
          trunk: -90,
          left: { hip: 60, knee: 135, ankle: -15, shoulder: 0 },
          right: { hip: 60, knee: 0, ankle: -10, shoulder: 0 },
        }),
        2000,
        500,
      ),
    ],
  }),
  exercise({
    ...common,
    id: 'elevated-glute-bridge',
    name: 'Feet-up bridge',
    otherNames: ['Elevated glute bridge', 'Bench bridge'],
    phase: 'strengthen',
    summary:
      'A bridge with the feet up on a low bench or chair: a longer lever and a bigger range for the hips.',
    targetMuscles: ['glutes', 'hamstrings'],
    equipment: ['mat', 'table-or-chair'],
    laterality: 'both-sides',
    level: 3,
    dose: strengthDose('The novice strength dose: about 10 reps, 2 sets, 2-3 days a week.'),
    steps: [
      'Lie on your back with your heels up on a low, steady bench or chair seat, knees bent to about a right angle.',
      'Squeeze the buttocks and lift the hips until knees, hips and shoulders line up.',
      'Pause, then lower slowly.',
      PROGRESS,
    ],
    cues: BRIDGE_CUES,
    mistakes: ['Using a chair that can slide away.', ...BRIDGE_MISTAKES],
    cautions: [BACK_CAUTION, 'Check that the bench or chair is stable before you start.'],
    ladder: rung('elevated-glute-bridge'),
    keyframes: [
      frame(
        'Heels up on a chair',
        pose({
          trunk: -90,
          both: { hip: 70, knee: 95, ankle: -10, shoulder: 0 },
          props: [{ kind: 'chair', at: 'left-foot' }],
        }),
      ),
      frame(
        'Lift the hips',
        pose({
          trunk: -125,
          neck: 32,
          both: { hip: 0, knee: 80, ankle: -10, shoulder: -35 },
          props: [{ kind: 'chair', at: 'left-foot' }],
        }),
        1500,
        1500,
      ),
    ],
  }),
  exercise({
    ...common,
    id: 'hip-thrust',
    name: 'Hip thrust',
    otherNames: ['Bench hip thrust', 'Loaded hip thrust'],
    phase: 'strengthen',
    summary:
      'Shoulders on a bench, feet on the floor, drive the hips up: the top rung, with a weight on the hips when body weight is easy.',
    targetMuscles: ['glutes', 'hamstrings'],
    equipment: ['table-or-chair'],
    laterality: 'both-sides',
    level: 3,
    dose: strengthDose(
      'The novice strength dose: 8-12 reps, 2-3 sets, 2-3 days a week. Add 2-10% load once two extra reps are easy on every set.',
    ),
    steps: [
      'Sit on the floor with your upper back against the edge of a steady bench or sofa, knees bent, feet flat.',
      'Optional: rest a weight across the hip bones, held with both hands (pad it).',
      'Squeeze the buttocks and drive the hips up until the body is level from shoulders to knees, shins upright.',
      'Pause, then lower slowly.',
      PROGRESS,
    ],
    cues: ['Chin tucked, eyes forward.', 'Shins upright at the top.', ...BRIDGE_CUES.slice(0, 2)],
    mistakes: [
      'Arching the low back at the top.',
      'Feet too far away (hamstrings take over) or too close (knees take over).',
    ],
    cautions: [BACK_CAUTION, 'Add load in small steps, and only while the form stays clean.'],
    ladder: rung('hip-thrust'),
    keyframes: [
      frame(
        'Upper back on the bench',
        pose({
          trunk: -55,
          neck: 20,
          both: { hip: 85, knee: 95, ankle: -5, shoulder: 30, elbow: 110 },
          props: [{ kind: 'chair', at: 'upper-back' }],
        }),
      ),
      frame(
        'Drive the hips up',
        pose({
          trunk: -95,
          neck: 35,
          both: { hip: 5, knee: 90, ankle: -5, shoulder: 30, elbow: 110 },
          props: [{ kind: 'chair', at: 'upper-back' }],
        }),
        1500,
        1500,
      ),
    ],
  }),
];
