import type { Exercise } from '../exercise.schema.ts';
import { adjust, dose, exercise, frame, type ExerciseInput } from './build.ts';
import { STRENGTH_REPS, TOP_PAUSE, strengthDose } from './dose.ts';
import { BRIDGE_TOP, HOOK_LYING } from './poses.ts';

/**
 * The glute ladder of evidence.md §3.3, one rung per exercise, easiest first. The order is
 * inferred from EMG studies; no trial has tested it. Copy rule (§3.4): glute work is presented
 * as a sensible partner to hip flexor stretching, never as "waking up" inhibited glutes.
 */

const LADDER = 'glute-bridge';
const IDS = [
  'glute-bridge',
  'banded-glute-bridge',
  'glute-bridge-hold',
  'glute-bridge-march',
  'single-leg-glute-bridge',
  'elevated-glute-bridge',
  'hip-thrust',
] as const;

export function rung(id: (typeof IDS)[number]) {
  const index = IDS.indexOf(id);
  return {
    name: LADDER,
    rung: index + 1,
    easier: IDS[index - 1] ?? null,
    harder: IDS[index + 1] ?? null,
  };
}

export const PROGRESS =
  'Move up a rung when you can do two more reps than the target on every set with good form.';
export const BACK_CAUTION = 'Stop if it brings on back pain; lift less high, or go back a rung.';
export const BRIDGE_CUES = [
  'Breathe out as you lift, in as you lower.',
  'Squeeze the buttocks first, then lift.',
  'Ribs down: the lift comes from the hips, not the low back.',
];
export const BRIDGE_MISTAKES = [
  'Arching the low back to lift higher.',
  'Letting the hips sag or tip to one side.',
  'Pushing through the toes instead of the heels.',
];

export const common = {
  equipment: ['mat'],
  professionalOnly: false,
  pressesOnAbdomen: false,
  lock: null,
  contraindications: [
    'A recent back, hip or knee injury that has not yet been checked by a professional.',
  ],
} satisfies Partial<ExerciseInput>;

