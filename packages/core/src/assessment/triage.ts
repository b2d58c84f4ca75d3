import { err, ok, type DomainError, type Result } from '../result.ts';
import { isOverFifty, type AgeBand } from './intake.schema.ts';
import { RED_FLAG_QUESTIONS, groupOf, type RedFlagId, type ScreeningAnswers } from './red-flags.ts';

/**
 * Red-flag triage, evidence.md §5.2 "Triage logic", applied exactly:
 * - any A answer: emergency department now, programme stopped;
 * - any B answer: a doctor the same day, programme stopped;
 * - two or more C answers, or any C answer with age over 50: urgent, a doctor today or
 *   tomorrow, and the programme is treated as stopped until a doctor has seen them;
 * - one C answer otherwise: a gentle programme only, and a doctor within days;
 * - none: clear, the full programme.
 *
 * The GIRFT note (evidence.md §5.2 A5): "LBP with sexual dysfunction as the only other feature
 * is unlikely to be CES". Our decision: a "yes" to the sexual-function question with no other
 * A answer does not send the person to the emergency department, but it is not ignored
 * either: it counts as a B-level flag (stopped, a doctor the same day). A new change in
 * sexual function alongside back pain deserves a doctor's look within the day, and a same-day
 * doctor can still send them on to the emergency department. With any other A answer it is
 * an emergency like the others.
 *
 * The outcome names levels and the answers that led there; it never names a condition. The
 * app refers, it does not diagnose (Finucane 2020).
 */

export const TRIAGE_LEVELS = ['emergency', 'same-day', 'urgent', 'gentle', 'clear'] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

/** What the self-care programme may do: nothing, a gentle version, or everything. */
export type ProgrammeAllowance = 'stopped' | 'gentle' | 'full';

export type TriageOutcome = {
  readonly level: TriageLevel;
  readonly programme: ProgrammeAllowance;
  /** The "yes" answers that set the level, in question order. */
  readonly triggeredBy: readonly RedFlagId[];
  /** Other A-C "yes" answers, below the deciding level; a doctor will want them too. */
  readonly alsoFlagged: readonly RedFlagId[];
  /** Group D "yes" answers: cautions for a professional, never a change of level. */
  readonly cautions: readonly RedFlagId[];
};

export type TriageAdvice = {
  readonly headline: string;
  readonly action: string;
};

/** One plain-words message per level, for the shells to show; it never names a condition. */
export const TRIAGE_ADVICE: Readonly<Record<TriageLevel, TriageAdvice>> = {
  emergency: {
    headline: 'Please go to an emergency department now.',
    action:
      'Some of your answers need to be checked by a doctor straight away. Your exercise programme is stopped. Take this list of answers with you.',
  },
  'same-day': {
    headline: 'Please see a doctor today.',
    action:
      'Some of your answers need a doctor to look at them today, at your GP or an urgent care centre. Your exercise programme is stopped until a new screening clears it.',
  },
  urgent: {
    headline: 'Please see a doctor today or tomorrow.',
    action:
      'Your answers together mean a doctor should see you soon. Until then, treat your programme as stopped.',
  },
  gentle: {
    headline: 'Please book to see a doctor within the next few days.',
    action:
      'One of your answers is worth a doctor knowing about. Until then you can do the gentle programme.',
  },
  clear: {
    headline: 'Nothing in your answers needs a doctor right now.',
    action:
      'You can follow the full programme. We will ask these questions again if your pain rises, and every four weeks.',
  },
};

const PROGRAMME_BY_LEVEL: Readonly<Record<TriageLevel, ProgrammeAllowance>> = {
  emergency: 'stopped',
  'same-day': 'stopped',
  urgent: 'stopped',
  gentle: 'gentle',
  clear: 'full',
};

export type ScreeningIncomplete = DomainError<'SCREENING_INCOMPLETE'>;

/** Group D answers are optional: they never change the level, so they cannot hide a flag. */
const REQUIRED = RED_FLAG_QUESTIONS.filter((question) => question.group !== 'D');

function decide(
  yes: readonly RedFlagId[],
  ageBand: AgeBand,
): { level: TriageLevel; triggeredBy: RedFlagId[] } {
  const inGroup = (group: 'A' | 'B' | 'C') => yes.filter((id) => groupOf(id) === group);
  const a = inGroup('A');
  const b = inGroup('B');
  const c = inGroup('C');
  const sexualOnly = a.length === 1 && a[0] === 'a-sexual-function';
  if (a.length > 0 && !sexualOnly) return { level: 'emergency', triggeredBy: a };
  if (b.length > 0 || sexualOnly) return { level: 'same-day', triggeredBy: [...a, ...b] };
  if (c.length >= 2 || (c.length === 1 && isOverFifty(ageBand))) {
    return { level: 'urgent', triggeredBy: c };
  }
  if (c.length === 1) return { level: 'gentle', triggeredBy: c };
  return { level: 'clear', triggeredBy: [] };
}

/**
 * Applies the triage to a screening. Every A, B and C question must be answered: a missing
 * answer is an error listing the missing ids, never a silent "clear".
 */
export function triageScreening(
  answers: ScreeningAnswers,
  context: { readonly ageBand: AgeBand },
): Result<TriageOutcome, ScreeningIncomplete> {
  const unanswered = REQUIRED.filter((question) => answers[question.id] === undefined).map(
    (question) => question.id,
  );
  if (unanswered.length > 0) {
    return err({
      code: 'SCREENING_INCOMPLETE',
      message: `${unanswered.length} screening question(s) were not answered.`,
      details: { unanswered },
    });
  }
  const yes = RED_FLAG_QUESTIONS.filter((question) => answers[question.id] === 'yes').map(
    (question) => question.id,
  );
  const { level, triggeredBy } = decide(yes, context.ageBand);
  return ok({
    level,
    programme: PROGRAMME_BY_LEVEL[level],
    triggeredBy,
    alsoFlagged: yes.filter((id) => groupOf(id) !== 'D' && !triggeredBy.includes(id)),
    cautions: yes.filter((id) => groupOf(id) === 'D'),
  });
}
