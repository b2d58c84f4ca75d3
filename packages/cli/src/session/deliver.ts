import { assertNever, type SessionLog } from '@psoas/core';
import type { ApiAnswer, SessionLogApi } from '../api-client.ts';
import { CliError, describeError } from '../errors.ts';
import {
  PENDING_FILE,
  REFUSED_FILE,
  readPendingFile,
  setAside,
  writePendingFile,
  type PendingSession,
} from './pending.ts';

/**
 * Getting a session to the server exactly once. Every attempt carries the session's
 * Idempotency-Key, chosen once when it ended; when the server cannot be reached (or fails with
 * a 5xx) the request is kept in the pending file with that key, and sent again at the start of
 * the next `psoas session`. A refusal (a 4xx: the request itself is wrong, so retrying cannot
 * help) is moved to the refused file, so nothing the person did is thrown away silently.
 */

export type Saved = ApiAnswer<SessionLog> & { readonly replayed: boolean };

export type SaveOutcome =
  | { readonly kind: 'saved'; readonly saved: Saved }
  | { readonly kind: 'kept'; readonly reason: string; readonly file: string }
  | { readonly kind: 'refused'; readonly reason: string; readonly file: string | null }
  | { readonly kind: 'lost'; readonly reason: string };

/** Whether a failed send may succeed later unchanged (network, server trouble, old server). */
export function isWorthRetrying(error: unknown): boolean {
  if (!(error instanceof CliError)) return false;
  const { failure } = error;
  switch (failure.kind) {
    case 'server-unreachable':
    case 'server-timeout':
      return true;
    case 'problem':
      // 404: a server older than the session log; it will know the route after an update.
      return failure.problem.status >= 500 || failure.problem.status === 404;
    case 'unexpected-response':
      // A proxy's error page or a server without the route, not the server's own refusal.
      return failure.status >= 500 || failure.status === 404;
    case 'sign-in-required':
    case 'too-many-attempts':
    case 'token-file':
      // Kept, not refused: after `psoas login` the same session is sent and stored once.
      return true;
    case 'usage':
    case 'interrupted':
    case 'programme-stopped':
    case 'checklist-not-cleared':
    case 'input-ended':
    case 'server-not-installed':
    case 'server-start-failed':
      return false;
    default:
      return assertNever(failure);
  }
}

const reasonOf = (error: unknown) => describeError(error).message;

async function addTo(dir: string, file: string, session: PendingSession): Promise<void> {
  const read = await readPendingFile(dir, file);
  const sessions = read.ok ? read.sessions : [];
  if (!read.ok) await setAside(dir, file);
  const others = sessions.filter((s) => s.key !== session.key);
  await writePendingFile(dir, [...others, session], file);
}

/** Sends one session; keeps it (pending or refused) in `dir` when that fails. */
export async function deliverSession(
  api: Pick<SessionLogApi, 'postSession'>,
  dir: string | null,
  session: PendingSession,
): Promise<SaveOutcome> {
  try {
    return { kind: 'saved', saved: await api.postSession(session.request, session.key) };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    const reason = reasonOf(error);
    const file = isWorthRetrying(error) ? PENDING_FILE : REFUSED_FILE;
    if (dir === null) return { kind: 'lost', reason };
    try {
      await addTo(dir, file, session);
    } catch (writeError) {
      return {
        kind: 'lost',
        reason: `${reason}; and it could not be kept: ${reasonOf(writeError)}`,
      };
    }
    const where = `${dir}/${file}`;
    return file === PENDING_FILE
      ? { kind: 'kept', reason, file: where }
      : { kind: 'refused', reason, file: where };
  }
}

export type PendingReport = {
  readonly sent: readonly { readonly session: PendingSession; readonly saved: Saved }[];
  readonly stillPending: number;
  /** Sessions kept for other accounts, left in the file for them. */
  readonly otherAccounts: number;
  readonly refused: readonly { readonly session: PendingSession; readonly reason: string }[];
  /** Why the pending file could not be read (it is set aside), or why sending stopped. */
  readonly problem: string | null;
};

/**
 * Sends every pending session, oldest first, each with its own key. Stops at the first one
 * that still cannot get through (the server is down: the rest would fail too) and keeps it and
 * the rest.
 */
export async function sendPending(
  api: Pick<SessionLogApi, 'postSession'>,
  dir: string,
  accountId: string,
): Promise<PendingReport> {
  const read = await readPendingFile(dir);
  if (!read.ok) {
    const aside = await setAside(dir);
    return {
      sent: [],
      stillPending: 0,
      otherAccounts: 0,
      refused: [],
      problem: `the file of unsent sessions could not be read (${read.reason}); it is kept as ${aside}`,
    };
  }
  const sent: { session: PendingSession; saved: Saved }[] = [];
  const refused: { session: PendingSession; reason: string }[] = [];
  // Another account's sessions wait for it: one person's health data never goes into another's.
  const isMine = (s: PendingSession) => s.accountId === undefined || s.accountId === accountId;
  const others = read.sessions.filter((s) => !isMine(s));
  let remaining = read.sessions.filter(isMine);
  let problem: string | null = null;
  while (remaining.length > 0) {
    const [session, ...rest] = remaining;
    if (session === undefined) break;
    try {
      sent.push({ session, saved: await api.postSession(session.request, session.key) });
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      if (isWorthRetrying(error)) {
        problem = reasonOf(error);
        break;
      }
      refused.push({ session, reason: reasonOf(error) });
      await addTo(dir, REFUSED_FILE, session);
    }
    remaining = rest;
    // Rewritten after each one, so a crash mid-way sends only the unsent ones again (and a
    // session sent twice would still be stored once: it goes with the same key).
    await writePendingFile(dir, [...others, ...remaining]);
  }
  return { sent, stillPending: remaining.length, otherAccounts: others.length, refused, problem };
}
