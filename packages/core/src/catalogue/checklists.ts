import { z } from 'zod';
import { checklistIdSchema, type ChecklistId } from './exercise.schema.ts';

/**
 * Contraindication checklists that unlock an exercise. The abdominal-release list is
 * evidence.md §7.3: a clinical-reasoning list with no consensus source behind it, so any "yes"
 * (or an unanswered question) keeps the exercise locked and points to a professional.
 */

export const checklistQuestionSchema = z.object({ id: z.string(), question: z.string() });
export type ChecklistQuestion = z.infer<typeof checklistQuestionSchema>;

export const checklistSchema = z.object({
  id: checklistIdSchema,
  title: z.string(),
  intro: z.string(),
  questions: z.array(checklistQuestionSchema),
  /** What to do instead when any answer is "yes". */
  ifAnyYes: z.string(),
});
export type Checklist = z.infer<typeof checklistSchema>;

export const CHECKLISTS_BY_ID: Readonly<Record<ChecklistId, Checklist>> = {
  'abdominal-release': {
    id: 'abdominal-release',
    title: 'Before any pressure through the belly',
    intro:
      'The psoas lies deep behind the intestines and right beside large blood vessels. Pressing through the belly is only safe when none of these apply to you.',
    questions: [
      {
        id: 'aneurysm',
        question:
          'Have you ever been told you have an aortic aneurysm, or any disease of the blood vessels?',
      },
      { id: 'pulsating-lump', question: 'Can you feel a lump in your belly that beats or pulses?' },
      { id: 'pregnancy', question: 'Are you pregnant, or could you be?' },
      { id: 'hernia', question: 'Do you have a hernia in your belly or groin?' },
      {
        id: 'recent-surgery',
        question: 'Have you had an operation on your belly or pelvis in the past year?',
      },
      {
        id: 'blood-thinners',
        question: 'Do you take blood thinners, or do you bleed or bruise easily?',
      },
      {
        id: 'bowel-disease',
        question: "Do you have an inflammatory bowel disease, such as Crohn's disease or colitis?",
      },
      {
        id: 'unexplained-pain',
        question: 'Do you have pain in your belly that no doctor has explained?',
      },
    ],
    ifAnyYes:
      'Leave this one out. A kneeling hip flexor stretch works the same muscle without pressure on the belly, and a physiotherapist or massage therapist can advise you in person.',
  },
};

export const checklistAnswersSchema = z.record(z.string().max(40), z.enum(['yes', 'no']));
export type ChecklistAnswers = z.infer<typeof checklistAnswersSchema>;

export const checklistOutcomeSchema = z.discriminatedUnion('cleared', [
  z.object({ cleared: z.literal(true) }),
  z.object({
    cleared: z.literal(false),
    yes: z.array(z.string()),
    unanswered: z.array(z.string()),
  }),
]);

export type ChecklistOutcome = z.infer<typeof checklistOutcomeSchema>;

/** Cleared only when every question was answered, and every answer was "no". */
export function evaluateChecklist(
  checklist: Checklist,
  answers: ChecklistAnswers,
): ChecklistOutcome {
  const yes = checklist.questions.filter((q) => answers[q.id] === 'yes').map((q) => q.id);
  const unanswered = checklist.questions
    .filter((q) => answers[q.id] === undefined)
    .map((q) => q.id);
  return yes.length === 0 && unanswered.length === 0
    ? { cleared: true }
    : { cleared: false, yes, unanswered };
}
