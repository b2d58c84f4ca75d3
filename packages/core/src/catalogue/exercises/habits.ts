import type { Exercise } from '../exercise.schema.ts';
import { adjust, dose, exercise, frame, pose } from './build.ts';
import {
  BREAKS_PER_DAY,
  NO_REST,
  ONE_SET,
  STRETCH_DAYS,
  STRETCH_HOLD,
  STRETCH_REST,
  WORK_DAYS,
} from './dose.ts';
import { SITTING, STANDING, SUPINE } from './poses.ts';
import { STRETCH_CAUTION } from './stretch.ts';

/**
 * Habits and desk breaks (evidence.md §4; psoas-facts.md, habits). Copy rule: movement variety
 * for comfort and health; never "sitting causes your back pain" or "standing all day cures it".
 */

const common = {
  phase: 'habit',
  professionalOnly: false,
  pressesOnAbdomen: false,
  lock: null,
  ladder: null,
} as const;

const DESK = pose({
  trunk: 0,
  left: { hip: -20, knee: 5, ankle: 5, shoulder: 45, elbow: 40 },
  right: { hip: 15, knee: 20, ankle: 10, shoulder: 45, elbow: 40 },
  props: [{ kind: 'table', at: 'right-hand' }],
});

export const HABITS: readonly Exercise[] = [
  exercise({
    ...common,
    id: 'standing-hip-flexor-stretch',
    name: 'Standing hip flexor stretch',
    otherNames: ['Desk lunge stretch', 'Split-stance hip flexor stretch'],
    summary:
      'A hip flexor stretch you can do beside your desk in a break, holding the desk for balance.',
    targetMuscles: ['psoas', 'iliacus'],
    equipment: ['none'],
    laterality: 'per-side',
    level: 1,
    dose: {
      holdSeconds: STRETCH_HOLD,
      reps: dose(2, 2, 4, 'Two 30-second holds per side fit a two-minute break.', [
        'acsm-2011',
        'dunstan-2012',
      ]),
      sets: ONE_SET,
      restSeconds: STRETCH_REST,
      sessionsPerDay: dose(
        1,
        1,
        3,
        'One break a day with this stretch covers range; more is fine for comfort.',
        ['bandy-1997', 'cipriani-2012'],
      ),
      daysPerWeek: STRETCH_DAYS,
      why: 'Two 30-second holds per side fit a two-minute desk break; on five or more days a week they count towards the stretching that improves range.',
    },
    steps: [
      'Stand beside your desk and hold it with one hand.',
      'Step one foot back, heel lifted, both feet pointing forward.',
      'Tuck the pelvis under and squeeze the buttock of the back leg.',
      'Bend the front knee a little until the front of the back hip stretches; hold, then change sides.',
    ],
    cues: ['Stand tall, tailbone down.', 'Breathe slowly.'],
    mistakes: [
      'Leaning back and arching the low back.',
      'Stepping back so far that the pelvis tips forward.',
    ],
    cautions: [STRETCH_CAUTION, 'Use a desk or chair that will not roll or slide.'],
    contraindications: ['Poor balance without something steady to hold.'],
    keyframes: [
      frame(
        'Stand, hold the desk',
        adjust(STANDING, {
          right: { shoulder: 45, elbow: 40 },
          props: [{ kind: 'table', at: 'right-hand' }],
        }),
      ),
      frame('Step back, tuck, bend the front knee', DESK, 2000, 4000),
    ],
  }),
  exercise({
    ...common,
    id: 'walking-break',
    name: 'Walking break',
    otherNames: ['Movement break', 'Micro-break'],
    summary:
      'Get up and walk for two minutes, about every 30 minutes: the simplest way to break up a long sit.',
    targetMuscles: ['psoas', 'glutes'],
    equipment: ['none'],
    laterality: 'both-sides',
    level: 1,
    dose: {
      holdSeconds: dose(
        120,
        60,
        300,
        'Two minutes of light walking did better than sitting on or only standing.',
        ['dunstan-2012', 'hedge-cornell'],
      ),
      reps: null,
      sets: ONE_SET,
      restSeconds: NO_REST,
      sessionsPerDay: BREAKS_PER_DAY,
      daysPerWeek: WORK_DAYS,
      why: 'Two minutes of light walking every 30 minutes (20 if you like), building towards 2, then 4 hours a day of standing and light activity at work. It is for comfort and health; it is not a back pain cure.',
    },
    steps: [
      'Stand up and push the chair in.',
      'Walk for two minutes: to the window, for water, up and down the stairs.',
      'Let the arms swing and take full strides so each hip opens at the back of the step.',
    ],
    cues: ['Easy pace, full strides.', 'Breathe freely.'],
    mistakes: [
      'Standing still at the desk instead of moving.',
      'Skipping breaks on busy days, when they matter most.',
    ],
    cautions: [
      'Walking is for comfort and general health; standing all day is not the aim either.',
    ],
    contraindications: [],
    keyframes: [
      frame(
        'Stride with the left leg',
        pose({
          trunk: 3,
          left: { hip: 25, knee: 10, ankle: 5, shoulder: -20, elbow: 20 },
          right: { hip: -15, knee: 15, ankle: -10, shoulder: 20, elbow: 20 },
        }),
        700,
        0,
      ),
      frame(
        'Stride with the right leg',
        pose({
          trunk: 3,
          left: { hip: -15, knee: 15, ankle: -10, shoulder: 20, elbow: 20 },
          right: { hip: 25, knee: 10, ankle: 5, shoulder: -20, elbow: 20 },
        }),
        700,
        0,
      ),
    ],
  }),
  exercise({
    ...common,
    id: 'glute-squeeze',
    name: 'Glute squeeze',
    otherNames: ['Seated glute squeeze', 'Buttock clench'],
    summary:
      'Squeeze the buttocks for a few seconds while you sit or stand: a small reminder for muscles that sitting leaves idle.',
    targetMuscles: ['glutes'],
    equipment: ['none'],
    laterality: 'both-sides',
    level: 1,
    dose: {
      holdSeconds: dose(5, 3, 10, 'Hold each squeeze about 5 s; practitioners go up to 10 s.', [
        'practice-care-method',
      ]),
      reps: dose(10, 5, 15, 'Ten squeezes; practitioners say 10-15.', ['practice-care-method']),
      sets: ONE_SET,
      restSeconds: dose(3, 0, 10, 'Relax fully for a breath between squeezes.', [
        'practice-care-method',
      ]),
      sessionsPerDay: dose(4, 1, 16, 'A few of your breaks each day.', ['solomon-2018']),
      daysPerWeek: WORK_DAYS,
      why: 'A quick activation during desk breaks; it is not strength training, which the bridge ladder covers.',
    },
    steps: [
      'Sit tall with both feet flat, or stand.',
      'Squeeze both buttocks firmly, without tensing the belly or holding the breath.',
      'Hold, then relax completely. Repeat.',
    ],
    cues: ['Squeeze, breathe, let go.', 'You should rise very slightly in the chair.'],
    mistakes: ['Holding the breath.', 'Clenching the jaw or shoulders along with the buttocks.'],
    cautions: [],
    contraindications: [],
    keyframes: [
      frame('Sit tall, feet flat', SITTING),
      frame('Squeeze and hold', adjust(SITTING, { trunk: -3, neck: -3 }), 600, 2500),
    ],
  }),
  exercise({
    ...common,
    id: 'posture-reset',
    name: 'Posture reset',
    otherNames: ['Sit-tall reset', 'Desk posture break'],
    summary:
      'Notice when you have slumped or crept forward, and reset: sit back, grow tall, let the shoulders settle.',
    targetMuscles: ['spinal-erectors', 'abdominals'],
    equipment: ['none'],
    laterality: 'both-sides',
    level: 1,
    dose: {
      holdSeconds: dose(10, 5, 30, 'Hold the tall position for a few breaths.', [
        'practice-habits',
      ]),
      reps: dose(3, 1, 5, 'Three slow resets is enough to change position.', ['practice-habits']),
      sets: ONE_SET,
      restSeconds: dose(0, 0, 10, 'Flow from one reset into the next.', ['practice-habits']),
      sessionsPerDay: dose(8, 1, 16, 'At every other break, or whenever you notice a slump.', [
        'solomon-2018',
        'hedge-cornell',
      ]),
      daysPerWeek: WORK_DAYS,
      why: 'A few seconds of changing position at your breaks. There is no single right posture; changing position often is what helps comfort.',
    },
    steps: [
      'Slide your hips to the back of the chair.',
      'Put both feet flat on the floor.',
      'Grow tall through the crown of the head and let the shoulders drop and widen.',
      'Take three slow breaths in the tall position, then carry on working.',
    ],
    cues: ['Tall, not stiff.', 'Breathe low into the belly.'],
    mistakes: [
      'Pulling the shoulders back hard and arching the low back.',
      'Holding the "perfect" position for hours: keep moving.',
    ],
    cautions: ['No single posture is right all day: the aim is to change position often.'],
    contraindications: [],
    keyframes: [
      frame('Notice the slump', adjust(SITTING, { trunk: 18, neck: 25 })),
      frame(
        'Sit back and grow tall',
        adjust(SITTING, { trunk: -2, neck: 0, both: { shoulder: 0, elbow: 70 } }),
        2000,
        3000,
      ),
    ],
  }),
  exercise({
    ...common,
    id: 'sitting-setup',
    name: 'Sitting setup',
    otherNames: ['Chair setup', 'Lumbar roll'],
    summary:
      'Set up your chair once and check it when you sit down: sit back, feet flat, a rolled towel at the low back, legs uncrossed.',
    targetMuscles: ['psoas', 'spinal-erectors'],
    equipment: ['table-or-chair'],
    laterality: 'both-sides',
    level: 1,
    dose: {
      holdSeconds: null,
      reps: null,
      sets: ONE_SET,
      restSeconds: NO_REST,
      sessionsPerDay: dose(4, 1, 16, 'Check it each time you sit back down after a break.', [
        'solomon-2018',
        'practice-habits',
      ]),
      daysPerWeek: WORK_DAYS,
      why: 'A quick check each time you sit down after a break, on the days you sit a lot.',
    },
    steps: [
      'Sit right back so your hips touch the back of the chair.',
      'Put both feet flat on the floor (or a footrest), knees about level with the hips.',
      'Place a small rolled towel or lumbar roll behind the low back, just above the belt.',
      'Keep the legs uncrossed and the feet out from under the chair.',
    ],
    cues: ['Hips to the back of the seat.', 'Feet flat and in front of you.'],
    mistakes: [
      'Perching on the front edge and leaning forward.',
      'Hooking the feet under the chair.',
      'Crossing the legs for long periods.',
    ],
    cautions: [
      'Sitting itself has not been shown to cause back pain; the aim is comfort and getting up often.',
    ],
    contraindications: [],
    keyframes: [
      frame('Stand in front of the chair', adjust(STANDING, { props: [] })),
      frame(
        'Sit back, feet flat',
        adjust(SITTING, { both: { shoulder: 5, elbow: 60 } }),
        2000,
        3000,
      ),
    ],
  }),
  exercise({
    ...common,
    id: 'sleeping-position',
    name: 'Sleeping position',
    otherNames: ['Sleep posture'],
    summary:
      'Sleep on your back with a pillow under the knees, or on your side with a pillow between them, rather than on your stomach.',
    targetMuscles: ['psoas', 'spinal-erectors'],
    equipment: ['none'],
    laterality: 'both-sides',
    level: 1,
    dose: {
      holdSeconds: null,
      reps: null,
      sets: ONE_SET,
      restSeconds: NO_REST,
      sessionsPerDay: dose(1, 1, 1, 'Set up once at bedtime.', ['practice-habits']),
      daysPerWeek: dose(7, 1, 7, 'Every night.', ['practice-habits']),
      why: 'Practitioner guidance for comfort: lying on the stomach arches the low back for hours; a pillow under or between the knees lets the hips rest slightly bent.',
    },
    steps: [
      'On your back: put a pillow under the knees so they rest slightly bent.',
      'On your side: bend the knees a little and put a pillow between them so the top leg does not drop across.',
      'If you tend to roll onto your stomach, a pillow along your front can stop you.',
    ],
    cues: ['Knees softly bent.', 'Low back resting, not arched.'],
    mistakes: [
      'Sleeping on the stomach with the head turned.',
      'Letting the top leg fall across the body.',
    ],
    cautions: ['If pain wakes you at night whatever position you take, see a doctor.'],
    contraindications: [],
    keyframes: [
      frame('Lie on your back', SUPINE),
      frame(
        'Pillow under the knees',
        pose({
          trunk: -90,
          both: { hip: 25, knee: 45, ankle: -20, shoulder: 0 },
          props: [{ kind: 'block', at: 'left-knee' }],
        }),
        2000,
        3000,
      ),
    ],
  }),
];
