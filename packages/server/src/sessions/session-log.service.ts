import { randomUUID } from 'node:crypto';
import {
  err,
  ok,
  type DomainError,
  type Result,
  type SessionLog,
  type SessionLogRequest,
} from '@psoas/core';
import { recordFeedback, type PlanDeps } from '../plan/plan.service.ts';
import { hashRequest } from './request-hash.ts';
import {
  SESSION_KEY_INDEX,
  findSessionLogByKey,
  insertSessionLog,
  isUniqueViolation,
  type StoredSessionLog,
} from './session-log.repository.ts';

/**
 * Recording a guided session (issue 5). A session log is a record of something that happened,
 * so it is always accepted, whatever the person's state: even while triage has stopped the
 * programme, a session done before (and queued offline) must not be lost. Its feedback drives
 * the progression through the very same path as `POST /api/feedback` (recordFeedback), so the
 * same rules apply: that endpoint does not consult triage either, because the plan itself is
 * refused while the programme is stopped, and the progression waits with it.
 *
 * Exactly once: the log and its progression step are written in one transaction, and the
 * unique index on (person, Idempotency-Key) lets only one such transaction commit per key.
 */

export type SessionDeps = PlanDeps;

/** The answer to a session post: the stored log, and whether it was stored by an earlier post. */
export type RecordedSession = {
  readonly log: SessionLog;
  readonly replayed: boolean;
};

export type RecordSessionInput = {
  readonly idempotencyKey: string;
  readonly request: SessionLogRequest;
};

function unknownExercises(deps: SessionDeps, request: SessionLogRequest): string[] {
  const known = new Set(deps.catalogue.list({}).map((e) => e.id));
  const named = [...request.items, ...request.feedback].map((i) => i.exerciseId);
  return [...new Set(named)].filter((id) => !known.has(id));
}

/** The stored answer for a repeated key: a replay when it is the same request, else refused. */
function replay(
  stored: StoredSessionLog,
  requestHash: string,
  idempotencyKey: string,
): Result<RecordedSession, DomainError> {
  if (stored.requestHash === requestHash) return ok({ log: stored.log, replayed: true });
  return err({
    code: 'IDEMPOTENCY_KEY_REUSED',
    message: `The Idempotency-Key ${idempotencyKey} was already used for a different session. Send a new key for a new session.`,
    details: { idempotencyKey, sessionId: stored.log.id },
  });
}

/**
 * Stores a session unless its key was seen before; a repeated key gets the first answer back
 * (same id, same changes) without touching the progression again.
 */
export async function recordSession(
  deps: SessionDeps,
  input: RecordSessionInput,
): Promise<Result<RecordedSession, DomainError>> {
  const requestHash = hashRequest(input.request);
  // A retry is answered from what was stored, even if the catalogue changed since.
  const earlier = await findSessionLogByKey(deps.db, deps.personId, input.idempotencyKey);
  if (earlier) return replay(earlier, requestHash, input.idempotencyKey);

  const unknown = unknownExercises(deps, input.request);
  if (unknown.length > 0) {
    return err({
      code: 'UNKNOWN_EXERCISE',
      message: `No exercise in the catalogue has the id ${unknown.join(', ')}.`,
      details: { exerciseIds: unknown },
    });
  }
  return storeSession(deps, input, requestHash);
}

/**
 * The write itself, for a key not seen a moment ago. Two posts of one key at the same moment
 * both get here; the second one's insert hits the unique index, its transaction (progression
 * step included) rolls back, and it answers with the row the first one stored.
 */
export async function storeSession(
  deps: SessionDeps,
  input: RecordSessionInput,
  requestHash: string,
): Promise<Result<RecordedSession, DomainError>> {
  const at = deps.now();
  const { request, idempotencyKey } = input;
  try {
    const stored = await deps.db.transaction(async (tx) => {
      // recordFeedback on the transaction: its own transaction becomes a savepoint inside this
      // one, so the progression step commits with the log or not at all. No feedback, no step
      // (recordFeedback would store an unchanged state row).
      const feedback =
        request.feedback.length === 0
          ? null
          : await recordFeedback(
              { ...deps, db: tx, now: () => at },
              { date: request.date, items: request.feedback },
            );
      if (feedback && !feedback.ok) return feedback;
      return ok(
        await insertSessionLog(tx, {
          id: randomUUID(),
          personId: deps.personId,
          recordedAt: new Date(at),
          idempotencyKey,
          requestHash,
          request,
          changes: feedback?.value.changes ?? [],
        }),
      );
    });
    if (!stored.ok) return stored;
    return ok({ log: stored.value.log, replayed: false });
  } catch (error) {
    if (!isUniqueViolation(error, SESSION_KEY_INDEX)) throw error;
    const winner = await findSessionLogByKey(deps.db, deps.personId, idempotencyKey);
    if (!winner) throw error;
    return replay(winner, requestHash, idempotencyKey);
  }
}
