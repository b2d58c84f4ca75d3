import type { PlanItem, ProgressionChange, UndoResponse } from '@psoas/core';
import type { ApiClient } from '../api-client.ts';
import { formatJson } from '../format/json.ts';
import type { FormatOptions } from '../format/style.ts';
import { joinLines, wrapText } from '../format/text.ts';
import { choice, createAsker, numberIn, optionalNumberIn } from './ask.ts';
import type { Conversation } from './checklist.ts';

/**
 * `psoas feedback`: after today's session, a rating and the pain felt for each exercise; the
 * server applies the progression rules and answers with any change, explained. `psoas undo`
 * takes the last change back.
 */

export type FeedbackOptions = { readonly date?: string; readonly json?: boolean };

const RATING_WORDS = ['easy', 'right', 'hard'] as const;
const RATING = { easy: 'too-easy', right: 'about-right', hard: 'too-hard' } as const;

function formatChanges(changes: readonly ProgressionChange[], options: FormatOptions): string {
  if (changes.length === 0) {
    return joinLines(['', options.style.heading('Saved. No change to your plan: keep going.')]);
  }
  return joinLines([
    '',
    options.style.heading('Saved. Your plan changes:'),
    ...changes.flatMap((c) => wrapText(c.explanation, options.width, '    ', '  - ')),
    options.style.dim('Changed your mind? psoas undo'),
  ]);
}

export async function runFeedback(
  client: ApiClient,
  options: FeedbackOptions,
  format: FormatOptions,
  conversation: Conversation,
): Promise<string> {
  const plan = await client.getPlan(options.date);
  const items: readonly PlanItem[] =
    plan.data.today.sessions.find((s) => s.kind === 'main')?.items ?? [];
  if (items.length === 0) {
    return joinLines(['Today is a rest day: there is no session to rate.']);
  }
  const asker = createAsker(conversation, format, 'feedback', () => items.length * 2);
  asker.say(
    `How did today's session go? For each exercise: easy, right or hard, then pain during it.\n`,
  );
  const rated: {
    exerciseId: PlanItem['exerciseId'];
    rating: (typeof RATING)[keyof typeof RATING];
    pain: number;
    repsDone?: number;
  }[] = [];
  for (const item of items) {
    asker.say(`\n${item.name}\n`);
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
    // Reps count for the progression only where they are the effort, not for held positions.
    const reps =
      item.reps === null || (item.holdSeconds ?? 0) > 5
        ? null
        : await asker.ask({
            text: `Reps done in every set (target ${item.reps}; Enter to skip)`,
            parse: optionalNumberIn(0, 200, true),
          });
    rated.push({
      exerciseId: item.exerciseId,
      rating: RATING[word],
      pain,
      ...(reps === null ? {} : { repsDone: reps }),
    });
  }
  const saved = await client.postFeedback({ date: plan.data.today.date, items: rated });
  return options.json ? formatJson(saved.json) : formatChanges(saved.data.changes, format);
}

export function formatUndo(answer: UndoResponse, options: FormatOptions): string {
  return joinLines([
    options.style.heading('Undone:'),
    ...wrapText(
      answer.undone.explanation.replace(/ You can undo this\.$/, ''),
      options.width,
      '  ',
      '  ',
    ),
  ]);
}

export async function runUndo(
  client: ApiClient,
  options: { readonly json?: boolean },
  format: FormatOptions,
) {
  const answer = await client.undoProgression();
  return options.json ? formatJson(answer.json) : formatUndo(answer.data, format);
}
