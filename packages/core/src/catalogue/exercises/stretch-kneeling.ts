import type { Exercise } from '../exercise.schema.ts';
import { adjust, exercise, frame } from './build.ts';
import { HIP_FLEXOR_STRETCH_DOSE, STRETCH_HOLD, STRETCH_REPS } from './dose.ts';
import { HALF_KNEEL, HALF_KNEEL_LEAN, HALF_KNEEL_OVERHEAD, HALF_KNEEL_STRETCH } from './poses.ts';
import {
  BREATHE_OUT,
  KNEELING_MISTAKES,
  KNEE_PAD,
  NO_KNEELING,
  SQUEEZE_BACK,
  STRETCH_CAUTION,
  TUCK,
  common,
} from './stretch.ts';

/**
 * The kneeling hip flexor stretch, its two harder forms (the 'hip-flexor-stretch' ladder:
 * kneeling, arms overhead, side lean) and its hold-relax (PNF) form (Aslan 2018, evidence.md §1.2).
 */
export const KNEELING_STRETCHES: readonly Exercise[] = [
  exercise({
    ...common,
    id: 'kneeling-hip-flexor-stretch',
    name: 'Kneeling hip flexor stretch',
    otherNames: ['Half-kneeling psoas stretch', 'Low lunge stretch'],
    summary:
      'The core psoas stretch: kneel on one knee, tuck the pelvis under and shift forward until the front of the back hip opens.',
    targetMuscles: ['psoas', 'iliacus', 'rectus-femoris'],
    equipment: ['mat'],
    level: 1,
    dose: HIP_FLEXOR_STRETCH_DOSE,
    steps: [
      'Kneel on one knee on a mat with the other foot flat in front, both knees bent to about a right angle.',
      'Draw the belly in gently and tuck the tailbone under, as if tipping a bowl of water backwards.',
      'Squeeze the buttock of the kneeling leg and move the hips forward until the front of that hip stretches.',
      'Hold, breathing slowly, then come back and change sides.',
    ],
    cues: [TUCK, SQUEEZE_BACK, BREATHE_OUT, 'Keep the chest tall, stacked over the hips.'],
    mistakes: [...KNEELING_MISTAKES, 'Leaning the chest forward.'],
    cautions: [STRETCH_CAUTION, KNEE_PAD],
    contraindications: ['A recent knee injury that makes kneeling painful.', NO_KNEELING],
    ladder: {
      name: 'hip-flexor-stretch',
      rung: 1,
      easier: null,
      harder: 'kneeling-hip-flexor-stretch-overhead',
    },
    keyframes: [
      frame('Kneel on one knee', HALF_KNEEL),
      frame('Tuck the pelvis, shift forward', HALF_KNEEL_STRETCH, 2000, 4000),
      frame('Come back up', HALF_KNEEL, 1500, 1000),
    ],
  }),
  exercise({
    ...common,
    id: 'kneeling-hip-flexor-stretch-overhead',
    name: 'Kneeling hip flexor stretch, arms overhead',
    otherNames: ['Overhead half-kneeling stretch'],
    summary:
      'The kneeling stretch with both arms raised: the reach lengthens the front of the body up to the ribs.',
    targetMuscles: ['psoas', 'iliacus', 'rectus-femoris', 'abdominals'],
    equipment: ['mat'],
    level: 2,
    dose: HIP_FLEXOR_STRETCH_DOSE,
    steps: [
      'Set up the kneeling hip flexor stretch and tuck the pelvis under.',
      'Shift the hips forward until you feel the front of the back hip.',
      'Raise both arms overhead, reaching up through the fingertips without letting the ribs flare.',
      'Hold, breathing slowly, lower the arms, and change sides.',
    ],
    cues: [TUCK, 'Reach up tall, ribs stay down.', BREATHE_OUT],
    mistakes: [...KNEELING_MISTAKES, 'Leaning back with the arms, arching the low back.'],
    cautions: [STRETCH_CAUTION, KNEE_PAD, 'Lower the arms if your shoulders object.'],
    contraindications: ['A recent knee injury that makes kneeling painful.', NO_KNEELING],
    ladder: {
      name: 'hip-flexor-stretch',
      rung: 2,
      easier: 'kneeling-hip-flexor-stretch',
      harder: 'kneeling-hip-flexor-stretch-side-lean',
    },
    keyframes: [
      frame('Kneel, tuck, shift forward', HALF_KNEEL_STRETCH),
      frame('Raise both arms overhead', HALF_KNEEL_OVERHEAD, 1500, 4000),
      frame('Lower the arms', HALF_KNEEL_STRETCH, 1500, 1000),
    ],
  }),
  exercise({
    ...common,
    id: 'kneeling-hip-flexor-stretch-side-lean',
    name: 'Kneeling hip flexor stretch with a side lean',
    otherNames: ['Half-kneeling stretch with side bend'],
    summary:
      'The hardest form: arms overhead, then lean the trunk away from the kneeling side to reach the psoas where it joins the spine.',
    targetMuscles: ['psoas', 'iliacus', 'rectus-femoris'],
    equipment: ['mat'],
    level: 3,
    dose: HIP_FLEXOR_STRETCH_DOSE,
    steps: [
      'Set up the kneeling hip flexor stretch with the arms overhead.',
      'Keeping the pelvis tucked, lean the trunk sideways, away from the kneeling leg.',
      'Feel the stretch run from the front of the hip up the side of the waist; hold, breathing slowly.',
      'Come back to upright, lower the arms and change sides.',
    ],
    cues: [TUCK, 'Lean sideways, not backwards.', BREATHE_OUT],
    mistakes: [
      ...KNEELING_MISTAKES,
      'Twisting the chest instead of leaning sideways.',
      'Collapsing into the side you lean towards.',
    ],
    cautions: [STRETCH_CAUTION, KNEE_PAD],
    contraindications: ['A recent knee injury that makes kneeling painful.', NO_KNEELING],
    ladder: {
      name: 'hip-flexor-stretch',
      rung: 3,
      easier: 'kneeling-hip-flexor-stretch-overhead',
      harder: null,
    },
    keyframes: [
      frame('Kneel, arms overhead', HALF_KNEEL_OVERHEAD),
      frame('Lean away from the back leg', HALF_KNEEL_LEAN, 2000, 4000),
      frame('Back to upright', HALF_KNEEL_OVERHEAD, 1500, 1000),
    ],
  }),
  exercise({
    ...common,
    id: 'hold-relax-hip-flexor-stretch',
    name: 'Hold-relax hip flexor stretch (PNF)',
    otherNames: ['PNF hip flexor stretch', 'Contract-relax psoas stretch'],
    summary:
      'The kneeling stretch with a short, gentle push in between: press the back knee into the floor, relax, then sink a little deeper.',
    targetMuscles: ['psoas', 'iliacus', 'rectus-femoris'],
    equipment: ['mat'],
    level: 2,
    dose: {
      ...HIP_FLEXOR_STRETCH_DOSE,
      holdSeconds: STRETCH_HOLD,
      reps: STRETCH_REPS,
      why: 'Each round: ease into the stretch, press gently for about 5 s, relax, then hold the new position for the rest of the 30 s. In a study, hold-relax gained more hip extension in one session than moving stretches.',
    },
    steps: [
      'Set up the kneeling hip flexor stretch and shift forward into a mild stretch.',
      'Without moving, press the back knee down into the floor and slightly forward, at about a third of your strength, for five seconds.',
      'Relax and breathe out, then tuck the pelvis and shift a little further forward.',
      'Hold the new position for the rest of the round, then repeat; change sides.',
    ],
    cues: [
      'Push gently: a third of your effort, not all of it.',
      'Breathe out as you relax, then sink.',
      TUCK,
    ],
    mistakes: [
      'Pushing hard enough to shake or hold the breath.',
      'Bouncing into the deeper position.',
      ...KNEELING_MISTAKES.slice(0, 1),
    ],
    cautions: [STRETCH_CAUTION, KNEE_PAD],
    contraindications: ['A recent knee injury that makes kneeling painful.', NO_KNEELING],
    ladder: null,
    keyframes: [
      frame('Ease into the stretch', HALF_KNEEL_STRETCH),
      frame('Press the knee down 5 s', adjust(HALF_KNEEL_STRETCH, { trunk: -1 }), 800, 5000),
      frame(
        'Relax and sink deeper',
        adjust(HALF_KNEEL_STRETCH, {
          left: { hip: -30, knee: 113 },
          right: { hip: 100, knee: 118 },
        }),
        2000,
        4000,
      ),
    ],
  }),
];
