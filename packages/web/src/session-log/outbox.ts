import { sessionLogRequestSchema, type SessionLog, type SessionLogRequest } from '@psoas/core';
import { ApiError } from '../platform/json-request.ts';
import type { FailedSession, QueueState, QueueStore, QueuedSession } from './queue-store.ts';
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
  /** Tells subscribers the stored queue changed elsewhere (another tab). */
  readonly refresh: () => void;
};

export type SessionLogQueueDeps = SendDeps & {
  readonly store: QueueStore;
  readonly lock: SyncLock;
  readonly now: () => number;
  readonly newKey: () => string;
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
  let cached: QueueSnapshot | null = null;

  function notify(): void {
    cached = null;
    for (const listener of listeners) listener();
  }

  function update(change: (state: QueueState) => QueueState): void {
    store.write(change(store.read()));
    notify();
  }

  /** Sends the queue in order, reading it afresh before each entry (another tab may add). */
  async function drain(): Promise<SyncResult> {
    const tried = new Set<string>();
    let saved = 0;
    let refused = 0;
    for (;;) {
      const entry = store.read().pending.find((candidate) => !tried.has(candidate.key));
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
      const entry = { key, body: request, queuedAt: now(), attempts: 0, lastError: null };
      update((state) => ({ ...state, failed: [...state.failed, failedFrom(entry, error, now())] }));
      throw error;
    }
    // Stored before the first attempt: a tab closed mid-request still has it next time.
    const entry: QueuedSession = {
      key,
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
      update((state) => ({ ...state, failed: state.failed.filter((entry) => entry.key !== key) }));
    },
    snapshot() {
      cached ??= {
        ...store.read(),
        durable: store.durable,
        syncing: inFlight !== null,
        lastSync,
        savedVersion,
      };
      return cached;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh: notify,
  };
}

function failedFrom(
  entry: Pick<QueuedSession, 'key' | 'queuedAt'> & { readonly body: unknown },
  error: ApiError,
  failedAt: number,
): FailedSession {
  return {
    key: entry.key,
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
