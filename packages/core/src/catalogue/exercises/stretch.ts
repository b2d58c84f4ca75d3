import type { Exercise } from '../exercise.schema.ts';
import { dose, exercise, frame, pose } from './build.ts';
import { HIP_FLEXOR_STRETCH_DOSE } from './dose.ts';
import { RUNNERS_LUNGE, STANDING, SUPINE } from './poses.ts';

/**
 * Stretches for the hip flexors (evidence.md §1); the kneeling family is in stretch-kneeling.ts. Copy rule: stretching adds a few degrees of hip extension;
 * it is never presented as a posture fix or a back pain cure (Preece 2021, Hatefi 2021).
 */

export const STRETCH_CAUTION =
  'Stretch to a feeling of tightness or mild discomfort, never to pain. Stretching frees the hip a few degrees; it is not a fix for posture or back pain.';

export const KNEE_PAD = 'Put a folded towel or cushion under the kneeling knee.';
export const NO_KNEELING =
  'If kneeling hurts your knee, use the standing or table version instead.';

export const TUCK =
  'Tuck the tailbone under and draw the lowest ribs down: the stretch moves to the front of the hip.';
export const BREATHE_OUT = 'Breathe slowly; on each breath out, let the hip sink a little further.';
export const SQUEEZE_BACK = 'Squeeze the buttock of the back leg.';

export const KNEELING_MISTAKES = [
  'Arching the low back instead of opening the hip.',
  'Letting the front knee fall inwards.',
  'Lunging far forward without tucking the pelvis: the stretch goes nowhere.',
];

export const common = {
  phase: 'stretch',
  laterality: 'per-side',
  professionalOnly: false,
  pressesOnAbdomen: false,
  lock: null,
} as const;

