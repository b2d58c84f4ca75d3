import type { Exercise } from '../exercise.schema.ts';
import { adjust, dose, exercise, frame, pose } from './build.ts';
import { ROLLING_DOSE } from './dose.ts';
import { HOOK_LYING, PRONE_FOREARMS } from './poses.ts';

/**
 * Release: foam roller and ball work on the thigh and hip (evidence.md §7.1 for the dose, §7.2
 * for what rules it out), and the abdominal psoas release, which stays locked (§7.3).
 */

const ROLLING_CONTRAINDICATIONS = [
  'An open wound, or skin that is broken or healing, where you would roll.',
  'A bone in the area that is or may be broken.',
];

const ROLLING_CAUTIONS = [
  'If the area is inflamed (hot, swollen, red), or you have had a deep vein thrombosis, ask a clinician before rolling.',
  'Roll over muscle only, not over bones or joints, and ease off if the pressure turns sharp or tingly.',
  'Do not roll between sets of a strength exercise; roll before you stretch.',
];

const SLOW_PASSES = 'Slow passes: two to four seconds from one end to the other.';
const BREATHE = 'Breathe out slowly on a tender spot and let the muscle soften before you move on.';

const quadRoller = (at: 'left-knee' | 'left-thigh') =>
  adjust(PRONE_FOREARMS, { props: [{ kind: 'foam-roller', at }] });

