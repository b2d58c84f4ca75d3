import type { ExerciseId } from '@psoas/core';
import type { ApiClient } from '../api-client.ts';
import { CliError } from '../errors.ts';
import { formatExerciseDetail } from '../format/exercise-detail.ts';
import type { FormatOptions } from '../format/style.ts';
import { formatJson } from '../format/json.ts';
import { wrapText } from '../format/text.ts';
import { askChecklist, formatChecklistIntro, type Conversation } from './checklist.ts';

export type ExerciseOptions = {
  readonly json?: boolean;
  /** Answer the exercise's contraindication checklist here, to see a locked exercise's steps. */
  readonly checklist?: boolean;
};

/**
 * `psoas exercise <id>`: one exercise with its dose, steps and evidence. A locked exercise shows
 * why it is locked; with `--checklist` its checklist is asked first, and the steps are shown only
 * if the server clears the answers. A refusal is a failure with its own exit code (EXIT.locked).
 */
export async function runExercise(
  client: ApiClient,
  id: ExerciseId,
  options: ExerciseOptions,
  format: FormatOptions,
  conversation: Conversation,
): Promise<string> {
  const answer = await client.getExercise(id);
  // Scripts get the server's JSON as is, lock included, and are expected to respect it.
  if (options.json === true) return formatJson(answer.json);
  const exercise = answer.data;
  const { lock } = exercise;
  if (lock === null || options.checklist !== true) {
    return formatExerciseDetail(exercise, format);
  }

  const checklist = (await client.getChecklist(lock.checklist)).data;
  conversation.write(
    [
      ...wrapText(`${exercise.name} is locked: ${lock.reason}`, format.width).map(
        format.style.warn,
      ),
      '',
      formatChecklistIntro(checklist, format),
    ].join('\n'),
  );
  const answers = await askChecklist(checklist, conversation, format);
  const outcome = (await client.answerChecklist(checklist.id, answers)).data;
  if (!outcome.cleared) {
    throw new CliError({
      kind: 'checklist-not-cleared',
      exerciseName: exercise.name,
      yes: outcome.yes.length,
      unanswered: outcome.unanswered.length,
      advice: checklist.ifAnyYes,
    });
  }
  conversation.write('\n');
  return formatExerciseDetail(exercise, format, { unlocked: true });
}
