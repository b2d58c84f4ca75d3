import { describe, expect, it } from 'vitest';
import { ApiError } from '../platform/json-request.ts';
import { createSessionLogQueue } from './outbox.ts';
import { QUEUE_STORAGE_KEY } from './queue-store.ts';
import { leaseSyncLock } from './sync-lock.ts';
import {
  aSessionLogRequest,
  fakeSessionServer,
  inProcessLock,
  mapStorage,
  queueDeps,
  type FakeAccount,
  type FakeSessionServer,
  type MapStorage,
} from './test-support/fake-session-server.ts';

function setUp(lock = inProcessLock()) {
  const server = fakeSessionServer();
  const storage = mapStorage();
  const queue = createSessionLogQueue(queueDeps(server, storage, lock));
  return { server, storage, queue };
}

/** A second tab: same server, same storage, same lock, its own queue object. */
function secondTab(server: FakeSessionServer, storage: MapStorage, lock = inProcessLock()) {
  return createSessionLogQueue(queueDeps(server, storage, lock));
}

function storedQueue(storage: MapStorage): { pending: { key: string }[]; failed: unknown[] } {
  return JSON.parse(storage.data.get(QUEUE_STORAGE_KEY) ?? '{"pending":[],"failed":[]}') as {
    pending: { key: string }[];
    failed: unknown[];
  };
}

describe('recordSession', () => {
  it('stores the session before the first attempt and sends it with its key', async () => {
    const { server, storage, queue } = setUp();
    const seenInStorage: string[][] = [];
    server.onRequest = () => seenInStorage.push(storedQueue(storage).pending.map((e) => e.key));

    const result = await queue.recordSession(aSessionLogRequest());

    expect(result.status).toBe('saved');
    expect(result.log?.id).toBe(server.rows[0]?.id);
    expect(server.posts).toHaveLength(1);
    const key = server.posts[0]?.key;
    expect(key).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
    expect(seenInStorage).toEqual([[key]]);
    expect(storedQueue(storage).pending).toEqual([]);
  });

  it('keeps the session queued when the device is offline, and sends it later once', async () => {
    const { server, queue } = setUp();
    server.faults = ['offline'];

    expect(await queue.recordSession(aSessionLogRequest())).toEqual({ status: 'queued' });
    expect(queue.snapshot().pending).toMatchObject([
      { attempts: 1, lastError: 'NETWORK_UNREACHABLE' },
    ]);
    expect(server.rows).toHaveLength(0);

    expect(await queue.syncSessionLogs()).toMatchObject({ outcome: 'done', saved: 1 });
    expect(server.rows).toHaveLength(1);
    expect(new Set(server.posts.map((post) => post.key)).size).toBe(1);
    expect(queue.snapshot().pending).toEqual([]);
  });

  it('stores a session once when the answer to a stored request was lost', async () => {
    const { server, queue } = setUp();
    server.faults = ['drop-response'];

    expect((await queue.recordSession(aSessionLogRequest())).status).toBe('queued');
    expect(server.rows).toHaveLength(1); // the server has it; the device does not know yet
    await queue.syncSessionLogs();

    expect(server.posts).toHaveLength(2);
    expect(server.posts[0]?.key).toBe(server.posts[1]?.key);
    expect(server.rows).toHaveLength(1);
    expect(queue.snapshot().pending).toEqual([]);
  });

  it.each([503, 500, 408, 429])('keeps the session queued on a %i', async (status) => {
    const { server, queue } = setUp();
    server.faults = [{ status }];
    expect(await queue.recordSession(aSessionLogRequest())).toEqual({ status: 'queued' });
    expect(queue.snapshot().pending).toMatchObject([{ lastError: `HTTP_${status}` }]);
    expect(queue.snapshot().failed).toEqual([]);
    expect(queue.snapshot().lastSync?.outcome).toBe('server-error');
  });

  it('does not take a captive portal’s 200 for a stored session', async () => {
    const { server, queue } = setUp();
    server.faults = ['portal'];
    expect(await queue.recordSession(aSessionLogRequest())).toEqual({ status: 'queued' });
    expect(queue.snapshot().pending).toMatchObject([{ lastError: 'INVALID_RESPONSE' }]);
    await queue.syncSessionLogs();
    expect(server.rows).toHaveLength(1);
  });

  it('moves a refused session to the failed list with the server’s detail, for good', async () => {
    const { server, queue } = setUp();
    server.faults = [{ status: 400, code: 'UNKNOWN_EXERCISE', detail: 'No exercise "x".' }];

    const error = await queue.recordSession(aSessionLogRequest()).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'UNKNOWN_EXERCISE', status: 400 });
    const snapshot = queue.snapshot();
    expect(snapshot.pending).toEqual([]);
    expect(snapshot.failed).toMatchObject([
      { code: 'UNKNOWN_EXERCISE', status: 400, detail: 'No exercise "x".' },
    ]);
    expect(snapshot.failed[0]?.body).toEqual(aSessionLogRequest());

    await queue.syncSessionLogs();
    expect(server.posts).toHaveLength(1); // never retried
    queue.dismissFailed(snapshot.failed[0]?.key ?? '');
    expect(queue.snapshot().failed).toEqual([]);
  });

  it('refuses a malformed record without sending it, and keeps it visible', async () => {
    const { server, queue } = setUp();
    const broken = { ...aSessionLogRequest(), painNow: 11 };
    await expect(queue.recordSession(broken)).rejects.toMatchObject({
      code: 'INVALID_SESSION_LOG',
    });
    expect(server.posts).toHaveLength(0);
    expect(queue.snapshot().failed).toMatchObject([{ code: 'INVALID_SESSION_LOG', body: broken }]);
  });

  it('still sends when storage refuses the write, and says the queue is not durable', async () => {
    const { server, storage, queue } = setUp();
    storage.failWrites = true;
    server.faults = ['offline'];
    expect((await queue.recordSession(aSessionLogRequest())).status).toBe('queued');
    expect(queue.snapshot().durable).toBe(false);
    expect(queue.snapshot().pending).toHaveLength(1);
    await queue.syncSessionLogs();
    expect(server.rows).toHaveLength(1);
  });
});

