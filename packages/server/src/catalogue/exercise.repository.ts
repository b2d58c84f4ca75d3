import { createHash } from 'node:crypto';
import { exerciseSchema, type Exercise } from '@psoas/core';
import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { exercises } from '../db/schema.ts';

function contentHash(exercise: Exercise): string {
  return createHash('sha256').update(JSON.stringify(exercise)).digest('base64url');
}

export type SyncResult = { readonly written: number; readonly removed: number };

/**
 * Brings the stored built-in catalogue in line with core's, in one transaction: inserts new
 * exercises, rewrites changed ones (by content hash) and removes built-in exercises core no
 * longer has. Rows of any other origin are left alone.
 */
export async function syncExercises(db: Db, catalogue: readonly Exercise[]): Promise<SyncResult> {
  if (catalogue.length === 0) return { written: 0, removed: 0 };
  const rows = catalogue.map((exercise) => ({
    id: exercise.id,
    origin: 'built-in',
    phase: exercise.phase,
    level: exercise.level,
    data: exercise,
    contentHash: contentHash(exercise),
  }));
  return db.transaction(async (tx) => {
    const written = await tx
      .insert(exercises)
      .values(rows)
      .onConflictDoUpdate({
        target: exercises.id,
        set: {
          origin: sql`excluded.origin`,
          phase: sql`excluded.phase`,
          level: sql`excluded.level`,
          data: sql`excluded.data`,
          contentHash: sql`excluded.content_hash`,
          updatedAt: sql`now()`,
        },
        setWhere: sql`${exercises.contentHash} <> excluded.content_hash`,
      })
      .returning({ id: exercises.id });
    const removed = await tx
      .delete(exercises)
      .where(
        and(
          eq(exercises.origin, 'built-in'),
          notInArray(
            exercises.id,
            rows.map((row) => row.id),
          ),
        ),
      )
      .returning({ id: exercises.id });
    return { written: written.length, removed: removed.length };
  });
}

export type LoadResult = {
  readonly exercises: Exercise[];
  /** Rows that no longer match the schema; they are skipped, never served and never deleted. */
  readonly unreadable: { readonly id: string; readonly problem: string }[];
};

/** Reads every stored exercise, parsing each again: storage is an edge too. */
export async function loadExercises(db: Db): Promise<LoadResult> {
  const rows = await db.select({ id: exercises.id, data: exercises.data }).from(exercises);
  const result: LoadResult = { exercises: [], unreadable: [] };
  for (const row of rows) {
    const parsed = exerciseSchema.safeParse(row.data);
    if (parsed.success) result.exercises.push(parsed.data);
    else
      result.unreadable.push({ id: row.id, problem: parsed.error.issues[0]?.message ?? 'invalid' });
  }
  return result;
}
