import { createHash } from 'node:crypto';
import { exerciseSchema, type Exercise } from '@psoas/core';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { exercises } from '../db/schema.ts';

function contentHash(exercise: Exercise): string {
  return createHash('sha256').update(JSON.stringify(exercise)).digest('base64url');
}

/**
 * Brings the stored catalogue in line with core's: inserts new exercises and rewrites changed
 * ones (by content hash), in one statement. Returns how many rows were written.
 */
export async function syncExercises(db: Db, catalogue: readonly Exercise[]): Promise<number> {
  if (catalogue.length === 0) return 0;
  const rows = catalogue.map((exercise) => ({
    id: exercise.id,
    phase: exercise.phase,
    level: exercise.level,
    data: exercise,
    contentHash: contentHash(exercise),
  }));
  const written = await db
    .insert(exercises)
    .values(rows)
    .onConflictDoUpdate({
      target: exercises.id,
      set: {
        phase: sql`excluded.phase`,
        level: sql`excluded.level`,
        data: sql`excluded.data`,
        contentHash: sql`excluded.content_hash`,
        updatedAt: sql`now()`,
      },
      setWhere: sql`${exercises.contentHash} <> excluded.content_hash`,
    })
    .returning({ id: exercises.id });
  return written.length;
}

/** Reads every stored exercise, parsing each again: storage is an edge too. */
export async function loadExercises(db: Db): Promise<Exercise[]> {
  const rows = await db.select({ data: exercises.data }).from(exercises);
  return rows.map((row) => exerciseSchema.parse(row.data));
}
