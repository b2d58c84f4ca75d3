import type { CatalogueFilter } from '@psoas/core';
import type { ApiClient } from '../api-client.ts';
import { formatExerciseList } from '../format/exercise-list.ts';
import type { FormatOptions } from '../format/style.ts';
import { formatJson } from '../format/json.ts';

export type ExercisesOptions = {
  readonly phase?: CatalogueFilter['phase'];
  readonly equipment?: CatalogueFilter['equipment'];
  readonly muscle?: CatalogueFilter['muscle'];
  readonly level?: CatalogueFilter['level'];
  /** `--search`: words that must all appear in the name, other names or summary (`q`). */
  readonly search?: string | undefined;
  readonly json?: boolean;
};

/** The flags as the API's filter; flags left out stay out of the query. */
export function filterOf(options: ExercisesOptions): CatalogueFilter {
  return {
    phase: options.phase,
    equipment: options.equipment,
    muscle: options.muscle,
    level: options.level,
    q: options.search,
  };
}

/** `psoas exercises`: the catalogue, grouped by phase, or the server's JSON as it came. */
export async function runExercises(
  client: ApiClient,
  options: ExercisesOptions,
  format: FormatOptions,
): Promise<string> {
  const filter = filterOf(options);
  const answer = await client.listExercises(filter);
  return options.json === true
    ? formatJson(answer.json)
    : formatExerciseList(answer.data.items, format, filter);
}
