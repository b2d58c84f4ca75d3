import type { Phase } from '@psoas/core';
import type { ApiClient } from '../api-client.ts';
import { formatExerciseList } from '../format/exercise-list.ts';
import type { FormatOptions } from '../format/style.ts';
import { formatJson } from '../format/json.ts';

export type ExercisesOptions = { readonly phase?: Phase | undefined; readonly json?: boolean };

/** `psoas exercises`: the catalogue, grouped by phase, or the server's JSON as it came. */
export async function runExercises(
  client: ApiClient,
  options: ExercisesOptions,
  format: FormatOptions,
): Promise<string> {
  const answer = await client.listExercises({ phase: options.phase });
  return options.json === true
    ? formatJson(answer.json)
    : formatExerciseList(answer.data.items, format, { phase: options.phase });
}
