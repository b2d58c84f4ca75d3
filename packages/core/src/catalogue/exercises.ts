import type { DoseRange, Exercise, ExerciseId } from './exercise.schema.ts';
import type { EvidenceId } from './evidence.ts';

/**
 * The starter catalogue. Every number comes from shared/domain/evidence.md through the evidence
 * register; the practitioners' values from psoas-facts.md stay inside the allowed ranges, and
 * where the two disagree the default follows the evidence and `why` says so.
 * All texts are our own words.
 */

function range(value: number, min: number, max: number): DoseRange {
  return { default: value, min, max };
}

type ExerciseInput = Omit<Exercise, 'id' | 'dose'> & {
  id: string;
  dose: Omit<Exercise['dose'], 'evidence'> & { evidence: EvidenceId[] };
};

function exercise(input: ExerciseInput): Exercise {
  return { ...input, id: input.id as ExerciseId };
}

const ROLLING_DOSE = {
  holdSeconds: range(60, 30, 120),
  reps: null,
  sets: range(2, 1, 3),
  restSeconds: range(15, 0, 60),
  daysPerWeek: range(5, 3, 7),
  why: 'One to three slow passes of 30-120 s per muscle gave the best range-of-motion gains; a minute twice sits in the middle. Keep it up for more than four weeks.',
  evidence: ['behm-2020', 'konrad-2022'],
} satisfies ExerciseInput['dose'];

const ROLLING_CAUTIONS = [
  'Never roll over an open wound or a bone that may be broken.',
  'With local inflammation or a history of deep vein thrombosis, ask a clinician first.',
  'Roll muscle, not bone or joint; ease off if the pressure turns sharp.',
];

const HIP_FLEXOR_STRETCH_DOSE = {
  holdSeconds: range(30, 15, 60),
  reps: range(3, 2, 4),
  sets: range(1, 1, 1),
  restSeconds: range(10, 5, 30),
  daysPerWeek: range(5, 2, 7),
  why: 'Practitioners often say 20-30 s, two or three times. The research default is 30 s (as good as 60 s) three times per side, about 90 s per stretch, on at least five days a week. More than one session a day adds no range, though it may feel good.',
  evidence: ['bandy-1997', 'acsm-2011', 'thomas-2018', 'practice-care-method'],
} satisfies ExerciseInput['dose'];

const STRETCH_CAUTION =
  'Stretch to tightness or mild discomfort, never to pain. Stretching adds a little hip extension; it is not a cure for back pain or a posture fix.';