export const STRETCH: readonly Exercise[] = [
  exercise({
    ...common,
    id: 'runners-lunge-stretch',
    name: "Runner's lunge stretch",
    otherNames: ['Long lunge stretch', 'Low lunge with straight back leg'],
    summary:
      'A long forward lunge with the back leg nearly straight: a deeper stretch when the kneeling one is easy.',
    targetMuscles: ['psoas', 'iliacus', 'rectus-femoris'],
    equipment: ['none'],
    level: 2,
    dose: HIP_FLEXOR_STRETCH_DOSE,
    steps: [
      'From standing, take a long step forward and bend the front knee over the ankle.',
      'Keep the back leg long with the heel lifted, and rest your hands on the front thigh.',
      'Tuck the pelvis under and let the hips sink until the front of the back hip stretches.',
      'Hold, breathing slowly, step back to standing and change sides.',
    ],
    cues: [TUCK, 'Front knee over the ankle, not past the toes.', BREATHE_OUT],
    mistakes: [
      'Letting the front knee drift far past the toes.',
      'Dropping the chest onto the front thigh and losing the pelvic tuck.',
      'Bending the back knee so much that the stretch disappears.',
    ],
    cautions: [STRETCH_CAUTION, 'Hold a chair or wall for balance if you need to.'],
    contraindications: ['Recent knee or ankle injury that makes a deep lunge painful.'],
    ladder: null,
    keyframes: [
      frame('Stand tall', STANDING),
      frame('Long step, sink the hips', RUNNERS_LUNGE, 2000, 4000),
      frame('Step back to standing', STANDING, 2000, 1000),
    ],
  }),
  exercise({
    ...common,
    id: 'table-hip-flexor-stretch',
    name: 'Table hip flexor stretch',
    otherNames: ['Chair hip flexor stretch', 'Rear-foot-elevated stretch'],
    summary:
      'A standing stretch with the back shin resting on a chair or low table, a little lower than the hip. No kneeling needed.',
    targetMuscles: ['psoas', 'iliacus', 'rectus-femoris'],
    equipment: ['table-or-chair'],
    level: 2,
    dose: HIP_FLEXOR_STRETCH_DOSE,
    steps: [
      'Stand with your back to a sturdy chair or low table that is a little lower than your hip.',
      'Rest one shin or foot on it behind you and stand tall on the other leg, knee soft.',
      'Keep the hips facing forward, tuck the pelvis under and bend the standing knee slightly until the front of the raised hip stretches.',
      'Hold, breathing slowly, step down and change sides.',
    ],
    cues: ['Hips square to the front.', TUCK, BREATHE_OUT],
    mistakes: [
      'Twisting the pelvis open to the side.',
      'Arching the low back to go deeper.',
      'Using a surface so high the knee is forced to bend hard.',
    ],
    cautions: [
      STRETCH_CAUTION,
      'Make sure the chair or table cannot slide; hold something steady for balance.',
    ],
    contraindications: ['Poor balance on one leg without something to hold.'],
    ladder: null,
    keyframes: [
      frame(
        'Shin on the chair behind',
        pose({
          trunk: 0,
          left: { hip: -15, knee: 75, ankle: -30, shoulder: -25, elbow: 100 },
          right: { hip: 0, knee: 5, ankle: 0, shoulder: -25, elbow: 100 },
          props: [{ kind: 'chair', at: 'left-shin' }],
        }),
      ),
      frame(
        'Tuck and sink slightly',
        pose({
          trunk: -2,
          left: { hip: -25, knee: 70, ankle: -30, shoulder: -25, elbow: 100 },
          right: { hip: 15, knee: 25, ankle: 10, shoulder: -25, elbow: 100 },
          props: [{ kind: 'chair', at: 'left-shin' }],
        }),
        2000,
        4000,
      ),
    ],
  }),
  exercise({
    ...common,
    id: 'thomas-position-stretch',
    name: 'Hip flexor stretch in the Thomas position',
    otherNames: ['Modified Thomas stretch', 'End-of-bed hip flexor stretch'],
    summary:
      'Lie back at the end of a bed or firm table, hug one knee and let the other leg hang: gravity does the stretching.',
    targetMuscles: ['psoas', 'iliacus', 'rectus-femoris'],
    equipment: ['table-or-chair'],
    level: 1,
    dose: {
      ...HIP_FLEXOR_STRETCH_DOSE,
      why: 'The same 30 s x 3 per side; home stretches in this position improved hip extension over 3 to 6 weeks. It is a comfortable stretch, not a test: the app measures nothing here.',
      reps: dose(3, 2, 4, 'Three relaxed holds per side; two is fine if the hugging arm tires.', [
        'acsm-2011',
        'winters-2004',
      ]),
    },
    steps: [
      'Sit right at the end of a firm bed or table, with the edge under the tops of your thighs.',
      'Hug one knee to your chest and roll back slowly to lie down, still hugging it.',
      'Hug just enough to flatten the low back, then let the other leg hang off the edge, knee relaxed.',
      'Hold, breathing slowly; then hug both knees, sit up carefully and change sides.',
    ],
    cues: [
      'Low back flat, not pulled into a curl.',
      'Let the hanging thigh drop with each breath out.',
    ],
    mistakes: [
      'Hugging the knee so hard the tailbone curls up.',
      'Letting the low back arch off the bed.',
      'Holding the hanging leg up with effort.',
    ],
    cautions: [
      STRETCH_CAUTION,
      'Use a surface that is firm and stable, and get up slowly, hugging both knees.',
    ],
    contraindications: ['Dizziness when lying back or sitting up quickly.'],
    ladder: null,
    keyframes: [
      frame(
        'Sit at the end of the table',
        pose({
          trunk: 0,
          both: { hip: 90, knee: 90, ankle: 0, shoulder: 20, elbow: 60 },
          props: [{ kind: 'table', at: 'pelvis' }],
        }),
      ),
      frame(
        'Lie back, one leg hangs',
        pose({
          trunk: -90,
          neck: 10,
          left: { hip: -10, knee: 80, ankle: -20, shoulder: 50, elbow: 30 },
          right: { hip: 120, knee: 120, ankle: -20, shoulder: 50, elbow: 30 },
          props: [{ kind: 'table', at: 'lower-back' }],
        }),
        2500,
        4000,
      ),
    ],
  }),
  exercise({
    ...common,
    id: 'knee-to-chest',
    name: 'Knee to chest',
    otherNames: ['Single knee hug', 'Apanasana (one leg)'],
    summary:
      'Lying on your back, hug one knee in while the other leg rests long: the low back eases and the straight leg’s hip opens.',
    targetMuscles: ['glutes', 'spinal-erectors', 'psoas'],
    equipment: ['mat'],
    level: 1,
    dose: {
      ...HIP_FLEXOR_STRETCH_DOSE,
      reps: dose(
        2,
        2,
        4,
        'Two relaxed holds per side suit a gentle stretch; practitioners say 2-3.',
        ['acsm-2011', 'practice-care-method'],
      ),
      why: 'Two or three 30-second holds per side, once a day on most days. A gentle stretch for the low back and the hip of the straight leg.',
    },
    steps: [
      'Lie on your back with both legs long.',
      'Bend one knee and draw it towards your chest, hands behind the thigh or on the shin.',
      'Keep the other leg long and heavy on the floor.',
      'Hold, breathing slowly, then lower the leg and change sides.',
    ],
    cues: [
      'Shoulders and head relaxed on the floor.',
      'The long leg stays heavy: feel the front of its hip.',
    ],
    mistakes: [
      'Pulling so hard that the tailbone lifts off the floor.',
      'Lifting the head and straining the neck.',
    ],
    cautions: [
      STRETCH_CAUTION,
      'After a hip replacement, ask your surgeon how far you may bend the hip.',
    ],
    contraindications: ['A recent hip operation with limits on bending.'],
    ladder: null,
    keyframes: [
      frame('Lie on your back', SUPINE),
      frame(
        'Hug one knee in',
        pose({
          trunk: -90,
          left: { hip: 125, knee: 130, ankle: -20, shoulder: 75, elbow: 70 },
          right: { hip: 0, knee: 0, ankle: -20, shoulder: 75, elbow: 70 },
        }),
        2000,
        4000,
      ),
      frame('Lower the leg', SUPINE, 2000, 1000),
    ],
  }),
];
