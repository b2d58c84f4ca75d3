import {
  list,
  progressionChangeSchema,
  sessionLogRequestSchema,
  type SessionLog,
  type SessionLogRequest,
} from '@psoas/core';
import { and, desc, eq, gte, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { sessionLogs } from '../db/schema.ts';

/**
 * Storage of session logs: one row per person and `Idempotency-Key`, only ever inserted. What
 * is read back is parsed again with core's schemas (CONVENTIONS "Validation at the edges").
 */

/** The name of the unique index that makes a key count once (see db/schema.ts). */
export const SESSION_KEY_INDEX = 'session_logs_person_key';

const changesSchema = list(progressionChangeSchema);

/** A stored log: the answer it gets, and the fingerprint of the request that made it. */
export type StoredSessionLog = {
  readonly log: SessionLog;
  readonly requestHash: string;
};

type Row = typeof sessionLogs.$inferSelect;

function toStored(row: Row): StoredSessionLog {
  const request = sessionLogRequestSchema.parse(row.data);
  return {
    requestHash: row.requestHash,
    log: {
      id: row.id,
      recordedAt: row.recordedAt.toISOString(),
      ...request,
      changes: changesSchema.parse(row.changes),
    },
  };
}

export type NewSessionLog = {
  readonly id: string;
  readonly personId: string;
  readonly recordedAt: Date;
  readonly idempotencyKey: string;
  readonly requestHash: string;
  readonly request: SessionLogRequest;
  readonly changes: SessionLog['changes'];
};

export async function insertSessionLog(db: Db, entry: NewSessionLog): Promise<StoredSessionLog> {
  const [row] = await db
    .insert(sessionLogs)
    .values({
      id: entry.id,
      personId: entry.personId,
      recordedAt: entry.recordedAt,
      idempotencyKey: entry.idempotencyKey,
      requestHash: entry.requestHash,
      sessionDate: entry.request.date,
      startedAt: new Date(entry.request.startedAt),
      finishedAt: new Date(entry.request.finishedAt),
      data: entry.request,
      changes: entry.changes,
    })
    .returning();
  if (!row) throw new Error('insert into session_logs returned no row');
  return toStored(row);
}

export async function findSessionLogByKey(
  db: Db,
  personId: string,
  idempotencyKey: string,
): Promise<StoredSessionLog | null> {
  const [row] = await db
    .select()
    .from(sessionLogs)
    .where(and(eq(sessionLogs.personId, personId), eq(sessionLogs.idempotencyKey, idempotencyKey)))
    .limit(1);
  return row ? toStored(row) : null;
}

/** The caller checks that `id` is a UUID: the column's type refuses anything else. */
export async function findSessionLogById(
  db: Db,
  personId: string,
  id: string,
): Promise<SessionLog | null> {
  const [row] = await db
    .select()
    .from(sessionLogs)
    .where(and(eq(sessionLogs.personId, personId), eq(sessionLogs.id, id)))
    .limit(1);
  return row ? toStored(row).log : null;
}

/** Newest first (by when the session finished), at most `limit`, from the plan day `from`. */
export async function listSessionLogs(
  db: Db,
  personId: string,
  query: { readonly limit: number; readonly from?: string | undefined },
): Promise<SessionLog[]> {
  const conditions: SQL[] = [eq(sessionLogs.personId, personId)];
  // "YYYY-MM-DD" strings sort as the dates they name.
  if (query.from !== undefined) conditions.push(gte(sessionLogs.sessionDate, query.from));
  const rows = await db
    .select()
    .from(sessionLogs)
    .where(and(...conditions))
    .orderBy(desc(sessionLogs.finishedAt), desc(sessionLogs.seq))
    .limit(query.limit);
  return rows.map((row) => toStored(row).log);
}

/**
 * True when `error` (or what it wraps: drizzle wraps driver errors in `cause`) is PostgreSQL's
 * unique_violation on `index`. PGlite and node-postgres both report SQLSTATE 23505 and the name.
 */
export function isUniqueViolation(error: unknown, index: string): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Object && depth < 5; depth += 1) {
    const { code, constraint, cause } = e as {
      code?: unknown;
      constraint?: unknown;
      cause?: unknown;
    };
    if (code === '23505') return constraint === index;
    e = cause;
  }
  return false;
}
