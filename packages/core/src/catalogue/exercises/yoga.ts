import type { Exercise } from '../exercise.schema.ts';
import { adjust, dose, exercise, frame, pose } from './build.ts';
import {
  HIP_FLEXOR_STRETCH_DOSE,
  STRENGTH_DAYS,
  STRENGTH_SESSIONS,
  STRENGTH_SETS,
} from './dose.ts';
import { BRIDGE_TOP, HOOK_LYING, STANDING } from './poses.ts';
import { STRETCH_CAUTION } from './stretch.ts';

/**
 * Yoga poses that work the psoas and its partners (psoas-facts.md, the care method). Held
 * strength poses use the strength-hold dose; the stretching poses the stretch dose.
 */

const HELD_POSE_DAYS = STRENGTH_DAYS;

const common = {
  professionalOnly: false,
  pressesOnAbdomen: false,
  lock: null,
  ladder: null,
} as const;

export const YOGA: readonly Exercise[] = [
  exercise({
    ...common,
    id: 'boat-pose',
    name: 'Boat pose',
    otherNames: ['Navasana', 'Nāvāsana', 'Half boat (knees bent)'],
    phase: 'strengthen',
    summary:
      'Balance on the sit bones with the legs lifted: the psoas and the belly work together to hold you there.',
    targetMuscles: ['psoas', 'iliacus', 'abdominals'],
    equipment: ['mat'],
    laterality: 'both-sides',
    level: 2,
    dose: {
      holdSeconds: dose(15, 10, 30, 'Hold 10-30 s while you can keep the chest lifted.', [
        'practice-care-method',
      ]),
      reps: dose(4, 3, 6, 'A few holds with rests beat one long shaky one.', [
        'practice-care-method',
      ]),
      sets: dose(1, 1, 2, 'One round of holds; a second when it feels easy.', ['ratamess-2009']),
      restSeconds: dose(20, 10, 60, 'Rest with the feet down between holds.', [
        'practice-care-method',
      ]),
      sessionsPerDay: STRENGTH_SESSIONS,
      daysPerWeek: HELD_POSE_DAYS,
      why: 'A held strength pose: a few 15-second holds, two or three days a week. Practitioners balance this kind of core work with restful poses.',
    },
    steps: [
      'Sit with the knees bent and feet flat, hands lightly behind the thighs.',
      'Lean back a little with a long spine until you balance on the sit bones.',
      'Lift the feet until the shins are level with the floor; reach the arms forward.',
      'Hold, breathing steadily, then lower the feet and rest. Straighten the legs only when the bent-knee form is easy.',
    ],
    cues: [
      'Long spine, chest lifted.',
      'Breathe steadily; do not hold your breath.',
      'Shoulders away from the ears.',
    ],
    mistakes: [
      'Rounding the back and collapsing onto the tailbone.',
      'Holding the breath.',
      'Straightening the legs before the back can stay long.',
    ],
    cautions: [
      'Stop if it brings on back pain; keep the feet on the floor and just lean back instead.',
      'Balance it with a restful pose such as the supported bridge.',
    ],
    contraindications: ['Pregnancy.', 'A recent operation on the belly.'],
    keyframes: [
      frame(
        'Sit, knees bent',
        pose({
          trunk: -10,
          both: { hip: 115, knee: 115, ankle: -10, shoulder: 30, elbow: 60 },
        }),
      ),
      frame(
        'Lean back, lift the shins',
        pose({
          trunk: -35,
          both: { hip: 100, knee: 80, ankle: -20, shoulder: 55, elbow: 0 },
        }),
        2000,
        3000,
      ),
      frame(
        'Lower the feet',
        pose({
          trunk: -10,
          both: { hip: 115, knee: 115, ankle: -10, shoulder: 30, elbow: 60 },
        }),
        1500,
        1500,
      ),
    ],
  }),
  exercise({
    ...common,
    id: 'warrior-one',
    name: 'Warrior I',
    otherNames: ['Virabhadrasana I', 'Vīrabhadrāsana I'],
    phase: 'stretch',
    summary:
      'A standing lunge with the arms overhead: the front leg works while the front of the back hip stretches.',
    targetMuscles: ['psoas', 'iliacus', 'glutes', 'quadriceps'],
    equipment: ['mat'],
    laterality: 'per-side',
    level: 2,
    dose: {
      ...HIP_FLEXOR_STRETCH_DOSE,
      why: 'Held like a stretch for the back hip: about 30 s, three times per side, on most days.',
    },
    steps: [
      'Stand and take a long step back with one foot, back heel down and toes turned slightly out.',
      'Bend the front knee over the ankle and keep the back leg straight.',
      'Square the hips to the front, tuck the pelvis a little, and raise both arms overhead.',
      'Hold, breathing steadily, then step the feet together and change sides.',
    ],
    cues: [
      'Front knee over the ankle.',
      'Tailbone heavy, ribs down as the arms rise.',
      'Press the outer edge of the back foot into the floor.',
    ],
    mistakes: [
      'Arching the low back as the arms go up.',
      'Letting the front knee fall inwards.',
      'A stance so short the back hip never opens.',
    ],
    cautions: [
      STRETCH_CAUTION,
      'Keep the hands on the hips if raising the arms bothers your shoulders.',
    ],
    contraindications: ['A recent knee or ankle injury that makes a deep lunge painful.'],
    keyframes: [
      frame('Stand tall', STANDING),
      frame(
        'Step back, bend the front knee',
        pose({
          trunk: 8,
          left: { hip: -30, knee: 0, ankle: 30, shoulder: -25, elbow: 100 },
          right: { hip: 72, knee: 65, ankle: 0, shoulder: -25, elbow: 100 },
        }),
        2000,
        1000,
      ),
      frame(
        'Arms overhead, hold',
        pose({
          trunk: 5,
          left: { hip: -30, knee: 0, ankle: 30, shoulder: 170, elbow: 5 },
          right: { hip: 72, knee: 68, ankle: 0, shoulder: 170, elbow: 5 },
        }),
        1500,
        4000,
      ),
    ],
  }),
  exercise({
    ...common,
    id: 'bridge-pose',
    name: 'Bridge pose',
    otherNames: ['Setu Bandha Sarvangasana', 'Setu Bandha Sarvāṅgāsana'],
    phase: 'strengthen',
    summary:
      'The yoga bridge, held: the glutes lift the hips while the front of the hips and thighs open.',
    targetMuscles: ['glutes', 'hamstrings', 'psoas', 'rectus-femoris'],
    equipment: ['mat'],
    laterality: 'both-sides',
    level: 1,
    dose: {
      holdSeconds: dose(20, 10, 30, 'Hold 10-30 s; practitioners hold bridges for about 10 s.', [
        'practice-care-method',
      ]),
      reps: dose(3, 3, 5, 'Three to five holds, lowering slowly in between.', [
        'practice-care-method',
      ]),
      sets: STRENGTH_SETS,
      restSeconds: dose(15, 10, 60, 'Rest with the back on the floor between holds.', [
        'practice-care-method',
      ]),
      sessionsPerDay: STRENGTH_SESSIONS,
      daysPerWeek: STRENGTH_DAYS,
      why: 'A held pose: a few holds of about 20 s, two or three days a week. Pairing glute work with hip flexor stretches is a sensible combination.',
    },
    steps: [
      'Lie on your back, knees bent, feet flat and hip-width apart, arms long by your sides.',
      'Press the feet and arms into the floor and lift the hips.',
      'Let the chest move towards the chin and keep the knees pointing forward.',
      'Hold, breathing steadily, then lower the spine slowly to the floor.',
    ],
    cues: [
      'Knees over the ankles, pointing forward.',
      'Breathe into the chest.',
      'Lower one segment of the spine at a time.',
    ],
    mistakes: [
      'Turning the head while in the pose.',
      'Letting the knees splay apart.',
      'Pushing the ribs up and arching the low back.',
    ],
    cautions: [
      'Keep the neck still and the weight on the shoulders, not the neck.',
      'Come down if it brings on back pain.',
    ],
    contraindications: ['A neck injury or neck pain when lying with weight on the shoulders.'],
    keyframes: [
      frame('Lie with knees bent', HOOK_LYING),
      frame('Lift the hips and hold', adjust(BRIDGE_TOP, { trunk: -122, neck: 32 }), 2000, 4000),
      frame('Lower slowly', HOOK_LYING, 2500, 1000),
    ],
  }),
  exercise({
    ...common,
    id: 'supported-bridge',
    name: 'Supported bridge',
    otherNames: ['Supported Setu Bandha Sarvangasana', 'Restorative bridge'],
    phase: 'stretch',
    summary:
      'The gentle form of the bridge: a block under the sacrum holds the hips up so the front of the hips can let go.',
    targetMuscles: ['psoas', 'iliacus'],
    equipment: ['mat'],
    laterality: 'both-sides',
    level: 1,
    dose: {
      ...HIP_FLEXOR_STRETCH_DOSE,
      holdSeconds: dose(60, 30, 60, 'A restful pose: stay up to a minute at a time.', [
        'acsm-2011',
        'bandy-1997',
      ]),
      reps: dose(2, 2, 3, 'Two rests on the block, sliding it out in between.', ['acsm-2011']),
      why: 'A restful hold of about a minute, twice, on most days. It balances harder core work.',
    },
    steps: [
      'Lie on your back, knees bent, feet flat, with a yoga block or firm cushion beside you.',
      'Lift the hips and slide the block under the flat bone at the base of the spine (the sacrum), on its lowest side to start.',
      'Lower your weight onto the block and let the arms rest; slide the feet a little further away if that is comfortable.',
      'Rest and breathe, then lift the hips, take the block away and lower slowly.',
    ],
    cues: ['Let the block take all the weight.', 'Slow breaths into the belly.'],
    mistakes: [
      'Putting the block under the low back instead of the sacrum.',
      'Using the tallest side of the block straight away.',
    ],
    cautions: ['If the low back pinches, lower the block or take it away.'],
    contraindications: ['Pain in the low back when the hips are raised.'],
    keyframes: [
      frame('Lift the hips, slide the block in', adjust(BRIDGE_TOP, { trunk: -112 })),
      frame(
        'Rest on the block',
        pose({
          trunk: -102,
          neck: 12,
          both: { hip: 20, knee: 90, ankle: -35, shoulder: 0 },
          props: [{ kind: 'block', at: 'pelvis' }],
        }),
        2000,
        5000,
      ),
    ],
  }),
];
