import { idempotencyKeySchema, sessionLogRequestSchema, type SessionLogRequest } from '@psoas/core';

/**
 * Where finished sessions wait until the server has confirmed them: one JSON document in
 * localStorage, read fresh on every access so every tab sees the same queue. localStorage
 * rather than IndexedDB because its writes are synchronous: when `write` returns, the session
 * is on disk, before any request for it leaves the device.
 *
 * What is read back is parsed again (it may come from an older version of the app or have been
 * edited by hand); an entry that no longer parses is not thrown away but moved to the failed
 * list, where the person can see it.
 *
 * Every entry names the account it belongs to (`owner`, the account id signed in when it was
 * recorded): several people may use one browser, and one person's sessions must never be sent
 * into, or shown to, another's account. Entries stored before accounts existed have no owner
 * (null); the first account that signs in on this device claims them (claimUnowned), since there
 * was only one person then.
 */

export const QUEUE_STORAGE_KEY = 'psoas-coach.session-log.v1';

/** A session waiting to be sent, with the idempotency key it was given once, at recording. */
export type QueuedSession = {
  readonly key: string;
  /** The account it was recorded for; null only for entries from before accounts. */
  readonly owner: string | null;
  readonly body: SessionLogRequest;
  /** Milliseconds since the epoch. */
  readonly queuedAt: number;
  readonly attempts: number;
  /** Why the last attempt left it queued (a ClientErrorCode or "HTTP_503"); null before one. */
  readonly lastError: string | null;
};

/** A session the server refused (a 4xx that retrying cannot fix), kept to show the person. */
export type FailedSession = {
  readonly key: string;
  /** As for QueuedSession: the Progress page shows it to this account only. */
  readonly owner: string | null;
  /** The request as recorded; `unknown` because an unreadable entry lands here too. */
  readonly body: unknown;
  readonly queuedAt: number;
  readonly failedAt: number;
  /** The HTTP status, or null when the entry failed on this device. */
  readonly status: number | null;
  readonly code: string;
  /** What went wrong, for people: the problem's `detail`. */
  readonly detail: string;
};

export type QueueState = {
  readonly pending: readonly QueuedSession[];
  readonly failed: readonly FailedSession[];
};

export const EMPTY_QUEUE: QueueState = { pending: [], failed: [] };

/** What belongs to `owner`; nothing when nobody is signed in. */
export function ownedBy(state: QueueState, owner: string | null): QueueState {
  if (owner === null) return EMPTY_QUEUE;
  return {
    pending: state.pending.filter((entry) => entry.owner === owner),
    failed: state.failed.filter((entry) => entry.owner === owner),
  };
}

/** The queue with the entries from before accounts given to `owner`; unchanged if there are none. */
export function claimUnowned(state: QueueState, owner: string): QueueState {
  const unowned = (entry: { readonly owner: string | null }) => entry.owner === null;
  if (!state.pending.some(unowned) && !state.failed.some(unowned)) return state;
  return {
    pending: state.pending.map((entry) => (unowned(entry) ? { ...entry, owner } : entry)),
    failed: state.failed.map((entry) => (unowned(entry) ? { ...entry, owner } : entry)),
  };
}

/** The queue without anything of `owner` (their account was deleted). */
export function withoutOwner(state: QueueState, owner: string): QueueState {
  return {
    pending: state.pending.filter((entry) => entry.owner !== owner),
    failed: state.failed.filter((entry) => entry.owner !== owner),
  };
}

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export type QueueStore = {
  read(): QueueState;
  /** Writes the whole queue; returns once it is stored. */
  write(state: QueueState): void;
  /** False once storage refused a write: the queue then lives in this tab's memory only. */
  readonly durable: boolean;
};

/**
 * A store over `storage` (window.localStorage in the app). Storage that is missing or refuses a
 * write (private mode, quota) degrades to memory for the rest of the visit, and says so through
 * `durable`, rather than losing the session that was being recorded.
 */
