import {
  findExercise,
  listExercises,
  detailOf,
  type CatalogueFilter,
  type Exercise,
  type ExerciseDetail,
  type ExerciseNotFound,
  type Result,
} from '@psoas/core';
import type { Db } from '../db/database.ts';
import {
  loadExercises,
  syncExercises,
  type LoadResult,
  type SyncResult,
} from './exercise.repository.ts';

/**
 * The catalogue use-cases. The stored catalogue changes only when it is synced (on start, and
 * later when a practitioner edits one), so it is read once into memory and served from there;
 * every write goes through `sync`, which reloads. This keeps GET /api/exercises from paying a
 * database round trip per request (see bench/ for the ratio it buys).
 */
export type CatalogueService = {
  readonly list: (filter: CatalogueFilter) => Exercise[];
  readonly get: (id: string) => Result<ExerciseDetail, ExerciseNotFound>;
  readonly sync: (catalogue: readonly Exercise[]) => Promise<SyncResult>;
  /** Grows by one each time the catalogue is reloaded; lets callers cache derived forms. */
  readonly revision: () => number;
  /** Stored rows that failed to parse at the last load, for the operator's log. */
  readonly unreadable: () => LoadResult['unreadable'];
};

/**
 * Syncs core's built-in catalogue into the database, then loads what is stored. Syncing first
 * means rows written by an older version are replaced before anything reads them.
 */
export async function createCatalogueService(
  db: Db,
  builtIn: readonly Exercise[],
): Promise<CatalogueService> {
  await syncExercises(db, builtIn);
  let loaded = await loadExercises(db);
  let revision = 1;
  return {
    revision: () => revision,
    unreadable: () => loaded.unreadable,
    list: (filter) => listExercises(loaded.exercises, filter),
    get: (id) => {
      const found = findExercise(loaded.exercises, id);
      return found.ok ? { ok: true, value: detailOf(loaded.exercises, found.value) } : found;
    },
    sync: async (catalogue) => {
      const result = await syncExercises(db, catalogue);
      loaded = await loadExercises(db);
      revision += 1;
      return result;
    },
  };
}