export const RELEASE: readonly Exercise[] = [
  exercise({
    id: 'foam-roll-front-thigh',
    name: 'Foam roll: front of the thigh',
    otherNames: ['Quadriceps foam rolling', 'Rectus femoris release'],
    phase: 'release',
    summary:
      'Ease the front of the thigh, including the rectus femoris that crosses the hip, before you stretch it.',
    targetMuscles: ['quadriceps', 'rectus-femoris'],
    equipment: ['foam-roller', 'mat'],
    laterality: 'per-side',
    level: 1,
    dose: ROLLING_DOSE,
    steps: [
      'Lie face down on your forearms with the roller under the front of one thigh, just above the knee.',
      'Bend the other leg out to the side to take some of your weight.',
      'Pull yourself forward on your forearms so the roller travels slowly up the thigh towards the hip.',
      'Stop a hand-width below the hip bone and travel back down just as slowly.',
      'Finish the set, then change legs.',
    ],
    cues: [SLOW_PASSES, BREATHE, 'Keep the belly lightly drawn in so the low back does not sag.'],
    mistakes: [
      'Rolling fast back and forth.',
      'Rolling over the kneecap or the bony front of the hip.',
      'Letting the low back sink into an arch.',
    ],
    cautions: ROLLING_CAUTIONS,
    contraindications: ROLLING_CONTRAINDICATIONS,
    ladder: null,
    professionalOnly: false,
    pressesOnAbdomen: false,
    lock: null,
    keyframes: [
      frame('Roller above the knee', quadRoller('left-knee')),
      frame('Roll up the thigh', adjust(quadRoller('left-thigh'), { trunk: 82 }), 3000, 1500),
      frame('Roll back down', quadRoller('left-knee'), 3000, 1000),
    ],
  }),
  exercise({
    id: 'foam-roll-tfl',
    name: 'Foam roll: side of the hip (TFL)',
    otherNames: ['Tensor fasciae latae release', 'TFL rolling'],
    phase: 'release',
    summary: 'Ease the small hip flexor at the front and side of the hip, just below the hip bone.',
    targetMuscles: ['tfl'],
    equipment: ['foam-roller', 'mat'],
    laterality: 'per-side',
    level: 1,
    dose: ROLLING_DOSE,
    steps: [
      'Lie face down on your forearms, then roll a quarter turn onto one side so the roller sits just below and in front of the hip bone.',
      'Bend the top leg and put that foot on the floor in front of you for support.',
      'Make small, slow movements up and down a few centimetres, staying on the fleshy part.',
      'Finish the set, then change sides.',
    ],
    cues: [
      SLOW_PASSES,
      BREATHE,
      'Use the supporting foot to control how much weight the roller takes.',
    ],
    mistakes: [
      'Rolling down the whole outside of the thigh at full weight.',
      'Pressing on the bony point of the hip.',
    ],
    cautions: ROLLING_CAUTIONS,
    contraindications: ROLLING_CONTRAINDICATIONS,
    ladder: null,
    professionalOnly: false,
    pressesOnAbdomen: false,
    lock: null,
    keyframes: [
      frame(
        'Roller under the side of the hip',
        adjust(PRONE_FOREARMS, { trunk: 75, props: [{ kind: 'foam-roller', at: 'pelvis' }] }),
      ),
      frame(
        'Small slow passes',
        adjust(PRONE_FOREARMS, { trunk: 80, props: [{ kind: 'foam-roller', at: 'left-thigh' }] }),
        2500,
        1500,
      ),
    ],
  }),
  exercise({
    id: 'foam-roll-glutes',
    name: 'Foam roll: glutes',
    otherNames: ['Gluteal rolling', 'Seat rolling'],
    phase: 'release',
    summary: 'Ease the seat muscles that long sitting presses flat, before you wake them up.',
    targetMuscles: ['glutes', 'deep-hip-rotators'],
    equipment: ['foam-roller', 'mat'],
    laterality: 'per-side',
    level: 1,
    dose: ROLLING_DOSE,
    steps: [
      'Sit on the roller with your hands on the floor behind you and both feet flat.',
      'Cross one ankle over the other knee and lean a little towards the crossed leg.',
      'Rock slowly forward and back so the roller travels over that buttock.',
      'Finish the set, then change sides.',
    ],
    cues: [SLOW_PASSES, BREATHE, 'Keep your chest open and your weight on your hands.'],
    mistakes: [
      'Rolling onto the tailbone or the base of the spine.',
      'Hunching forward over the legs.',
    ],
    cautions: ROLLING_CAUTIONS,
    contraindications: ROLLING_CONTRAINDICATIONS,
    ladder: null,
    professionalOnly: false,
    pressesOnAbdomen: false,
    lock: null,
    keyframes: [
      frame(
        'Sit on the roller, hands behind',
        pose({
          trunk: -45,
          both: { shoulder: -65, elbow: 0 },
          left: { hip: 95, knee: 140, ankle: 0 },
          right: { hip: 95, knee: 140, ankle: 0 },
          props: [{ kind: 'foam-roller', at: 'pelvis' }],
        }),
      ),
      frame(
        'Cross the ankle over the knee',
        pose({
          trunk: -45,
          both: { shoulder: -65, elbow: 0 },
          left: { hip: 125, knee: 110, ankle: 0 },
          right: { hip: 95, knee: 140, ankle: 0 },
          props: [{ kind: 'foam-roller', at: 'pelvis' }],
        }),
      ),
      frame(
        'Rock slowly over the buttock',
        pose({
          trunk: -52,
          both: { shoulder: -60, elbow: 5 },
          left: { hip: 125, knee: 105, ankle: 0 },
          right: { hip: 100, knee: 130, ankle: 0 },
          props: [{ kind: 'foam-roller', at: 'pelvis' }],
        }),
        2500,
        1500,
      ),
    ],
  }),
  exercise({
    id: 'ball-release-glutes',
    name: 'Ball release: glutes and deep hip rotators',
    otherNames: ['Lacrosse ball glute release', 'Piriformis ball release'],
    phase: 'release',
    summary:
      'A firm ball reaches the deep rotators under the glutes better than a roller. Rest on it and let a tender spot ease.',
    targetMuscles: ['glutes', 'deep-hip-rotators'],
    equipment: ['ball', 'mat'],
    laterality: 'per-side',
    level: 2,
    dose: ROLLING_DOSE,
    steps: [
      'Lie on your back with the knees bent and feet flat.',
      'Place a firm ball under one buttock, to the side of the tailbone.',
      'Let that side sink onto the ball; cross that ankle over the other knee for more pressure.',
      'Make small slow circles, or stay still on a tender spot and breathe, then change sides.',
    ],
    cues: [BREATHE, 'Control the pressure with your feet: lift the hips a little to ease it.'],
    mistakes: [
      'Putting the ball on the tailbone or the base of the spine.',
      'Staying on a spot that sends burning or tingling down the leg.',
    ],
    cautions: [
      ...ROLLING_CAUTIONS,
      'A ball presses harder than a roller: start gently. If it sends pain, tingling or numbness down the leg, move the ball or stop.',
    ],
    contraindications: ROLLING_CONTRAINDICATIONS,
    ladder: null,
    professionalOnly: false,
    pressesOnAbdomen: false,
    lock: null,
    keyframes: [
      frame(
        'Ball under one buttock',
        adjust(HOOK_LYING, { props: [{ kind: 'ball', at: 'pelvis' }] }),
      ),
      frame(
        'Cross the ankle over the knee',
        adjust(HOOK_LYING, {
          left: { hip: 95, knee: 110, ankle: 0 },
          props: [{ kind: 'ball', at: 'pelvis' }],
        }),
        2000,
        3000,
      ),
    ],
  }),
  exercise({
    id: 'abdominal-psoas-release',
    name: 'Abdominal psoas release',
    otherNames: ['Self psoas release', 'Psoas ball release'],
    phase: 'release',
    summary:
      'Lying face down on a ball beside the navel, as some practitioners teach. The evidence advises against doing this yourself, so it stays locked and no plan includes it.',
    targetMuscles: ['psoas', 'iliacus'],
    equipment: ['ball', 'mat'],
    laterality: 'per-side',
    level: 3,
    dose: {
      holdSeconds: dose(
        60,
        30,
        90,
        'Practitioners rest on the spot for about a minute; no study has tested a safe dose.',
        ['practice-care-method', 'abdominal-release-safety'],
      ),
      reps: null,
      sets: dose(1, 1, 1, 'One gentle set at most, as nothing is known about safety.', [
        'abdominal-release-safety',
      ]),
      restSeconds: dose(0, 0, 0, 'There is only one set.', ['abdominal-release-safety']),
      sessionsPerDay: dose(1, 1, 1, 'Never more than once a day.', ['abdominal-release-safety']),
      daysPerWeek: dose(
        2,
        2,
        3,
        'A plan never schedules it; a kneeling hip flexor stretch is the safer way to work the muscle.',
        ['abdominal-release-safety', 'lowe-2015'],
      ),
      why: 'These are the practitioners’ numbers, shown for people cleared by the checklist. No safety data exist for pressing through the belly, and the evidence advises against doing it yourself; a plan never schedules it.',
    },
    steps: [
      'Before anything else, answer the checklist. If any answer is yes, or you are unsure, leave this out.',
      'Do not eat just before. Lie face down on your forearms and place a soft ball a few finger-widths to the side of the navel, between the lowest ribs and the hip bone.',
      'Let your belly relax and breathe slowly; allow your weight to settle only as far as is comfortable.',
      'Stay for up to a minute, then roll off to the side and rest.',
    ],
    cues: [
      'Slow breaths into the belly; never push through discomfort.',
      'If you feel a pulse under the ball, move off it straight away.',
    ],
    mistakes: [
      'Pressing hard, or using a hard or small ball.',
      'Placing the ball on the midline of the belly or near the groin.',
      'Carrying on when it feels sharp, sick-making or makes you dizzy.',
    ],
    cautions: [
      'No research shows this is safe. The psoas lies behind the intestines and right next to large blood vessels.',
      'A kneeling hip flexor stretch, or the hold-relax version of it, works the same muscle without pressure on the belly.',
      'A physiotherapist or massage therapist can work this area in person and judge whether it suits you.',
      'Stop and seek medical help if you feel sudden belly or back pain, faintness, or a pulsing lump.',
    ],
    contraindications: [
      'An aortic aneurysm or other blood vessel disease, known or suspected.',
      'A lump in the belly that beats or pulses.',
      'Pregnancy, or a pessary for prolapse.',
      'A hernia in the belly or groin.',
      'An operation on the belly or pelvis in the past year.',
      'Blood thinners, or bleeding or bruising easily.',
      'Inflammatory bowel disease.',
      'Belly pain that no doctor has explained.',
    ],
    ladder: null,
    professionalOnly: false,
    pressesOnAbdomen: true,
    lock: {
      checklist: 'abdominal-release',
      reason:
        'Some practitioners teach this, but no study shows it is safe to do on your own, and the evidence advises against pressing through your own belly. It stays locked behind a short checklist and no plan will include it. The kneeling hip flexor stretch, or its hold-relax form, is the safer choice, and a professional can do this release with you in person.',
    },
    keyframes: [
      frame(
        'Ball beside the navel',
        pose({
          trunk: 82,
          neck: -10,
          both: { shoulder: 90, elbow: 90, hip: 0, knee: 0, ankle: -45 },
          props: [{ kind: 'ball', at: 'lower-back' }],
        }),
      ),
      frame(
        'Breathe out, belly soft',
        pose({
          trunk: 85,
          neck: -15,
          both: { shoulder: 95, elbow: 95, hip: 0, knee: 0, ankle: -45 },
          props: [{ kind: 'ball', at: 'lower-back' }],
        }),
        3000,
        4000,
      ),
    ],
  }),
];
