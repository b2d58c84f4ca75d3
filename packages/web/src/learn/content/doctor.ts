import type { LearnPageContent } from './grade.ts';
import { SOURCES } from './sources.ts';

/**
 * Paraphrases the screening groups of evidence.md §5.2 for reading, not for answering: the
 * questions themselves live in the intake. No sign is named as a disease: the app refers, it
 * never concludes what someone has (Finucane 2020).
 */
export const DOCTOR: LearnPageContent = {
  slug: 'when-to-see-a-doctor',
  title: 'When to see a doctor',
  summary: 'The warning signs the app asks about, how urgent each kind is, and what happens then.',
  lead: 'Most back and hip stiffness is not dangerous, and self-care is a sensible place to start. A few signs mean something else may be going on, and then a doctor needs to see you rather than an app.',
  sections: [
    {
      kind: 'section',
      id: 'what-the-app-does',
      heading: 'What Psoas Coach does',
      blocks: [
        {
          kind: 'list',
          items: [
            {
              grade: 'evidence',
              text: 'It asks about warning signs when you start, whenever your pain gets worse, and again every few weeks.',
              sources: [SOURCES.screeningQuestions],
            },
            {
              grade: 'evidence',
              text: 'It does not diagnose. No app, and no single warning sign, can tell what is behind your pain; a clinician who examines you can. The app tells you where to go and how soon.',
              sources: [SOURCES.finucane2020],
            },
            {
              grade: 'evidence',
              text: 'One sign on its own rarely means something serious, but several together matter much more. The app treats two or more signs from the "within days" group, or one of them when you are over 50, as urgent.',
              sources: [SOURCES.downie2013, SOURCES.screeningQuestions],
            },
          ],
        },
      ],
    },
    {
      kind: 'section',
      id: 'signs',
      heading: 'Signs, and how soon to act',
      blocks: [
        {
          kind: 'urgency',
          level: 'emergency',
          title: 'Go to an emergency department now',
          action:
            'If any of these is new or getting worse alongside back or leg pain, go now or call your local emergency number. Do not wait for an appointment.',
          signs: [
            'Trouble starting to pass urine, a weaker stream, or not feeling the urine pass.',
            'Leaking urine, or not being able to empty your bladder.',
            'Losing control of your bowels, or not feeling when they are full.',
            'Numbness, tingling or a changed feeling between the legs, around the genitals or back passage, or on the inner buttocks, such as not feeling the toilet paper when you wipe.',
            'Pain or sciatica in both legs, or pain that started in one leg and has spread to the other.',
            'Leg weakness that is getting worse: a foot that slaps or drops, tripping, a knee that gives way, or numbness that spreads.',
            'A new problem with sexual function, when it comes together with any of the signs above.',
          ],
          inApp:
            'The programme stops straight away, and instead of a session the app shows you where to go.',
          basis: {
            grade: 'evidence',
            text: 'These are the signs that national back pain pathways ask about, treating them as urgent when they are new, within the last two weeks, or worsening.',
            sources: [SOURCES.girft2023, SOURCES.screeningQuestions],
          },
        },
        {
          kind: 'urgency',
          level: 'same-day',
          title: 'See a doctor today',
          action: 'Contact your doctor or an urgent care service the same day.',
          signs: [
            'A fever, chills or night sweats, or feeling generally unwell, together with your back pain.',
            'A weakened immune system (for example from long-term steroids, chemotherapy or transplant medicines), injecting drugs, a recent infection, or a recent spinal injection or operation.',
            'Pain that started after a serious accident or fall, or after a minor fall or lift if you are older or have thin bones (osteoporosis).',
          ],
          inApp: 'The programme stops, and the app asks you to see a doctor today.',
          basis: {
            grade: 'evidence',
            text: 'NHS back pain pathways ask for a same-day review when back pain comes with these.',
            sources: [SOURCES.nhsRedFlags, SOURCES.screeningQuestions],
          },
        },
        {
          kind: 'urgency',
          level: 'within-days',
          title: 'Book a doctor within days',
          action: 'Make an appointment with your doctor this week, not in a month.',
          signs: [
            'You have had cancer at any time in the past.',
            'You are losing weight without trying.',
            'You are over 50 and this is a new kind of back pain for you, or you are under 20.',
            'The pain is constant, does not ease when you lie down or change position, or is worst at night.',
            'The pain is mainly in the upper or middle back rather than the low back.',
            'You have taken steroid tablets for a long time, or you have osteoporosis.',
            'You have morning stiffness that lasts more than half an hour and eases as you move, and it began before you were 45.',
            'Nothing has improved after 4 to 6 weeks of self-care.',
          ],
          inApp:
            'Only gentle activity stays in your plan, with a reminder to book the appointment.',
          basis: {
            grade: 'evidence',
            text: 'Back pain guidelines list these as reasons for a prompt review. A past cancer and long-term steroid use are among the more telling single signs.',
            sources: [SOURCES.nhsRedFlags, SOURCES.downie2013, SOURCES.screeningQuestions],
          },
        },
      ],
    },
    {
      kind: 'section',
      id: 'anytime',
      heading: 'Any time you are worried',
      blocks: [
        {
          kind: 'text',
          statement: {
            grade: 'practice',
            text: 'You do not need a warning sign to ask for help. If your symptoms worry you, if pain is severe or spreading, or if something simply feels wrong, see a doctor or physiotherapist. Stopping a session is always allowed.',
          },
        },
      ],
    },
  ],
};