export const STARTER_EXERCISES: readonly Exercise[] = [
  exercise({
    id: 'foam-roll-front-thigh',
    name: 'Foam roll: front of the thigh',
    otherNames: ['Quadriceps foam rolling'],
    phase: 'release',
    summary:
      'Loosen the front of the thigh, including the rectus femoris that crosses the hip, before you stretch it.',
    targetMuscles: ['quadriceps', 'rectus-femoris'],
    equipment: ['foam-roller', 'mat'],
    laterality: 'per-side',
    level: 1,
    dose: ROLLING_DOSE,
    steps: [
      'Lie face down on your forearms with the roller under one thigh, just above the knee.',
      'Take weight onto the roller and roll slowly up towards the hip, two to four seconds a pass.',
      'Roll back down just as slowly. Pause on a tender spot and breathe out until it eases.',
    ],
    cues: ['Slow passes, long breaths out.', 'Keep your belly lightly braced, low back long.'],
    mistakes: ['Rolling fast back and forth.', 'Rolling over the kneecap or the hip bone.'],
    cautions: ROLLING_CAUTIONS,
    professionalOnly: false,
  }),
  exercise({
    id: 'foam-roll-glutes',
    name: 'Foam roll: glutes',
    otherNames: ['Gluteal rolling'],
    phase: 'release',
    summary: 'Ease the seat muscles that long sitting presses flat, before you wake them up.',
    targetMuscles: ['glutes', 'deep-hip-rotators'],
    equipment: ['foam-roller', 'mat'],
    laterality: 'per-side',
    level: 1,
    dose: ROLLING_DOSE,
    steps: [
      'Sit on the roller, hands behind you, and cross one ankle over the other knee.',
      'Lean towards the side of the crossed leg so its buttock takes the pressure.',
      'Roll slowly over the buttock, two to four seconds a pass, pausing on tender spots.',
    ],
    cues: ['Breathe out into tender spots.', 'Support yourself with your hands.'],
    mistakes: ['Rolling onto the bony part at the bottom of the spine.'],
    cautions: ROLLING_CAUTIONS,
    professionalOnly: false,
  }),
  exercise({
    id: 'kneeling-hip-flexor-stretch',
    name: 'Kneeling hip flexor stretch',
    otherNames: ['Half-kneeling psoas stretch', 'Low lunge stretch'],
    phase: 'stretch',
    summary:
      'The core psoas stretch: tuck the pelvis under and shift forward until the front of the back hip opens.',
    targetMuscles: ['psoas', 'iliacus', 'rectus-femoris'],
    equipment: ['mat'],
    laterality: 'per-side',
    level: 1,
    dose: HIP_FLEXOR_STRETCH_DOSE,
    steps: [
      'Kneel on one knee on a mat, the other foot flat in front, both knees bent to about a right angle.',
      'Tighten your belly gently and tuck your tailbone under, as if tipping a bowl of water backwards.',
      'Squeeze the buttock of the kneeling leg and move your hips forward until the front of that hip stretches.',
      'Hold, breathing slowly, then come back and change sides.',
    ],
    cues: [
      'Tailbone down, ribs down.',
      'Squeeze the back buttock.',
      'Breathe out and let the hip sink a little further.',
    ],
    mistakes: [
      'Arching the low back instead of opening the hip.',
      'Letting the front knee fall inwards.',
      'Leaning the chest forward.',
    ],
    cautions: [STRETCH_CAUTION, 'Pad the kneeling knee.'],
    professionalOnly: false,
  }),
  exercise({
    id: 'table-hip-flexor-stretch',
    name: 'Table hip flexor stretch',
    otherNames: ['Standing rear-foot-elevated stretch'],
    phase: 'stretch',
    summary:
      'A standing stretch for the hip flexors using a table, bench or chair a little below hip height.',
    targetMuscles: ['psoas', 'rectus-femoris'],
    equipment: ['table-or-chair'],
    laterality: 'per-side',
    level: 2,
    dose: HIP_FLEXOR_STRETCH_DOSE,
    steps: [
      'Stand with your back to a table or chair a little lower than your hip.',
      'Rest one foot or shin on it behind you and stand tall on the other leg, knee soft.',
      'Keep the hips square, tuck the pelvis under and sink slightly until the front of the raised leg hip stretches.',
    ],
    cues: ['Hips square to the front.', 'Stand tall, tailbone down.'],
    mistakes: ['Twisting the pelvis open.', 'Arching the low back to go deeper.'],
    cautions: [STRETCH_CAUTION, 'Hold on to something steady for balance.'],
    professionalOnly: false,
  }),
  exercise({
    id: 'knee-to-chest',
    name: 'Knee to chest',
    otherNames: ['Single knee hug', 'Apanasana (one leg)'],
    phase: 'stretch',
    summary:
      'Lying on your back, hug one knee in while the other leg rests long: the low back eases and the long leg shows how free its hip is.',
    targetMuscles: ['glutes', 'spinal-erectors', 'psoas'],
    equipment: ['mat'],
    laterality: 'per-side',
    level: 1,
    dose: {
      ...HIP_FLEXOR_STRETCH_DOSE,
      reps: range(2, 2, 4),
      why: 'A 30 s hold is as effective as a longer one; two holds per side suit a gentle stretch. Practitioners use it to feel the psoas of the straight leg working.',
    },
    steps: [
      'Lie on your back with both legs long.',
      'Draw one knee towards your chest with both hands behind the thigh.',
      'Let the other leg rest long on the floor; hold, breathing slowly, then change sides.',
    ],
    cues: ['Shoulders soft on the floor.', 'Long leg heavy.'],
    mistakes: ['Pulling so hard the tailbone curls up off the floor.'],
    cautions: [STRETCH_CAUTION],
    professionalOnly: false,
  }),
  exercise({
    id: 'glute-bridge',
    name: 'Glute bridge',
    otherNames: ['Bridge', 'Setu Bandha Sarvangasana (as a strength drill)'],
    phase: 'activate',
    summary:
      'Lift the hips with the buttocks until knees, hips and shoulders make one line. The first rung of the glute ladder.',
    targetMuscles: ['glutes', 'hamstrings'],
    equipment: ['mat'],
    laterality: 'both-sides',
    level: 1,
    dose: {
      holdSeconds: range(2, 1, 10),
      reps: range(10, 8, 15),
      sets: range(2, 1, 3),
      restSeconds: range(45, 30, 90),
      daysPerWeek: range(3, 2, 7),
      why: 'Evidence for beginners: 8-12 controlled reps, 1-3 sets, 2-3 days a week. Practitioners often add a 10 s squeeze at the top and 10-15 reps daily; both fit in the range, but the default follows the research.',
      evidence: ['ratamess-2009', 'ladder-3-3', 'practice-care-method'],
    },
    steps: [
      'Lie on your back, knees bent, feet flat and hip-width apart, arms by your sides.',
      'Breathe out, squeeze your buttocks and lift the hips until knees, hips and shoulders line up.',
      'Hold at the top, then lower slowly, one vertebra at a time.',
    ],
    cues: ['Squeeze, then lift.', 'Ribs down, no arch.', 'Lower slowly.'],
    mistakes: [
      'Arching the low back to lift higher.',
      'Letting the hips sag during the hold.',
      'Pushing through the toes instead of the heels.',
    ],
    cautions: ['Stop if it brings on back pain; lift less high.'],
    professionalOnly: false,
  }),
  exercise({
    id: 'banded-glute-bridge',
    name: 'Glute bridge with a band',
    otherNames: ['Abducted bridge'],
    phase: 'activate',
    summary:
      'A bridge with a loop band just above the knees, pressing the knees apart to about 30°: more glute work, less tilt.',
    targetMuscles: ['glutes', 'deep-hip-rotators'],
    equipment: ['mat', 'band'],
    laterality: 'both-sides',
    level: 2,
    dose: {
      holdSeconds: range(2, 1, 10),
      reps: range(10, 8, 12),
      sets: range(2, 1, 3),
      restSeconds: range(45, 30, 90),
      daysPerWeek: range(3, 2, 3),
      why: 'Hips held about 30° apart gave the most glute activity and the least anterior tilt; reps and sets follow the novice strength guidance.',
      evidence: ['kang-2016', 'ratamess-2009', 'ladder-3-3'],
    },
    steps: [
      'Put a loop band just above your knees and lie on your back, knees bent, feet flat.',
      'Press the knees a little apart against the band and keep them there.',
      'Squeeze the buttocks and lift the hips into a straight line; lower slowly.',
    ],
    cues: ['Knees pressing out.', 'Squeeze, then lift.'],
    mistakes: ['Letting the knees fall in as the hips rise.'],
    cautions: ['Stop if it brings on back pain.'],
    professionalOnly: false,
  }),
  exercise({
    id: 'single-leg-bridge',
    name: 'Single-leg bridge',
    otherNames: ['One-leg glute bridge'],
    phase: 'strengthen',
    summary:
      'A bridge on one leg, the working knee bent past a right angle: the step up once the plain bridge is easy.',
    targetMuscles: ['glutes', 'hamstrings'],
    equipment: ['mat'],
    laterality: 'per-side',
    level: 3,
    dose: {
      holdSeconds: range(2, 1, 10),
      reps: range(8, 6, 12),
      sets: range(2, 1, 3),
      restSeconds: range(60, 30, 90),
      daysPerWeek: range(3, 2, 3),
      why: 'With the working knee bent to about 135° the glutes take the load and the hamstrings do not cramp; volume follows the novice strength guidance.',
      evidence: ['lehecka-2017', 'ratamess-2009', 'ladder-3-3'],
    },
    steps: [
      'Lie on your back, one foot flat with the heel fairly close to the buttock, the other knee hugged in or the leg lifted.',
      'Squeeze the buttock of the standing leg and lift the hips level.',
      'Lower slowly without letting the hips tip to one side. Finish the reps, then change sides.',
    ],
    cues: ['Hips level, like a tray of water.', 'Push through the heel.'],
    mistakes: [
      'Letting the free side of the pelvis drop.',
      'Heel too far away (cramps the hamstring).',
    ],
    cautions: ['Go back to the two-leg bridge if your back takes over.'],
    professionalOnly: false,
  }),
  exercise({
    id: 'standing-hip-flexor-stretch',
    name: 'Standing hip flexor stretch',
    otherNames: ['Desk lunge stretch'],
    phase: 'habit',
    summary: 'A stretch you can do beside your desk during a break, no mat needed.',
    targetMuscles: ['psoas', 'iliacus'],
    equipment: ['none'],
    laterality: 'per-side',
    level: 1,
    dose: {
      holdSeconds: range(30, 15, 60),
      reps: range(1, 1, 3),
      sets: range(1, 1, 1),
      restSeconds: range(5, 0, 15),
      daysPerWeek: range(5, 5, 7),
      why: 'A single 30 s hold per side fits a two-minute break; across the day the holds add up towards the weekly stretching time that counts.',
      evidence: ['bandy-1997', 'thomas-2018'],
    },
    steps: [
      'Stand and take a long step back with one foot, heel lifted, both feet pointing forwards.',
      'Tuck the pelvis under and squeeze the buttock of the back leg.',
      'Bend the front knee a little until the front of the back hip stretches.',
    ],
    cues: ['Tall spine.', 'Tailbone down.'],
    mistakes: ['Leaning back and arching the low back.'],
    cautions: [STRETCH_CAUTION, 'Hold the desk if your balance is unsteady.'],
    professionalOnly: false,
  }),
  exercise({
    id: 'walking-break',
    name: 'Walking break',
    otherNames: ['Movement break'],
    phase: 'habit',
    summary: 'Get up and walk for two minutes: the simplest way to break a long sit.',
    targetMuscles: ['psoas', 'glutes'],
    equipment: ['none'],
    laterality: 'both-sides',
    level: 1,
    dose: {
      holdSeconds: range(120, 60, 300),
      reps: null,
      sets: range(1, 1, 1),
      restSeconds: range(0, 0, 0),
      daysPerWeek: range(5, 5, 7),
      why: 'Two minutes of light walking every 20-30 minutes did better than sitting on or simply standing; aim for 2 hours a day of standing and light activity at work, building to 4.',
      evidence: ['dunstan-2012', 'solomon-2018', 'buckley-2015'],
    },
    steps: [
      'Stand up, push the chair in and walk: to the window, the kitchen, the stairs.',
      'Let the arms swing and take full strides so the hips open at the back of each step.',
    ],
    cues: ['Long strides.', 'Breathe.'],
    mistakes: ['Standing still at the desk instead of moving.'],
    cautions: [],
    professionalOnly: false,
  }),
  exercise({
    id: 'hip-traction',
    name: 'Hip traction',
    otherNames: ['Long-axis leg traction'],
    phase: 'traction',
    summary:
      'A gentle pull along the leg, combined with stretching. It is a skill to learn from a professional; the app describes it but never schedules it.',
    targetMuscles: ['psoas', 'iliacus'],
    equipment: ['table-or-chair'],
    laterality: 'per-side',
    level: 3,
    dose: {
      holdSeconds: null,
      reps: null,
      sets: range(1, 1, 1),
      restSeconds: range(0, 0, 0),
      daysPerWeek: range(1, 1, 1),
      why: 'There is no research dose for self-applied traction. Your practitioner sets it.',
      evidence: ['practice-care-method'],
    },
    steps: ['Learn it from a physiotherapist, massage therapist or trainer, who sets the dose.'],
    cues: [],
    mistakes: [],
    cautions: ['Professional technique: do not try it on your own.'],
    professionalOnly: true,
  }),
];
