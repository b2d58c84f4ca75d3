import type { AnatomyStatement, LearnPageContent } from './grade.ts';
import { SOURCES } from './sources.ts';

/**
 * The route the psoas takes, in order. The diagram's text alternative: anyone who cannot see
 * the drawing reads the same path here.
 */
export const PSOAS_PATH: readonly AnatomyStatement[] = [
  {
    grade: 'anatomy',
    text: 'It starts high on the spine, at the last thoracic vertebra (T12), and keeps picking up fibres from the side of every lumbar vertebra below it, L1 to L5: from the vertebral bodies, the discs between them and the bony wings (transverse processes) that stick out sideways.',
  },
  {
    grade: 'anatomy',
    text: 'From there it runs downwards and slightly outwards along the side of the lumbar spine, growing to roughly the thickness of a wrist.',
  },
  {
    grade: 'anatomy',
    text: 'It passes forward over the rim of the pelvis (the pelvic brim), close to the pubic bone, and crosses the front of the hip joint.',
  },
  {
    grade: 'anatomy',
    text: 'There it meets the iliacus, the fan-shaped muscle that lines the inside of the ilium, the wide upper part of the pelvis. The two share one tendon and are called the iliopsoas.',
  },
  {
    grade: 'anatomy',
    text: 'The tendon turns back and attaches to the lesser trochanter, a small knob of bone on the inner, upper, back part of the thigh bone (femur).',
  },
  {
    grade: 'anatomy',
    text: 'Many people, but not all, also have a psoas minor: a thin strip lying in front of the psoas major, running from T12 and L1 to the pelvic brim. It does not reach the thigh.',
  },
];

export const ANATOMY: LearnPageContent = {
  slug: 'anatomy',
  title: 'Anatomy of the psoas',
  summary: 'Where the muscle runs, from the lower spine to the thigh bone, and what it does.',
  lead: 'The psoas sits deeper than any muscle you can feel with your hands: behind the organs of the belly and right against the lumbar spine. The drawing follows it from the spine to the thigh bone.',
  sections: [
    {
      kind: 'section',
      id: 'iliopsoas',
      heading: 'One of a family',
      blocks: [
        {
          kind: 'list',
          items: [
            {
              grade: 'anatomy',
              text: 'There are two psoas muscles, one on each side of the spine.',
            },
            {
              grade: 'anatomy',
              text: 'With the iliacus it makes up the iliopsoas, the deepest of the hip flexors, lying underneath the abdominal wall.',
            },
            {
              grade: 'anatomy',
              text: 'It is one of only a handful of muscles that connect the trunk directly to the legs.',
            },
          ],
        },
      ],
    },
    {
      kind: 'section',
      id: 'what-it-does',
      heading: 'What it does',
      blocks: [
        {
          kind: 'list',
          items: [
            {
              grade: 'anatomy',
              text: 'Bends the hip: it lifts the thigh towards the chest with every step, stair and stride, and it is the strongest muscle that does so.',
            },
            {
              grade: 'practice',
              text: 'Helps hold the lumbar spine steady when you bend and twist.',
            },
            {
              grade: 'anatomy',
              text: 'With the feet planted, it works the other way round and draws the trunk towards the thighs, as when you sit up from lying on your back.',
            },
            {
              grade: 'anatomy',
              text: 'Working on one side only, it helps bend the trunk sideways.',
            },
            {
              grade: 'practice',
              text: 'It never works alone: practitioners treat it as part of a team with the glutes, the deep hip rotators and the muscles along the spine (the spinal erectors).',
            },
          ],
        },
      ],
    },
    {
      kind: 'section',
      id: 'sitting',
      heading: 'How long sitting shortens it',
      blocks: [
        {
          kind: 'text',
          statement: {
            grade: 'practice',
            text: 'Sitting keeps the hip bent, so the psoas spends hours in its short position. Practitioners describe the muscle getting used to that length, so that standing up after a long sit asks it to stretch further than it is ready for. It then tugs the lumbar spine forward, which is one explanation for the stiff, achy first steps after a meeting or a drive.',
          },
        },
        {
          kind: 'text',
          statement: {
            grade: 'evidence',
            text: 'Measurements point the same way, with a caveat: people who sat for more than 7 hours a day had about 6° less hip extension than active people who sat for less than 4. That study shows an association, not that sitting caused the difference.',
            sources: [SOURCES.boukabache2021],
          },
        },
        {
          kind: 'text',
          statement: {
            grade: 'practice',
            text: 'Practitioners also link a short psoas with a pelvis that tips forward and a deeper curve in the low back.',
          },
        },
        {
          kind: 'text',
          statement: {
            grade: 'evidence',
            text: 'That link is weaker in the research than in the telling: how far the hip extends was unrelated to how the pelvis sits when standing.',
            sources: [SOURCES.heino1990],
          },
        },
      ],
    },
    {
      kind: 'section',
      id: 'one-side',
      heading: 'When one side is tighter',
      blocks: [
        {
          kind: 'list',
          items: [
            {
              grade: 'practice',
              text: 'If one psoas is shorter, that side of the pelvis cannot swing forward as freely. The spine may lean a little to one side, and walking feels easier on one leg than the other.',
            },
            {
              grade: 'practice',
              text: 'One-sided habits feed it: always crossing the same leg, or sports that throw, swing or hit to one side.',
            },
            {
              grade: 'practice',
              text: 'Practitioners warn that the imbalance can travel down the chain as far as the knee.',
            },
            {
              grade: 'evidence',
              text: 'Some difference between sides is normal: in elite athletes the non-dominant leg was the more flexible one.',
              sources: [SOURCES.harvey1998],
            },
          ],
        },
      ],
    },
  ],
};