export const GLUTE_LADDER: readonly Exercise[] = [
  exercise({
    ...common,
    id: 'glute-bridge',
    name: 'Glute bridge',
    otherNames: ['Bridge', 'Hip bridge'],
    phase: 'activate',
    summary:
      'Lift the hips with the buttocks until knees, hips and shoulders make one line. The first rung of the glute ladder.',
    targetMuscles: ['glutes', 'hamstrings'],
    laterality: 'both-sides',
    level: 1,
    dose: strengthDose(
      'Beginner strength dose: about 10 controlled reps, 2 sets, 2-3 days a week. Practitioners use 10-15 reps with a 10 s squeeze, which fit the ranges; they suggest daily sessions, but the days follow the research.',
    ),
    steps: [
      'Lie on your back, knees bent, feet flat and hip-width apart, arms by your sides.',
      'Breathe out, squeeze your buttocks and lift the hips until knees, hips and shoulders line up.',
      'Pause at the top, then lower slowly, one part of the spine at a time.',
      PROGRESS,
    ],
    cues: BRIDGE_CUES,
    mistakes: BRIDGE_MISTAKES,
    cautions: [BACK_CAUTION],
    ladder: rung('glute-bridge'),
    keyframes: [
      frame('Lie with knees bent', HOOK_LYING),
      frame('Squeeze and lift the hips', BRIDGE_TOP, 1500, 1500),
      frame('Lower slowly', HOOK_LYING, 2000, 500),
    ],
  }),
  exercise({
    ...common,
    id: 'banded-glute-bridge',
    name: 'Glute bridge with a band',
    otherNames: ['Abducted bridge', 'Band bridge'],
    phase: 'activate',
    summary:
      'A bridge with a loop band above the knees, pressing them a little apart: more glute work and less arching.',
    targetMuscles: ['glutes', 'deep-hip-rotators'],
    equipment: ['mat', 'band'],
    laterality: 'both-sides',
    level: 1,
    dose: strengthDose(
      'The bridge dose, with the knees held about 30° apart, which gave the most glute activity and the least forward pelvic tilt in a study.',
    ),
    steps: [
      'Put a loop band just above your knees and lie on your back, knees bent, feet flat.',
      'Press the knees slightly apart against the band, and keep that width throughout.',
      'Squeeze the buttocks and lift the hips into a straight line; pause, then lower slowly.',
      PROGRESS,
    ],
    cues: ['Knees press out against the band.', ...BRIDGE_CUES],
    mistakes: ['Letting the knees fall in as the hips rise.', ...BRIDGE_MISTAKES],
    cautions: [BACK_CAUTION],
    ladder: rung('banded-glute-bridge'),
    keyframes: [
      frame(
        'Band above the knees',
        adjust(HOOK_LYING, { props: [{ kind: 'band', at: 'left-knee' }] }),
      ),
      frame(
        'Knees apart, lift the hips',
        adjust(BRIDGE_TOP, { props: [{ kind: 'band', at: 'left-knee' }] }),
        1500,
        1500,
      ),
      frame(
        'Lower slowly',
        adjust(HOOK_LYING, { props: [{ kind: 'band', at: 'left-knee' }] }),
        2000,
        500,
      ),
    ],
  }),
  exercise({
    ...common,
    id: 'glute-bridge-hold',
    name: 'Glute bridge hold',
    otherNames: ['Isometric bridge'],
    phase: 'activate',
    summary:
      'Lift into the bridge and hold the squeeze for ten seconds, as practitioners teach it.',
    targetMuscles: ['glutes', 'hamstrings'],
    laterality: 'both-sides',
    level: 2,
    dose: strengthDose(
      'The practitioners’ bridge: a 10-second squeeze at the top, about 10 times. Reps stay in the 8-15 range and the days follow the research, 2-3 a week.',
      dose(10, 5, 30, 'Hold 10 s, as practitioners teach; build to 30 s.', [
        'practice-care-method',
        'ladder-3-3',
      ]),
      dose(10, 3, 15, 'About 10 holds; practitioners say 10-15.', ['practice-care-method']),
    ),
    steps: [
      'Lie on your back, knees bent, feet flat.',
      'Squeeze the buttocks and lift the hips into a straight line.',
      'Hold the squeeze, breathing steadily, without letting the hips sag.',
      'Lower slowly and rest a breath before the next hold.',
      PROGRESS,
    ],
    cues: [
      'Keep breathing during the hold.',
      'Squeeze as if holding a coin between the buttocks.',
      'Ribs down.',
    ],
    mistakes: ['Holding the breath.', ...BRIDGE_MISTAKES],
    cautions: [
      BACK_CAUTION,
      'If the hamstrings cramp, walk the feet a little closer to the buttocks.',
    ],
    ladder: rung('glute-bridge-hold'),
    keyframes: [
      frame('Lie with knees bent', HOOK_LYING),
      frame('Lift and hold 10 s', BRIDGE_TOP, 1500, 5000),
      frame('Lower slowly', HOOK_LYING, 2000, 1000),
    ],
  }),
  exercise({
    ...common,
    id: 'glute-bridge-march',
    name: 'Bridge march',
    otherNames: ['Marching bridge'],
    phase: 'strengthen',
    summary:
      'Hold the bridge and lift one foot at a time without letting the hips drop: each glute takes its turn alone.',
    targetMuscles: ['glutes', 'hamstrings', 'abdominals'],
    laterality: 'both-sides',
    level: 2,
    dose: strengthDose(
      'About 10 marching steps (counting both legs), 2 sets, 2-3 days a week: the novice strength dose.',
      TOP_PAUSE,
      STRENGTH_REPS,
    ),
    steps: [
      'Lift into a bridge with the feet hip-width apart.',
      'Keeping the hips level and high, lift one foot a few centimetres, bringing the knee towards you.',
      'Put it down and lift the other, like marching slowly.',
      'Lower the hips after the set.',
      PROGRESS,
    ],
    cues: [
      'Hips level, like a tray of water.',
      'Move slowly: the slower, the harder.',
      'Breathe steadily.',
    ],
    mistakes: [
      'Letting the hip drop on the side of the lifted foot.',
      'Rushing the steps.',
      ...BRIDGE_MISTAKES.slice(0, 1),
    ],
    cautions: [BACK_CAUTION],
    ladder: rung('glute-bridge-march'),
    keyframes: [
      frame('Lift into a bridge', BRIDGE_TOP),
      frame(
        'Lift one knee',
        adjust(BRIDGE_TOP, { right: { hip: 80, knee: 90, ankle: 0 } }),
        1200,
        1000,
      ),
      frame('Foot down', BRIDGE_TOP, 1200, 300),
      frame(
        'Lift the other knee',
        adjust(BRIDGE_TOP, { left: { hip: 80, knee: 90, ankle: 0 } }),
        1200,
        1000,
      ),
    ],
  }),
];
