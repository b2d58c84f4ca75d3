import { sessionLogRequestSchema, type SessionLog, type SessionLogRequest } from '@psoas/core';
import { ApiError } from '../platform/json-request.ts';
import {
  claimUnowned,
  ownedBy,
  type FailedSession,
  type QueueState,
  type QueueStore,
  type QueuedSession,
} from './queue-store.ts';
import { sendSessionLog, type SendDeps, type SendOutcome } from './send-session-log.ts';
import type { SyncLock } from './sync-lock.ts';

/**
 * The session log's outbox. A finished session is written to durable storage with an
 * Idempotency-Key chosen once, and only then sent; it leaves the outbox when the server has
 * confirmed it. Every later attempt (on app start, when the device comes back online, every
 * few minutes) sends the same key, and the server stores a key once, so a session recorded
 * offline, or whose confirmation was lost on the way back, is stored exactly once.
 *
 * A refusal that retrying cannot fix (a 4xx other than 408/429) moves the entry to a failed
 * list the Progress page shows with the server's explanation: never retried forever, never
 * dropped without a word.
 *
 * The queue is shared by everyone who uses this browser, so each entry carries the account it
 * was recorded for, and only the signed-in account's entries are sent or shown. Another
 * account's entries wait, untouched, until that account signs in here again: signing out does
 * not drop them (the person may have recorded sessions offline and not be able to sign in
 * until later). Deleting the account does (forget-person.ts).
 */

export type RecordResult = { readonly status: 'saved' | 'queued'; readonly log?: SessionLog };

export type SyncOutcome =
  /** Everything queued was sent (or refused and moved to the failed list). */
  | 'done'
  /** The server could not be reached; the rest stays queued. */
  | 'offline'
  /** The server answered 5xx, 408 or 429, or with something that is not a session log. */
  | 'server-error'
  /** Another tab is syncing right now; it sends the queue. */
  | 'busy';

export type SyncResult = {
  readonly at: number;
  readonly outcome: SyncOutcome;
  /** Sessions the server confirmed in this run. */
  readonly saved: number;
  /** Sessions the server refused in this run. */
  readonly refused: number;
};

export type QueueSnapshot = QueueState & {
  readonly durable: boolean;
  readonly syncing: boolean;
  readonly lastSync: SyncResult | null;
  /** Grows each time this tab sees a session confirmed; pages reload their list on it. */
  readonly savedVersion: number;
};

export type SessionLogQueue = {
  readonly recordSession: (body: SessionLogRequest) => Promise<RecordResult>;
  readonly syncSessionLogs: () => Promise<SyncResult>;
  /** Removes a failed entry the person has read and decided to let go. */
  readonly dismissFailed: (key: string) => void;
  readonly snapshot: () => QueueSnapshot;
  readonly subscribe: (listener: () => void) => () => void;
  /** Tells subscribers the stored queue changed elsewhere (another tab, or who is signed in). */
  readonly refresh: () => void;
  /** Gives the entries from before accounts to `owner`: the first account signed in here. */
  readonly claimUnowned: (owner: string) => void;
};

export type SessionLogQueueDeps = SendDeps & {
  readonly store: QueueStore;
  readonly lock: SyncLock;
  readonly now: () => number;
  readonly newKey: () => string;
  /** The account signed in on this tab right now, or null: whose entries are sent and shown. */
  readonly owner: () => string | null;
};