describe('syncSessionLogs', () => {
  async function queueOffline(
    queue: ReturnType<typeof setUp>['queue'],
    server: FakeSessionServer,
    notes: string[],
  ) {
    for (const note of notes) {
      server.faults = ['offline'];
      await queue.recordSession(aSessionLogRequest({ note }));
    }
  }

  it('sends every queued session in order, one at a time, each with its own key', async () => {
    const { server, queue } = setUp();
    await queueOffline(queue, server, ['first', 'second', 'third']);
    const keys = queue.snapshot().pending.map((entry) => entry.key);
    server.posts.length = 0;
    server.maxConcurrent = 0;

    expect(await queue.syncSessionLogs()).toMatchObject({ outcome: 'done', saved: 3 });

    expect(server.rows.map((row) => row.note)).toEqual(['first', 'second', 'third']);
    expect(server.posts.map((post) => post.key)).toEqual(keys);
    expect(new Set(keys).size).toBe(3);
    expect(server.maxConcurrent).toBe(1);
  });

  it('stops at the first failure so later sessions keep their place', async () => {
    const { server, queue } = setUp();
    await queueOffline(queue, server, ['first', 'second']);
    server.faults = [{ status: 503 }];

    expect(await queue.syncSessionLogs()).toMatchObject({ outcome: 'server-error', saved: 0 });
    expect(queue.snapshot().pending.map((entry) => entry.body.note)).toEqual(['first', 'second']);
    // "second" was never tried: the queue stops at "first" every time.
    expect(queue.snapshot().pending.map((entry) => entry.attempts)).toEqual([3, 0]);
  });

  it('goes on past a refused session to the ones after it', async () => {
    const { server, queue } = setUp();
    await queueOffline(queue, server, ['refused', 'fine']);
    server.faults = [{ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' }];

    expect(await queue.syncSessionLogs()).toMatchObject({ saved: 1, refused: 1 });
    expect(server.rows.map((row) => row.note)).toEqual(['fine']);
    expect(queue.snapshot().failed.map((entry) => entry.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
  });

  it('runs once when asked many times at once in one tab', async () => {
    const { server, queue } = setUp();
    await queueOffline(queue, server, ['a', 'b']);
    server.posts.length = 0;

    const results = await Promise.all([
      queue.syncSessionLogs(),
      queue.syncSessionLogs(),
      queue.syncSessionLogs(),
    ]);

    expect(server.posts).toHaveLength(2);
    expect(server.rows).toHaveLength(2);
    expect(results[0]).toBe(results[1]);
  });

  it('never sends from two tabs at once, and stores each session once', async () => {
    const lock = inProcessLock();
    const { server, storage, queue } = setUp(lock);
    await queueOffline(queue, server, ['a', 'b', 'c']);
    const other = secondTab(server, storage, lock);
    server.posts.length = 0;
    server.maxConcurrent = 0;

    const [mine, theirs] = await Promise.all([queue.syncSessionLogs(), other.syncSessionLogs()]);

    expect([mine.outcome, theirs.outcome].sort()).toEqual(['busy', 'done']);
    expect(server.maxConcurrent).toBe(1);
    expect(server.posts).toHaveLength(3);
    expect(server.rows.map((row) => row.note)).toEqual(['a', 'b', 'c']);
  });

  it('sends a session recorded in one tab while another tab syncs', async () => {
    const lock = inProcessLock();
    const { server, storage, queue } = setUp(lock);
    await queueOffline(queue, server, ['a']);
    const other = secondTab(server, storage, lock);

    const [, recorded] = await Promise.all([
      other.syncSessionLogs(),
      queue.recordSession(aSessionLogRequest({ note: 'b' })),
    ]);

    expect(recorded.status).toBe('saved');
    expect(server.rows.map((row) => row.note)).toEqual(['a', 'b']);
    expect(storedQueue(storage).pending).toEqual([]);
  });

  it('works with the localStorage lease where Web Locks are missing', async () => {
    const server = fakeSessionServer();
    const storage = mapStorage();
    let clock = 0;
    const lease = (owner: string) =>
      leaseSyncLock({
        storage,
        now: () => clock,
        owner,
        sleep: () => Promise.resolve(void (clock += 250)),
      });
    const one = createSessionLogQueue(queueDeps(server, storage, lease('tab-one')));
    const two = createSessionLogQueue(queueDeps(server, storage, lease('tab-two')));
    server.faults = ['offline', 'offline'];
    await one.recordSession(aSessionLogRequest({ note: 'a' }));
    await two.recordSession(aSessionLogRequest({ note: 'b' }));
    server.posts.length = 0;
    server.maxConcurrent = 0;

    await Promise.all([one.syncSessionLogs(), two.syncSessionLogs()]);

    expect(server.maxConcurrent).toBe(1);
    expect(server.rows.map((row) => row.note)).toEqual(['a', 'b']);
    expect(storedQueue(storage).pending).toEqual([]);
  });

  it('tells subscribers about every change', async () => {
    const { server, queue } = setUp();
    let calls = 0;
    const unsubscribe = queue.subscribe(() => (calls += 1));
    server.faults = ['offline'];
    await queue.recordSession(aSessionLogRequest());
    expect(calls).toBeGreaterThan(0);
    const before = queue.snapshot();
    expect(queue.snapshot()).toBe(before); // same object until something changes
    await queue.syncSessionLogs();
    expect(queue.snapshot()).not.toBe(before);
    expect(queue.snapshot().savedVersion).toBe(1);
    unsubscribe();
  });
});

describe('several accounts on one browser', () => {
  /** One browser: one storage, one server that notes who was signed in for each request. */
  function setUpBrowser() {
    const server = fakeSessionServer();
    const storage = mapStorage();
    const account: FakeAccount = { current: 'ana' };
    const sentAs: (string | null)[] = [];
    const deps = queueDeps(server, storage, inProcessLock(), account);
    const queue = createSessionLogQueue({
      ...deps,
      fetch: (input, init) => {
        sentAs.push(account.current);
        return deps.fetch(input, init);
      },
    });
    return { server, storage, account, sentAs, queue };
  }

  it('sends what Ana queued only while Ana is signed in, never as Ben', async () => {
    const { server, storage, account, sentAs, queue } = setUpBrowser();
    server.faults = ['offline'];
    await queue.recordSession(aSessionLogRequest({ note: 'ana' }));

    account.current = null; // Ana signs out; her session stays queued
    queue.refresh();
    expect(queue.snapshot().pending).toEqual([]);
    account.current = 'ben';
    queue.refresh();
    expect(queue.snapshot().pending).toEqual([]);
    expect(await queue.syncSessionLogs()).toMatchObject({ outcome: 'done', saved: 0 });
    expect(server.rows).toEqual([]);
    expect(storedQueue(storage).pending).toHaveLength(1);

    await queue.recordSession(aSessionLogRequest({ note: 'ben' }));
    expect(server.rows.map((row) => row.note)).toEqual(['ben']);

    account.current = 'ana';
    queue.refresh();
    expect(queue.snapshot().pending.map((entry) => entry.body.note)).toEqual(['ana']);
    expect(await queue.syncSessionLogs()).toMatchObject({ outcome: 'done', saved: 1 });
    expect(server.rows.map((row) => row.note)).toEqual(['ben', 'ana']);
    expect(sentAs.slice(-2)).toEqual(['ben', 'ana']);
    expect(storedQueue(storage).pending).toEqual([]);
  });

  it('stops sending when the account changes mid-sync', async () => {
    const { server, account, sentAs, queue } = setUpBrowser();
    server.faults = ['offline', 'offline'];
    await queue.recordSession(aSessionLogRequest({ note: 'one' }));
    await queue.recordSession(aSessionLogRequest({ note: 'two' }));
    server.onRequest = () => {
      account.current = 'ben'; // Ben signs in while the first request is out
    };
    sentAs.length = 0;
    expect(await queue.syncSessionLogs()).toMatchObject({ saved: 1 });
    expect(sentAs).toEqual(['ana']);
    account.current = 'ana';
    queue.refresh();
    expect(queue.snapshot().pending.map((entry) => entry.body.note)).toEqual(['two']);
  });

  it('refuses to record signed out and stores nothing, so it cannot reach another account', async () => {
    const { server, storage, account, queue } = setUpBrowser();
    account.current = null;
    await expect(queue.recordSession(aSessionLogRequest())).rejects.toMatchObject({
      code: 'AUTHENTICATION_REQUIRED',
    });
    expect(server.posts).toEqual([]);
    expect(storage.data.has(QUEUE_STORAGE_KEY)).toBe(false);
  });

  it('gives sessions queued before accounts to the first account that signs in', async () => {
    const { server, storage, account, queue } = setUpBrowser();
    const old = { key: 'old-key-0001', body: aSessionLogRequest({ note: 'old' }), queuedAt: 1 };
    storage.data.set(QUEUE_STORAGE_KEY, JSON.stringify({ version: 1, pending: [old], failed: [] }));
    expect(await queue.syncSessionLogs()).toMatchObject({ saved: 0 }); // not claimed yet

    queue.claimUnowned('ana');
    account.current = 'ben';
    queue.claimUnowned('ben'); // too late: Ana was first
    expect(await queue.syncSessionLogs()).toMatchObject({ saved: 0 });
    account.current = 'ana';
    expect(await queue.syncSessionLogs()).toMatchObject({ saved: 1 });
    expect(server.rows.map((row) => row.note)).toEqual(['old']);
  });

  it('lets an account dismiss only its own failed sessions', async () => {
    const { server, storage, account, queue } = setUpBrowser();
    server.faults = [{ status: 422, code: 'VALIDATION_FAILED' }];
    await expect(queue.recordSession(aSessionLogRequest())).rejects.toBeInstanceOf(ApiError);
    const key = queue.snapshot().failed[0]?.key ?? '';
    account.current = 'ben';
    queue.refresh();
    expect(queue.snapshot().failed).toEqual([]);
    queue.dismissFailed(key);
    expect(storedQueue(storage).failed).toHaveLength(1);
    account.current = 'ana';
    queue.dismissFailed(key);
    expect(storedQueue(storage).failed).toEqual([]);
  });
});
