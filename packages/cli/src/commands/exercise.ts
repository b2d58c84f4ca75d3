import type { ExerciseId } from '@psoas/core';
import type { ApiClient } from '../api-client.ts';
import { formatExerciseDetail } from '../format/exercise-detail.ts';
import type { FormatOptions } from '../format/style.ts';
import { formatJson } from '../format/json.ts';

export type ExerciseOptions = { readonly json?: boolean };

/** `psoas exercise <id>`: one exercise with its dose, steps and evidence. */
export async function runExercise(
  client: ApiClient,
  id: ExerciseId,
  options: ExerciseOptions,
  format: FormatOptions,
): Promise<string> {
  const answer = await client.getExercise(id);
  return options.json === true
    ? formatJson(answer.json)
    : formatExerciseDetail(answer.data, format);
}
