import { randomUUID } from 'node:crypto';
import {
  INITIAL_PROGRESSION,
  progressionStateSchema,
  type PainReading,
  type ProgressionState,
  type Rating,
} from '@psoas/core';
import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { feedbackEvents, progressionStates } from '../db/schema.ts';

/**
 * Storage of feedback events and progression states. Each feedback or undo appends a new state
 * row; the latest row is the current state. Writers take a table lock first, so two sessions
 * rated at once cannot both build on the same old state and lose one of the changes.
 */

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type StoredFeedback = {
  readonly sessionDate: string;
  readonly exerciseId: string;
  readonly rating: Rating;
  readonly pain: number;
  readonly repsDone: number | null;
};

async function latestState(db: Db | Tx, personId: string): Promise<ProgressionState> {
  const [row] = await db
    .select({ state: progressionStates.state })
    .from(progressionStates)
    .where(eq(progressionStates.personId, personId))
    .orderBy(desc(progressionStates.seq))
    .limit(1);
  return row ? progressionStateSchema.parse(row.state) : INITIAL_PROGRESSION;
}

export function loadProgression(db: Db, personId: string): Promise<ProgressionState> {
  return latestState(db, personId);
}

/**
 * Runs `step` on the current state under a lock and stores what it returns: the new state
 * (appended as a row with its cause) and any feedback events. `step` returning null stores
 * nothing.
 */
export async function updateProgression<T>(
  db: Db,
  personId: string,
  at: Date,
  step: (state: ProgressionState) => {
    readonly cause: 'feedback' | 'undo';
    readonly state: ProgressionState;
    readonly feedback: readonly StoredFeedback[];
    readonly result: T;
  } | null,
): Promise<T | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table ${progressionStates} in exclusive mode`);
    const outcome = step(await latestState(tx, personId));
    if (!outcome) return null;
    if (outcome.feedback.length > 0) {
      await tx.insert(feedbackEvents).values(
        outcome.feedback.map((f) => ({
          id: randomUUID(),
          personId,
          recordedAt: at,
          sessionDate: f.sessionDate,
          exerciseId: f.exerciseId,
          rating: f.rating,
          pain: f.pain,
          repsDone: f.repsDone,
        })),
      );
    }
    await tx.insert(progressionStates).values({
      id: randomUUID(),
      personId,
      recordedAt: at,
      cause: outcome.cause,
      state: outcome.state,
    });
    return outcome.result;
  });
}

/** Pain during exercises, as readings for the re-screening rule. */
export async function feedbackPainReadings(db: Db, personId: string): Promise<PainReading[]> {
  const rows = await db
    .select({ at: feedbackEvents.recordedAt, pain: feedbackEvents.pain })
    .from(feedbackEvents)
    .where(eq(feedbackEvents.personId, personId));
  return rows.map((r) => ({ at: r.at.getTime(), nprs: r.pain }));
}
