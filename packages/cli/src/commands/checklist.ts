import type { Checklist, ChecklistAnswers } from '@psoas/core';
import { CliError } from '../errors.ts';
import type { FormatOptions } from '../format/style.ts';
import { joinLines, wrapText } from '../format/text.ts';
import type { LineInput } from '../line-input.ts';

/**
 * Asking a contraindication checklist on the terminal, one question at a time. The answers are
 * read as lines, so they can be typed or piped (`printf 'n\n...' | psoas exercise ... --checklist`).
 * Deciding what the answers mean is the server's job; this only collects them.
 */

export type Answer = 'yes' | 'no';

/** y, yes, n or no, in any case and with any spaces around; anything else is no answer. */
export function parseAnswer(line: string): Answer | undefined {
  const word = line.trim().toLowerCase();
  if (word === 'y' || word === 'yes') return 'yes';
  if (word === 'n' || word === 'no') return 'no';
  return undefined;
}

export type Conversation = {
  readonly input: LineInput;
  /** Where the questions go: stdout, so they sit between what the person reads. */
  readonly write: (text: string) => void;
};

/** The title, why it is asked, and how to answer, before the first question. */
export function formatChecklistIntro(checklist: Checklist, options: FormatOptions): string {
  const { width, style } = options;
  return joinLines([
    style.heading(checklist.title),
    ...wrapText(checklist.intro, width),
    ...wrapText('Answer each question with y (yes) or n (no).', width).map(style.dim),
    '',
  ]);
}

/**
 * Asks every question in order and returns the answers by question id. Anything but y/yes/n/no
 * is asked again. If the input ends first, nothing was decided: that is a failure (exit 1), not
 * a "no", so a short answers file can never unlock an exercise.
 */
export async function askChecklist(
  checklist: Checklist,
  conversation: Conversation,
  options: FormatOptions,
): Promise<ChecklistAnswers> {
  const { input, write } = conversation;
  const total = checklist.questions.length;
  const answers: ChecklistAnswers = {};
  for (const [index, question] of checklist.questions.entries()) {
    const number = `(${index + 1}/${total}) `;
    const prompt = wrapText(
      `${question.question} [y/n]`,
      options.width,
      ' '.repeat(number.length),
      number,
    );
    let answer: Answer | undefined;
    while (answer === undefined) {
      write(`${prompt.join('\n')} `);
      const line = await input.readLine();
      if (line === undefined) {
        // End the prompt's line, so the error that follows starts on a fresh one.
        write('\n');
        throw new CliError({ kind: 'input-ended', answered: index, total });
      }
      // Typed answers are already on the screen; piped ones are shown, so the transcript reads.
      if (!input.isTTY) write(`${line}\n`);
      answer = parseAnswer(line);
      if (answer === undefined) write(`${options.style.warn('Please answer y or n.')}\n`);
    }
    answers[question.id] = answer;
  }
  return answers;
}
