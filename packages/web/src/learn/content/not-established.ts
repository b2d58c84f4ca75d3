import type { LearnPageContent } from './grade.ts';
import { SOURCES } from './sources.ts';

/**
 * The [claim] items of psoas-facts.md and the two mechanisms evidence.md §1.2 and §3.4 reject.
 * Each is a belief set beside what is known; none is a symptom to look for, so none of them
 * appears anywhere else in the app.
 */
export const NOT_ESTABLISHED: LearnPageContent = {
  slug: 'what-we-dont-claim',
  title: 'What we don’t claim',
  summary:
    'Popular ideas about the psoas that the evidence does not support, and why we leave them out.',
  lead: 'Articles about the psoas often credit it with far more than moving the hip. Psoas Coach leaves those ideas out of its advice. Here they are, so you know why you will not find them in the app.',
  sections: [
    {
      kind: 'not-established',
      id: 'claims',
      heading: 'Ideas without good evidence',
      intro:
        'None of these is a sign to check yourself for. If you have any of the complaints mentioned, they deserve a proper look from a doctor, not a psoas stretch.',
      claims: [
        {
          grade: 'claim',
          id: 'breathing',
          topic: 'Breathing',
          belief:
            'Some practitioners believe a tight psoas restricts breathing, because it starts close to where the diaphragm attaches to the spine.',
          known:
            'The two muscles are neighbours, but there is no good evidence that psoas tightness changes how you breathe, or that releasing it helps. Shortness of breath needs a doctor.',
        },
        {
          grade: 'claim',
          id: 'organs',
          topic: 'Organs and circulation',
          belief:
            'Some practitioners believe the psoas affects the organs around it, digestion, and the flow of blood and lymph.',
          known:
            'The psoas does lie close to the bowel and to large blood vessels, which is exactly why pressing on it through the belly is risky. There is no good evidence that its tension changes how those organs or vessels work.',
        },
        {
          grade: 'claim',
          id: 'emotions',
          topic: 'Stress and anxiety',
          belief:
            'Some practitioners believe the psoas stores stress or emotion, and that releasing it eases anxiety.',
          known:
            'There is no good evidence for either. Anxiety is real and treatable, and it deserves care in its own right.',
        },
        {
          grade: 'claim',
          id: 'fatigue-constipation',
          topic: 'Tiredness, cramps and constipation',
          belief:
            'Some practitioners believe a tight psoas causes tiredness, cramps or constipation.',
          known:
            'There is no good evidence linking them to the psoas. Each has many possible causes; if one lasts, talk to a doctor.',
        },
        {
          grade: 'claim',
          id: 'glutes-switched-off',
          topic: 'Glutes that “switch off”',
          belief:
            'Some practitioners believe tight hip flexors switch off the glutes through a reflex, sometimes called reciprocal inhibition or “glute amnesia”, and that stretching switches them back on.',
          known:
            'That reflex acts briefly while the opposite muscle is contracting, not for hours. One small study found less glute activity in people with tight hip flexors; another found no difference. There is no good evidence that stretching the hip flexors turns the glutes back on. Psoas Coach pairs stretching with glute work simply because each is useful.',
          sources: [SOURCES.gluteClaim],
        },
        {
          grade: 'claim',
          id: 'posture-fix',
          topic: 'Stretching as a posture fix',
          belief:
            'Some practitioners believe that stretching a tight psoas straightens the pelvis and the low back and so cures back pain.',
          known:
            'Stretching adds a few degrees of hip movement, but there is no good evidence that it fixes posture or back pain: the pelvis moved by about a degree, and pain did no better than without stretching.',
          sources: [SOURCES.preece2021, SOURCES.hatefi2021],
        },
        {
          grade: 'claim',
          id: 'sitting-causes-pain',
          topic: 'Sitting as the cause of back pain',
          belief:
            'Some practitioners believe that sitting for long hours is what causes back pain.',
          known:
            'Reviews found no clear link between sitting at work and back pain, and there is no good evidence that sitting alone causes it. Breaking up sitting is still worthwhile for comfort and general health.',
          sources: [SOURCES.hartvigsen2000, SOURCES.dzakpasu2021],
        },
      ],
    },
  ],
};
