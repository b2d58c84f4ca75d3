import { z } from 'zod';

/**
 * The red-flag screening questions of evidence.md §5.2, in our own plain words. The ids are
 * stable: stored answers refer to them, so never rename one; add a new id instead.
 *
 * Groups:
 * - A: possible cauda equina compression (GIRFT 2023, BASS 2018): emergency department now.
 * - B: possible infection or fracture: a doctor the same day.
 * - C: flags that matter more in combination (Downie 2013): a doctor within days.
 * - D: not red flags but reasons a self-care programme needs a professional's say first
 *   (pregnancy, youth, recent surgery, abdominal vascular risk). They never change the triage
 *   level; the outcome reports them so the shells can show the caution.
 */

export const RED_FLAG_GROUPS = ['A', 'B', 'C', 'D'] as const;
export type RedFlagGroup = (typeof RED_FLAG_GROUPS)[number];

export const RED_FLAG_IDS = [
  'a-starting-to-pee',
  'a-bladder-control',
  'a-bowel-control',
  'a-saddle-numbness',
  'a-sexual-function',
  'a-both-legs',
  'a-weakness-worsening',
  'b-fever-or-unwell',
  'b-infection-risk',
  'b-injury',
  'c-cancer-history',
  'c-weight-loss',
  'c-age-new-pain',
  'c-constant-or-night-pain',
  'c-upper-back',
  'c-steroids-or-osteoporosis',
  'c-no-improvement',
  'c-morning-stiffness',
  'd-pregnancy-age-surgery',
  'd-abdominal-vessels',
] as const;
export const redFlagIdSchema = z.enum(RED_FLAG_IDS);
export type RedFlagId = z.infer<typeof redFlagIdSchema>;

export type RedFlagQuestion = {
  readonly id: RedFlagId;
  readonly group: RedFlagGroup;
  /** The question as the person reads it: plain words, answerable yes or no. */
  readonly question: string;
  /** Where it comes from in evidence.md, for a reviewer. */
  readonly source: string;
};

const q = (
  id: RedFlagId,
  group: RedFlagGroup,
  question: string,
  source: string,
): RedFlagQuestion => ({ id, group, question, source });

export const RED_FLAG_QUESTIONS: readonly RedFlagQuestion[] = [
  q(
    'a-starting-to-pee',
    'A',
    'Since this pain began, and above all in the past two weeks, has it become hard to start peeing, is the stream weaker, or can you no longer feel the urine passing?',
    '§5.2 A1 (GIRFT 2023)',
  ),
  q(
    'a-bladder-control',
    'A',
    'Have you started leaking urine, or found you cannot empty your bladder?',
    '§5.2 A2 (GIRFT 2023)',
  ),
  q(
    'a-bowel-control',
    'A',
    'Have you lost control of your bowels, or stopped feeling when you need to go?',
    '§5.2 A3 (GIRFT 2023)',
  ),
  q(
    'a-saddle-numbness',
    'A',
    'Is there new numbness, tingling or a strange feeling between your legs, around your bottom or genitals, or on the inner buttocks, for example not feeling the toilet paper when you wipe?',
    '§5.2 A4 (GIRFT 2023)',
  ),
  q(
    'a-sexual-function',
    'A',
    'Have you noticed a new problem with sex, such as with erection or ejaculation, or less feeling in your genitals?',
    '§5.2 A5 (GIRFT 2023 note: alone it is unlikely to be cauda equina)',
  ),
  q(
    'a-both-legs',
    'A',
    'Is the pain or sciatica now in both legs, or did it start in one leg and spread to the other?',
    '§5.2 A6 (BASS 2018)',
  ),
  q(
    'a-weakness-worsening',
    'A',
    'Are your legs getting weaker, for example a foot that slaps or drops, tripping, a knee that gives way, or numbness that is spreading?',
    '§5.2 A7 (GIRFT 2023)',
  ),
  q(
    'b-fever-or-unwell',
    'B',
    'Along with the back pain, do you have a fever, chills or night sweats, or do you feel generally unwell?',
    '§5.2 B8 (infection)',
  ),
  q(
    'b-infection-risk',
    'B',
    'Is your immune system weakened (long-term steroids, chemotherapy, transplant medicines, HIV), do you inject drugs, or have you recently had an infection, a spinal injection or a spinal operation?',
    '§5.2 B9 (infection)',
  ),
  q(
    'b-injury',
    'B',
    'Did the pain start after a serious accident or fall, or, if you are older or have thin bones, after a small fall or lifting something?',
    '§5.2 B10 (fracture)',
  ),
  q('c-cancer-history', 'C', 'Have you ever had cancer?', '§5.2 C11 (Downie 2013)'),
  q('c-weight-loss', 'C', 'Have you lost weight without trying to?', '§5.2 C12'),
  q(
    'c-age-new-pain',
    'C',
    'Are you over 50 and is this back pain new for you, or are you under 20?',
    '§5.2 C13',
  ),
  q(
    'c-constant-or-night-pain',
    'C',
    'Is the pain there all the time, not eased by lying down or changing position, or at its worst at night?',
    '§5.2 C14',
  ),
  q('c-upper-back', 'C', 'Is the pain mainly in your upper or middle back?', '§5.2 C15'),
  q(
    'c-steroids-or-osteoporosis',
    'C',
    'Have you taken steroid tablets for a long time, or have you been told you have thin bones (osteoporosis)?',
    '§5.2 C16 (Downie 2013)',
  ),
  q(
    'c-no-improvement',
    'C',
    'Have you looked after your back yourself for 4 to 6 weeks without it getting any better?',
    '§5.2 C17',
  ),
  q(
    'c-morning-stiffness',
    'C',
    'Did the back pain start before you were 45, and are you stiff for more than half an hour in the morning, easing as you move?',
    '§5.2 C18 (thresholds to verify)',
  ),
  q(
    'd-pregnancy-age-surgery',
    'D',
    'Are you pregnant, or did you give birth in the past six months, are you under 18, or have you had an operation on your back or belly recently?',
    '§5.2 D19',
  ),
  q(
    'd-abdominal-vessels',
    'D',
    'Have you been told you have an aortic aneurysm or other blood-vessel disease, can you feel a pulsing lump in your belly, do you have a hernia, or do you take blood thinners?',
    '§5.2 D20, §7.3',
  ),
];

const groupById: ReadonlyMap<RedFlagId, RedFlagGroup> = new Map(
  RED_FLAG_QUESTIONS.map((question) => [question.id, question.group]),
);

/** The group a question belongs to. */
export function groupOf(id: RedFlagId): RedFlagGroup {
  const group = groupById.get(id);
  if (group === undefined) throw new Error(`Red-flag question ${id} has no group`);
  return group;
}

export const screeningAnswerSchema = z.enum(['yes', 'no']);
export type ScreeningAnswer = z.infer<typeof screeningAnswerSchema>;

/**
 * Answers keyed by question id. Partial on the wire so that an incomplete screening can be
 * parsed and then refused by `triageScreening` with the list of what is missing.
 */
export const screeningAnswersSchema = z.partialRecord(redFlagIdSchema, screeningAnswerSchema);
export type ScreeningAnswers = z.infer<typeof screeningAnswersSchema>;
