import {
  IDEMPOTENCY_KEY_HEADER,
  sessionLogRequestSchema,
  type SessionLog,
  type SessionLogRequest,
} from '@psoas/core';
import { newIdempotencyKey } from '../idempotency-key.ts';
import { createQueueStore, type KeyValueStorage, type QueueStore } from '../queue-store.ts';
import type { SessionLogQueueDeps } from '../outbox.ts';
import type { SyncLock } from '../sync-lock.ts';

/**
 * Test doubles for the queue's unit tests: a fetch that behaves like POST /api/sessions (one
 * stored row per Idempotency-Key, 201 then 200 on a replay, 422 for a key reused with another
 * body) and can be told to fail in the ways a network fails; and a Map standing in for
 * localStorage. The real server is exercised by e2e/session-log.e2e.ts.
 */

/** A finished session as the player would record it. */
export function aSessionLogRequest(patch: Partial<SessionLogRequest> = {}): SessionLogRequest {
  return sessionLogRequestSchema.parse({
    date: '2026-03-02',
    startedAt: '2026-03-02T07:30:00.000Z',
    finishedAt: '2026-03-02T07:41:00.000Z',
    outcome: 'completed',
    plannedSeconds: 600,
    activeSeconds: 640,
    items: [
      {
        exerciseId: 'glute-bridge',
        side: null,
        planned: { sets: 2, repsPerSet: 10, holdSeconds: null },
        done: { sets: 2, reps: 20, heldSeconds: null, skippedSteps: 0 },
      },
    ],
    feedback: [{ exerciseId: 'glute-bridge', rating: 'about-right', pain: 1 }],
    painNow: 2,
    note: '',
    ...patch,
  });
}

/** What the next request meets, in order; once the list is used up, the server answers. */
export type Fault =
  /** The request never reaches the server. */
  | 'offline'
  /** The server stores it, then the answer is lost on the way back. */
  | 'drop-response'
  /** A status the server answers instead of storing (e.g. 503), with a problem body. */
  | { readonly status: number; readonly code?: string; readonly detail?: string }
  /** A captive portal: 200 with an HTML page. */
  | 'portal';

export type FakeSessionServer = {
  readonly fetch: typeof globalThis.fetch;
  /** The rows the server holds, in the order stored. */
  readonly rows: SessionLog[];
  /** Every POST that reached the fetch, with the key it carried. */
  readonly posts: { key: string | null; body: SessionLogRequest }[];
  faults: Fault[];
  /** The most requests in flight at once. */
  maxConcurrent: number;
  /** Called when a request arrives, before it is answered (e.g. to look at storage). */
  onRequest: () => void;
};

export function fakeSessionServer(): FakeSessionServer {
  const byKey = new Map<string, { body: string; row: SessionLog }>();
  let inFlight = 0;
  const server: FakeSessionServer = {
    rows: [],
    posts: [],
    faults: [],
    maxConcurrent: 0,
    onRequest: () => undefined,
    fetch: async (_input, init) => {
      inFlight += 1;
      server.maxConcurrent = Math.max(server.maxConcurrent, inFlight);
      try {
        // Let other callers run, as a real request would.
        await new Promise((wake) => setTimeout(wake, 1));
        server.onRequest();
        const headers = new Headers(init?.headers);
        const key = headers.get(IDEMPOTENCY_KEY_HEADER);
        const text = typeof init?.body === 'string' ? init.body : '';
        server.posts.push({ key, body: JSON.parse(text) as SessionLogRequest });
        const fault = server.faults.shift();
        if (fault === 'offline') throw new TypeError('Failed to fetch');
        if (fault === 'portal') return new Response('<html>Log in to the Wi-Fi</html>');
        if (typeof fault === 'object') return problem(fault.status, fault.code, fault.detail);
        if (!key) return problem(400, 'VALIDATION_FAILED', 'The Idempotency-Key is missing.');
        const known = byKey.get(key);
        if (known && known.body !== text) {
          return problem(422, 'IDEMPOTENCY_KEY_REUSED', 'This key was used for another session.');
        }
        const row = known?.row ?? store(key, text);
        if (fault === 'drop-response') throw new TypeError('network connection was lost');
        return Response.json(row, { status: known ? 200 : 201 });
      } finally {
        inFlight -= 1;
      }
    },
  };

  function store(key: string, text: string): SessionLog {
    const body = JSON.parse(text) as SessionLogRequest;
    const row: SessionLog = {
      ...body,
      id: `00000000-0000-4000-8000-${String(server.rows.length + 1).padStart(12, '0')}`,
      recordedAt: body.finishedAt,
      changes: [],
    };
    byKey.set(key, { body: text, row });
    server.rows.push(row);
    return row;
  }
  return server;
}

function problem(status: number, code = `HTTP_${status}`, detail = 'It did not work.'): Response {
  return Response.json(
    { type: 'about:blank', title: 'Problem', status, detail, code },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );
}

/** localStorage over a Map; `failWrites` makes setItem throw as a full or blocked one does. */
export type MapStorage = KeyValueStorage &
  Pick<Storage, 'removeItem'> & { readonly data: Map<string, string>; failWrites: boolean };

export function mapStorage(): MapStorage {
  const data = new Map<string, string>();
  const storage: MapStorage = {
    data,
    failWrites: false,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      if (storage.failWrites) throw new DOMException('quota exceeded', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
  return storage;
}

/** One tab's view on the shared clock, keys and a lock every tab of the test shares. */
/** Who is signed in, for the queue under test; change `current` to sign in someone else. */
export type FakeAccount = { current: string | null };

export function queueDeps(
  server: FakeSessionServer,
  storage: KeyValueStorage,
  lock: SyncLock,
  account: FakeAccount = { current: 'account-ana' },
): SessionLogQueueDeps & { readonly store: QueueStore } {
  const now = () => Date.UTC(2026, 2, 2, 8, 0, 0);
  return {
    fetch: server.fetch,
    store: createQueueStore(storage, now),
    lock,
    now,
    newKey: newIdempotencyKey,
    owner: () => account.current,
  };
}

/** A lock that only serialises within the test: what Web Locks does across tabs. */
export function inProcessLock(): SyncLock {
  /** Holders and waiters; `ifAvailable` is refused while there is any, as in Web Locks. */
  let waiting = 0;
  let tail: Promise<void> = Promise.resolve();
  return {
    async run(task, { wait }) {
      if (waiting > 0 && !wait) return { ran: false };
      waiting += 1;
      const previous = tail;
      let release: () => void = () => undefined;
      tail = new Promise<void>((done) => (release = done));
      await previous;
      try {
        return { ran: true, value: await task() };
      } finally {
        waiting -= 1;
        release();
      }
    },
  };
}
