import type { SessionLogRequest } from '@psoas/core';
import { accountSession, type AccountSession } from '../platform/account-session.ts';
import { browserStorage } from '../platform/theme.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import {
  createSessionLogQueue,
  type RecordResult,
  type SessionLogQueue,
  type SessionLogQueueDeps,
  type SyncResult,
} from './outbox.ts';
import { QUEUE_STORAGE_KEY, createQueueStore } from './queue-store.ts';
import { leaseSyncLock, webLocksSyncLock, type SyncLock } from './sync-lock.ts';

/**
 * The app's one session-log queue, over this browser's localStorage, fetch and locks, and the
 * functions the session player and the pages call. How the queue behaves is in outbox.ts.
 */

export type { QueueSnapshot, RecordResult, SyncOutcome, SyncResult } from './outbox.ts';
export type { FailedSession, QueuedSession } from './queue-store.ts';

let shared: SessionLogQueue | undefined;

/** The queue over this browser's localStorage, fetch and locks; made on first use. */
export function sharedSessionLogQueue(): SessionLogQueue {
  shared ??= createSessionLogQueue(browserDeps());
  return shared;
}

function browserDeps(): SessionLogQueueDeps {
  const storage = browserStorage();
  const now = () => Date.now();
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  let lock: SyncLock;
  if (locks && typeof locks.request === 'function') lock = webLocksSyncLock(locks);
  else if (storage) lock = leaseSyncLock({ storage, now, owner: newIdempotencyKey() });
  // No storage at all: nothing is shared between tabs, so there is nothing to guard.
  else lock = { run: async (task) => ({ ran: true, value: await task() }) };
  return {
    fetch: (input, init) => globalThis.fetch(input, init),
    csrfToken: accountSession.csrfToken,
    owner: () => signedInAccountId(accountSession),
    store: createQueueStore(storage, now),
    lock,
    now,
    newKey: newIdempotencyKey,
  };
}

/**
 * Records a finished session: stored on this device first, then sent. Resolves `saved` (with
 * the stored log) once the server confirmed it, `queued` when it could not be sent now (it is
 * sent later, exactly once). Rejects with an ApiError when the server refused it for good; it
 * is then on the Progress page's "could not be saved" list.
 */
export function recordSession(body: SessionLogRequest): Promise<RecordResult> {
  return sharedSessionLogQueue().recordSession(body);
}

/** Sends every queued session, in order, each with its own unchanging key. */
export function syncSessionLogs(): Promise<SyncResult> {
  return sharedSessionLogQueue().syncSessionLogs();
}

/** The id of the account signed in on this tab, or null. */
export function signedInAccountId(session: AccountSession): string | null {
  const state = session.getSnapshot();
  return state.status === 'signed-in' ? state.account.id : null;
}

/** How often a tab that is online retries what is queued. */
export const SYNC_INTERVAL_MS = 3 * 60 * 1000;

/**
 * Syncs when signed in (at once, on signing in, whenever the browser comes back online, and
 * every few minutes while online); and keeps pages up to date when another tab changes the
 * queue or another account signs in. Signed out, nothing is sent: the server would only answer
 * 401. Signing in first gives the account what was queued before accounts existed (the first
 * account on this device; see queue-store.ts). Returns a stop function.
 */
export function startSessionLogSync(
  queue: SessionLogQueue = sharedSessionLogQueue(),
  session: AccountSession = accountSession,
): () => void {
  const kick = () => {
    if (session.isSignedIn()) void queue.syncSessionLogs();
  };
  const claim = (owner: string | null) => {
    if (owner !== null) queue.claimUnowned(owner);
  };
  let previous = signedInAccountId(session);
  const stopFollowing = session.subscribe(() => {
    const owner = signedInAccountId(session);
    if (owner === previous) return;
    previous = owner;
    // Pages show the new account's entries only (or none, signed out).
    queue.refresh();
    claim(owner);
    kick();
  });
  claim(previous);
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === QUEUE_STORAGE_KEY) queue.refresh();
  };
  kick();
  window.addEventListener('online', kick);
  window.addEventListener('storage', onStorage);
  const timer = window.setInterval(() => {
    if (navigator.onLine) kick();
  }, SYNC_INTERVAL_MS);
  return () => {
    stopFollowing();
    window.removeEventListener('online', kick);
    window.removeEventListener('storage', onStorage);
    window.clearInterval(timer);
  };
}
