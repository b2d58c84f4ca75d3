import {
  SESSION_NOTE_MAX,
  type FeedbackRequest,
  type PlanItem,
  type PlanSession,
  type SessionLogItem,
} from '@psoas/core';
import { choice, createAsker, numberIn, optionalNumberIn, text } from '../commands/ask.ts';
import type { Conversation } from '../commands/checklist.ts';
import { CliError } from '../errors.ts';
import type { FormatOptions } from '../format/style.ts';

/**
 * The questions after a session, the same as the web player's: for each exercise done (even in
 * part), too easy / about right / too hard, pain during it and, for rep exercises, the reps
 * done; then pain now and a note. Asked through the same line conversation as `psoas feedback`,
 * so answers can be typed or piped. An exercise skipped entirely is not rated: a rating drives
 * the progression, and nothing was felt.
 */

export type FeedbackItem = FeedbackRequest['items'][number];

export type SessionFeedback = {
  readonly items: readonly FeedbackItem[];
  readonly painNow: number | null;
  readonly note: string;
};

export const NO_FEEDBACK: SessionFeedback = { items: [], painNow: null, note: '' };

const RATING_WORDS = ['easy', 'right', 'hard'] as const;
const RATING = { easy: 'too-easy', right: 'about-right', hard: 'too-hard' } as const;

/** The plan's exercises with anything done, once each, in plan order. */
export function exercisesToRate(
  planSession: PlanSession,
  summary: readonly SessionLogItem[],
): PlanItem[] {
  const done = new Set(
    summary
      .filter((item) => item.done.reps > 0 || (item.done.heldSeconds ?? 0) > 0)
      .map((item) => item.exerciseId),
  );
  const seen = new Set<string>();
  return planSession.items.filter((item) => {
    if (!done.has(item.exerciseId) || seen.has(item.exerciseId)) return false;
    seen.add(item.exerciseId);
    return true;
  });
}

/** Reps count for the progression only where they are the effort, as in `psoas feedback`. */
export function asksReps(item: PlanItem): boolean {
  return item.reps !== null && (item.holdSeconds ?? 0) <= 5;
}

/**
 * Asks the questions. Returns null when the input ends first: the session is then saved
 * without feedback rather than not at all (it happened), and the person is told.
 */
export async function askSessionFeedback(
  toRate: readonly PlanItem[],
  conversation: Conversation,
  format: FormatOptions,
): Promise<SessionFeedback | null> {
  const total = () => toRate.length * 2 + toRate.filter(asksReps).length + 2;
  const asker = createAsker(conversation, format, 'feedback', total);
  try {
    const items: FeedbackItem[] = [];
    if (toRate.length > 0) {
      asker.say('\nHow did it go? For each exercise: easy, right or hard, then pain during it.\n');
    }
    for (const item of toRate) {
      asker.say(`\n${format.style.bold(item.name)}\n`);
      const word = await asker.ask({
        text: 'Was it too easy, about right, or too hard? (easy, right, hard)',
        defaultText: 'right',
        parse: choice(RATING_WORDS),
      });
      const pain = await asker.ask({
        text: 'Pain during it, 0-10',
        defaultText: '0',
        parse: numberIn(0, 10, true),
      });
      const reps = asksReps(item)
        ? await asker.ask({
            text: `Reps done in every set (target ${item.reps}; Enter to skip)`,
            parse: optionalNumberIn(0, 200, true),
          })
        : null;
      items.push({
        exerciseId: item.exerciseId,
        rating: RATING[word],
        pain,
        ...(reps === null ? {} : { repsDone: reps }),
      });
    }
    asker.say('\n');
    const painNow = await asker.ask({
      text: 'Pain now, 0-10 (Enter to skip)',
      parse: optionalNumberIn(0, 10, true),
    });
    const note = await asker.ask({
      text: 'A note for your log (Enter for none)',
      parse: text(
        (value) => value.length <= SESSION_NOTE_MAX,
        `Please keep it to ${SESSION_NOTE_MAX} characters.`,
      ),
    });
    return { items, painNow, note };
  } catch (error) {
    if (error instanceof CliError && error.failure.kind === 'input-ended') return null;
    throw error;
  }
}
