import {
  findExercise,
  listExercises,
  referencesOf,
  type CatalogueFilter,
  type Exercise,
  type ExerciseDetail,
  type ExerciseNotFound,
  type Result,
} from '@psoas/core';
import type { Db } from '../db/database.ts';
import { loadExercises, syncExercises } from './exercise.repository.ts';

/**
 * The catalogue use-cases. The stored catalogue changes only when it is synced (on start, and
 * later when a practitioner edits one), so it is read once into memory and served from there;
 * every write goes through `sync`, which reloads. This keeps GET /api/exercises from paying a
 * database round trip per request (see bench/ for the ratio it buys).
 */
export type CatalogueService = {
  readonly list: (filter: CatalogueFilter) => Exercise[];
  readonly get: (id: string) => Result<ExerciseDetail, ExerciseNotFound>;
  readonly sync: (catalogue: readonly Exercise[]) => Promise<number>;
  /** Grows by one each time the catalogue is reloaded; lets callers cache derived forms. */
  readonly revision: () => number;
};

export async function createCatalogueService(db: Db): Promise<CatalogueService> {
  let current = await loadExercises(db);
  let revision = 1;
  return {
    revision: () => revision,
    list: (filter) => listExercises(current, filter),
    get: (id) => {
      const found = findExercise(current, id);
      return found.ok
        ? { ok: true, value: { ...found.value, references: referencesOf(found.value) } }
        : found;
    },
    sync: async (catalogue) => {
      const written = await syncExercises(db, catalogue);
      current = await loadExercises(db);
      revision += 1;
      return written;
    },
  };
}