export function createQueueStore(
  storage: KeyValueStorage | undefined,
  now: () => number,
): QueueStore {
  let memory: QueueState | null = storage ? null : EMPTY_QUEUE;
  return {
    read() {
      if (memory || !storage) return memory ?? EMPTY_QUEUE;
      let text: string | null;
      try {
        text = storage.getItem(QUEUE_STORAGE_KEY);
      } catch {
        return EMPTY_QUEUE;
      }
      return parseQueue(text, now());
    },
    write(state) {
      if (!memory && storage) {
        try {
          storage.setItem(QUEUE_STORAGE_KEY, JSON.stringify({ version: 1, ...state }));
          return;
        } catch {
          // Fall through: keep the queue for this visit rather than lose it.
        }
      }
      memory = state;
    },
    get durable() {
      return memory === null;
    },
  };
}

/** Parses the stored document; anything that does not fit is kept as a failed entry. */
export function parseQueue(text: string | null, now: number): QueueState {
  if (text === null || text === '') return EMPTY_QUEUE;
  let document: unknown;
  try {
    document = JSON.parse(text) as unknown;
  } catch {
    return { pending: [], failed: [unreadable(text, now)] };
  }
  if (!isRecord(document) || document['version'] !== 1) {
    return { pending: [], failed: [unreadable(document, now)] };
  }
  const pending: QueuedSession[] = [];
  const failed: FailedSession[] = [];
  for (const entry of arrayOf(document['pending'])) {
    const parsed = parsePending(entry);
    if (parsed) pending.push(parsed);
    else failed.push(unreadable(entry, now));
  }
  for (const entry of arrayOf(document['failed'])) failed.push(parseFailed(entry, now));
  return { pending, failed };
}

function parsePending(entry: unknown): QueuedSession | null {
  if (!isRecord(entry)) return null;
  const key = idempotencyKeySchema.safeParse(entry['key']);
  const body = sessionLogRequestSchema.safeParse(entry['body']);
  if (!key.success || !body.success) return null;
  return {
    key: key.data,
    owner: ownerOf(entry),
    body: body.data,
    queuedAt: numberOr(entry['queuedAt'], 0),
    attempts: numberOr(entry['attempts'], 0),
    lastError: typeof entry['lastError'] === 'string' ? entry['lastError'] : null,
  };
}

function parseFailed(entry: unknown, now: number): FailedSession {
  if (!isRecord(entry) || typeof entry['key'] !== 'string') return unreadable(entry, now);
  return {
    key: entry['key'],
    owner: ownerOf(entry),
    body: entry['body'],
    queuedAt: numberOr(entry['queuedAt'], 0),
    failedAt: numberOr(entry['failedAt'], now),
    status: typeof entry['status'] === 'number' ? entry['status'] : null,
    code: typeof entry['code'] === 'string' ? entry['code'] : 'UNKNOWN',
    detail:
      typeof entry['detail'] === 'string'
        ? entry['detail']
        : 'This session could not be saved on the server.',
  };
}

function unreadable(raw: unknown, now: number): FailedSession {
  // A key that stays the same on every read, so the person can dismiss exactly this entry.
  const key =
    isRecord(raw) && typeof raw['key'] === 'string' ? raw['key'] : `unreadable-${hashOf(raw)}`;
  return {
    key,
    // An unreadable document from before accounts has no owner: it goes to the first sign-in.
    owner: isRecord(raw) ? ownerOf(raw) : null,
    body: isRecord(raw) && 'body' in raw ? raw['body'] : raw,
    queuedAt: isRecord(raw) ? numberOr(raw['queuedAt'], now) : now,
    failedAt: now,
    status: null,
    code: 'UNREADABLE_ENTRY',
    detail:
      'A session kept on this device could not be read back, so it was not sent. Its data is shown as it was stored.',
  };
}

/** A short, stable fingerprint of what was stored (djb2 over its JSON). */
function hashOf(raw: unknown): string {
  const text = typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? String(raw));
  let hash = 5381;
  for (let i = 0; i < text.length; i += 1) hash = ((hash * 33) ^ text.charCodeAt(i)) >>> 0;
  return hash.toString(36);
}

/** The stored owner; an entry written before accounts has none. */
function ownerOf(entry: Record<string, unknown>): string | null {
  return typeof entry['owner'] === 'string' && entry['owner'] !== '' ? entry['owner'] : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function arrayOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