export function createSessionLogQueue(deps: SessionLogQueueDeps): SessionLogQueue {
  const { store, now } = deps;
  const listeners = new Set<() => void>();
  /** Keys a recordSession call in this tab is waiting on, and how their sending ended. */
  const awaited = new Set<string>();
  const settled = new Map<string, SendOutcome>();
  let lastSync: SyncResult | null = null;
  let savedVersion = 0;
  let inFlight: Promise<SyncResult> | null = null;
  let queuedAfter: Promise<SyncResult> | null = null;
  let cached: { readonly owner: string | null; readonly snapshot: QueueSnapshot } | null = null;

  function notify(): void {
    cached = null;
    for (const listener of listeners) listener();
  }

  function update(change: (state: QueueState) => QueueState): void {
    store.write(change(store.read()));
    notify();
  }

  /**
   * Sends the signed-in account's entries in order, reading the queue afresh before each one
   * (another tab may add). Stops when the account changes: the request carries the session
   * cookie of whoever is signed in, so an entry is only ever sent while its owner is.
   */
  async function drain(): Promise<SyncResult> {
    const owner = deps.owner();
    const tried = new Set<string>();
    let saved = 0;
    let refused = 0;
    for (;;) {
      const entry =
        owner !== null && deps.owner() === owner
          ? store
              .read()
              .pending.find((candidate) => candidate.owner === owner && !tried.has(candidate.key))
          : undefined;
      if (!entry) return { at: now(), outcome: 'done', saved, refused };
      tried.add(entry.key);
      const outcome = await sendSessionLog(entry, deps);
      if (awaited.has(entry.key)) settled.set(entry.key, outcome);
      switch (outcome.kind) {
        case 'saved':
          saved += 1;
          savedVersion += 1;
          update((state) => ({ ...state, pending: withoutKey(state.pending, entry.key) }));
          break;
        case 'refused':
          refused += 1;
          update((state) => ({
            pending: withoutKey(state.pending, entry.key),
            failed: [...state.failed, failedFrom(entry, outcome.error, now())],
          }));
          break;
        case 'retry':
          update((state) => ({
            ...state,
            pending: state.pending.map((candidate) =>
              candidate.key === entry.key
                ? { ...candidate, attempts: candidate.attempts + 1, lastError: outcome.code }
                : candidate,
            ),
          }));
          // Later entries wait their turn: the log stays in the order it was recorded.
          return { at: now(), outcome: outcome.outcome, saved, refused };
        default:
          return assertNever(outcome);
      }
    }
  }

  async function runOnce(wait: boolean): Promise<SyncResult> {
    notify();
    const result = await deps.lock.run(drain, { wait }).then(
      (locked) => (locked.ran ? locked.value : busyResult()),
      // A storage or lock failure must not leave an unhandled rejection; the entries stay.
      (): SyncResult => ({ at: now(), outcome: 'server-error', saved: 0, refused: 0 }),
    );
    lastSync = result;
    return result;
  }

  function busyResult(): SyncResult {
    return { at: now(), outcome: 'busy', saved: 0, refused: 0 };
  }

  /**
   * One run at a time in this tab. A caller that need not wait joins the run under way (it
   * reads the queue afresh before each entry); a caller with a new entry gets a run after it,
   * in case the one under way has already read the queue for the last time.
   */
  function sync(wait: boolean): Promise<SyncResult> {
    if (!inFlight) {
      inFlight = runOnce(wait).finally(() => {
        inFlight = null;
        notify();
      });
      return inFlight;
    }
    if (!wait) return inFlight;
    queuedAfter ??= inFlight.then(() => {
      queuedAfter = null;
      return sync(true);
    });
    return queuedAfter;
  }

  async function recordSession(request: SessionLogRequest): Promise<RecordResult> {
    const owner = deps.owner();
    if (owner === null) {
      // The session page is only open signed in; if the account was lost on the way (expired
      // mid-session), keeping the entry for "whoever signs in next" could file it under another
      // person. Nothing is stored: the page keeps the finished session (session-resume.ts) and
      // its end form, so the person signs in and records it again.
      throw new ApiError({
        code: 'AUTHENTICATION_REQUIRED',
        status: null,
        detail: 'Sign in again to save this session. It stays on this device until you do.',
      });
    }
    const key = deps.newKey();
    const parsed = sessionLogRequestSchema.safeParse(request);
    if (!parsed.success) {
      // A bug in the player, not the person's doing: keep what was recorded where it is seen.
      const error = new ApiError({
        code: 'INVALID_SESSION_LOG',
        status: null,
        detail: 'This session’s record is incomplete, so the app could not save it.',
        cause: parsed.error,
      });
      const entry = { key, owner, body: request, queuedAt: now(), attempts: 0, lastError: null };
      update((state) => ({ ...state, failed: [...state.failed, failedFrom(entry, error, now())] }));
      throw error;
    }
    // Stored before the first attempt: a tab closed mid-request still has it next time.
    const entry: QueuedSession = {
      key,
      owner,
      body: parsed.data,
      queuedAt: now(),
      attempts: 0,
      lastError: null,
    };
    update((state) => ({ ...state, pending: [...state.pending, entry] }));
    awaited.add(key);
    try {
      await sync(true);
      return resultOf(key);
    } finally {
      awaited.delete(key);
      settled.delete(key);
    }
  }

  function resultOf(key: string): RecordResult {
    const outcome = settled.get(key);
    if (outcome?.kind === 'saved') return { status: 'saved', log: outcome.log };
    if (outcome?.kind === 'refused') throw outcome.error;
    const state = store.read();
    if (state.pending.some((entry) => entry.key === key)) return { status: 'queued' };
    const failed = state.failed.find((entry) => entry.key === key);
    if (failed) {
      throw new ApiError({ code: failed.code, status: failed.status, detail: failed.detail });
    }
    // Another tab sent it while this one waited for the lock.
    return { status: 'saved' };
  }

  return {
    recordSession,
    syncSessionLogs: () => sync(false),
    dismissFailed(key) {
      const owner = deps.owner();
      update((state) => ({
        ...state,
        failed: state.failed.filter((entry) => entry.key !== key || entry.owner !== owner),
      }));
    },
    snapshot() {
      // Only the signed-in account's entries; made again when someone else signs in.
      const owner = deps.owner();
      if (cached?.owner !== owner) {
        const snapshot: QueueSnapshot = {
          ...ownedBy(store.read(), owner),
          durable: store.durable,
          syncing: inFlight !== null,
          lastSync,
          savedVersion,
        };
        cached = { owner, snapshot };
      }
      return cached.snapshot;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh: notify,
    claimUnowned(owner) {
      const state = store.read();
      const claimed = claimUnowned(state, owner);
      if (claimed === state) return;
      store.write(claimed);
      notify();
    },
  };
}

function failedFrom(
  entry: Pick<QueuedSession, 'key' | 'owner' | 'queuedAt'> & { readonly body: unknown },
  error: ApiError,
  failedAt: number,
): FailedSession {
  return {
    key: entry.key,
    owner: entry.owner,
    body: entry.body,
    queuedAt: entry.queuedAt,
    failedAt,
    status: error.status,
    code: error.code,
    detail: error.detail,
  };
}

function withoutKey(entries: readonly QueuedSession[], key: string): QueuedSession[] {
  return entries.filter((entry) => entry.key !== key);
}

function assertNever(value: never): never {
  throw new Error(`unexpected send outcome ${JSON.stringify(value)}`);
}
