import type { Phase } from '@psoas/core';
import type { LearnPageContent, PracticeStatement } from './grade.ts';
import { SOURCES } from './sources.ts';

export type MethodStep = {
  readonly phase: Phase;
  readonly name: string;
  /** A few words for the hub's at-a-glance strip. */
  readonly gist: string;
  readonly statement: PracticeStatement;
};

/** The care method in order; habits and traction sit beside it, not in the sequence. */
export const METHOD_STEPS: readonly MethodStep[] = [
  {
    phase: 'release',
    name: 'Release',
    gist: 'Ease tender spots',
    statement: {
      grade: 'practice',
      text: 'Slow pressure from a foam roller or ball on the thighs and hips, easing off anything sharp. Around the belly this is a job for a trained professional, not for self-care.',
    },
  },
  {
    phase: 'stretch',
    name: 'Stretch',
    gist: 'Gain range slowly',
    statement: {
      grade: 'practice',
      text: 'Long, calm holds for the front of the hip, such as the half-kneeling hip flexor stretch, to the point of tightness and never into pain.',
    },
  },
  {
    phase: 'activate',
    name: 'Activate',
    gist: 'Wake up the glutes',
    statement: {
      grade: 'practice',
      text: 'Easy, well-controlled glute work, such as the glute bridge, to get the muscles at the back of the hip working again after a day in a chair.',
    },
  },
  {
    phase: 'strengthen',
    name: 'Strengthen',
    gist: 'Build and keep it',
    statement: {
      grade: 'practice',
      text: 'Harder versions step by step, from the single-leg bridge upwards, so the hips and trunk are strong across the range you have gained.',
    },
  },
];

export const ALONGSIDE: readonly MethodStep[] = [
  {
    phase: 'habit',
    name: 'Habits',
    gist: 'Every day, alongside',
    statement: {
      grade: 'practice',
      text: 'Getting up often, sitting well and moving in many ways through the day. This runs alongside every step rather than coming after them.',
    },
  },
  {
    phase: 'traction',
    name: 'Traction',
    gist: 'With a professional',
    statement: {
      grade: 'practice',
      text: 'Gently drawing the hip joint apart, combined with stretching. It is an advanced technique that is learned from a professional, so Psoas Coach describes it and refers you, but does not coach it on its own.',
    },
  },
];

export const METHOD: LearnPageContent = {
  slug: 'method',
  title: 'The care method',
  summary: 'Release, stretch, then activate and strengthen: why the order, and what research adds.',
  lead: 'Psoas Coach follows the order most practitioners teach. Where research says something different from common practice, this page shows both, and what the app does about it.',
  sections: [
    {
      kind: 'section',
      id: 'why-this-order',
      heading: 'Why this order',
      blocks: [
        {
          kind: 'list',
          ordered: true,
          items: [
            {
              grade: 'practice',
              text: 'Release comes first because stretching a muscle that still holds a tight, tender knot (a trigger point) can irritate it further.',
            },
            {
              grade: 'practice',
              text: 'Stretching follows, while the tissue is calmer and more willing to lengthen.',
            },
            {
              grade: 'practice',
              text: 'Activating and strengthening come last, so the muscles around the hip learn to use and hold the range you have gained instead of losing it again by tomorrow.',
            },
            {
              grade: 'practice',
              text: 'Go slowly. Practitioners expect an uneven pair of hips to take weeks to even out, and pushing hard does not speed that up.',
            },
          ],
        },
        {
          kind: 'text',
          statement: {
            grade: 'evidence',
            text: 'Expect measurable change in range over about 4 to 6 weeks of regular stretching rather than days; in one study the gains levelled off between weeks 4 and 5.',
            sources: [SOURCES.bandy1997, SOURCES.gribble1999],
          },
        },
      ],
    },
    {
      kind: 'section',
      id: 'practice-and-evidence',
      heading: 'Where practice and research differ',
      blocks: [
        {
          kind: 'compare',
          id: 'stretching-outcomes',
          title: 'What stretching can do',
          practice: {
            grade: 'practice',
            text: 'Stretching a tight psoas is often presented as the way to straighten posture and ease a sore low back.',
          },
          evidence: {
            grade: 'evidence',
            text: 'Stretching reliably adds a few degrees of hip extension: about 2.6° after one session. It moved the pelvis by barely more than a degree and did not change the curve of the low back. In women with low back pain, eight weeks of hip flexor stretching did no better for pain or disability than not stretching.',
            sources: [SOURCES.preece2021, SOURCES.hatefi2021],
          },
          app: 'Offers stretching for mobility and comfort. It never promises that stretching will fix your posture or your back pain.',
        },
        {
          kind: 'compare',
          id: 'hold-times',
          title: 'How long to hold a stretch',
          practice: {
            grade: 'practice',
            text: 'Hold each stretch for 20 to 30 seconds, two or three times per side, a couple of times a day.',
          },
          evidence: {
            grade: 'evidence',
            text: 'Holds of 30 seconds did as well as 60, and stretching three times a day added nothing over once. What counts is regularity: at least 5 days a week, adding up to 5 minutes or more per muscle each week.',
            sources: [SOURCES.bandy1997, SOURCES.thomas2018],
          },
          app: 'Plans 3 holds of 30 seconds per side on at least 5 days a week. Extra sessions are fine for comfort, but they are not needed for progress.',
        },
        {
          kind: 'compare',
          id: 'abdominal-release',
          title: 'Pressing on the psoas through the belly',
          practice: {
            grade: 'practice',
            text: 'Some practitioners teach lying face down on a ball or roller placed beside the navel to press on the psoas through the belly.',
          },
          evidence: {
            grade: 'evidence',
            text: 'No study has looked at whether this is safe. The psoas lies behind the intestines and right next to a large artery, and professional commentators warn that pressure there could cause serious harm. They suggest a hip flexor stretch instead.',
            sources: [SOURCES.lowe2015],
          },
          app: 'Never puts self-applied belly pressure in your plan. The technique stays locked behind a checklist of reasons not to do it and points to a professional; the kneeling hip flexor stretch is the alternative.',
        },
        {
          kind: 'compare',
          id: 'strengthening-dose',
          title: 'How much glute work',
          practice: {
            grade: 'practice',
            text: 'Do 10 to 15 glute bridges with a 10-second squeeze at the top, once or twice a day, and move on to the single-leg bridge once that is easy.',
          },
          evidence: {
            grade: 'evidence',
            text: 'For beginners, strength guidelines suggest 8 to 12 repetitions in 1 to 3 sets on 2 to 3 days a week, adding difficulty once one or two extra repetitions come easily.',
            sources: [SOURCES.ratamess2009],
          },
          app: 'Doses strengthening from the guidelines and moves you up a step when the target is easy, pairing it with stretching because both are useful in their own right.',
        },
      ],
    },
    {
      kind: 'section',
      id: 'professionals',
      heading: 'When to involve a professional',
      blocks: [
        {
          kind: 'list',
          items: [
            {
              grade: 'practice',
              text: 'Release is a skill: where to place the tool, how to breathe and relax into it and how long to stay. If you are unsure, a physiotherapist or massage therapist can show you.',
            },
            {
              grade: 'practice',
              text: 'Traction, and any work through the belly, belong with a trained professional who can check first whether it is right for you.',
            },
            {
              grade: 'practice',
              text: 'Physiotherapists, massage therapists and trainers can also spot differences between your left and right side and adjust the plan.',
            },
          ],
        },
      ],
    },
  ],
};
