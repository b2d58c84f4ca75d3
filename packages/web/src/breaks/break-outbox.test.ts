import { describe, expect, it } from 'vitest';
import { ApiError } from '../platform/api.ts';
import { flushOutbox, retryDelayMs } from './break-outbox.ts';
import {
  STORAGE_KEYS,
  claimOutbox,
  forgetOutbox,
  readOutbox,
  writeOutbox,
  type OutboxEntry,
} from './break-storage.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const OWNER = 'ana';

const entry = (n: number, owner: string | null = OWNER): OutboxEntry => ({
  id: `event-${String(n).padStart(4, '0')}`,
  owner,
  event: { kind: 'snooze', now: new Date(Date.UTC(2025, 2, 5, 9, n)).toISOString() },
});

/** A server that stores each event id once, as the real one promises. */
function idempotentServer() {
  const stored = new Map<string, OutboxEntry>();
  let failNext = 0;
  return {
    stored,
    failTimes: (n: number) => void (failNext = n),
    post: async (events: readonly OutboxEntry[]) => {
      for (const e of events) if (!stored.has(e.id)) stored.set(e.id, e);
      // The answer is lost after the server stored the batch: the client must send it again.
      if (failNext > 0) {
        failNext -= 1;
        throw new ApiError({ code: 'NETWORK_UNREACHABLE', status: null, detail: 'offline' });
      }
      return Promise.resolve();
    },
  };
}

describe('break outbox', () => {
  it('sends everything in batches and empties the queue', async () => {
    const storage = memoryStorage();
    writeOutbox(
      storage,
      Array.from({ length: 620 }, (_, i) => entry(i)),
    );
    const server = idempotentServer();
    expect(await flushOutbox({ storage, owner: OWNER, post: server.post })).toEqual({
      kind: 'sent',
      count: 620,
    });
    expect(readOutbox(storage)).toEqual([]);
    expect(server.stored.size).toBe(620);
  });

  it('keeps the events when the answer is lost, and a retry stores them once', async () => {
    const storage = memoryStorage();
    writeOutbox(storage, [entry(1), entry(2)]);
    const server = idempotentServer();
    server.failTimes(1);
    expect(await flushOutbox({ storage, owner: OWNER, post: server.post })).toEqual({
      kind: 'offline',
    });
    expect(readOutbox(storage).map((e) => e.id)).toEqual(['event-0001', 'event-0002']);
    expect(await flushOutbox({ storage, owner: OWNER, post: server.post })).toEqual({
      kind: 'sent',
      count: 2,
    });
    expect(server.stored.size).toBe(2);
  });

  it('drops a batch the server refuses, so it cannot block the queue', async () => {
    const storage = memoryStorage();
    writeOutbox(storage, [entry(1)]);
    const refuse = () =>
      Promise.reject(new ApiError({ code: 'VALIDATION_FAILED', status: 400, detail: 'bad' }));
    expect(await flushOutbox({ storage, owner: OWNER, post: refuse })).toEqual({
      kind: 'refused',
      count: 1,
      code: 'VALIDATION_FAILED',
    });
    expect(readOutbox(storage)).toEqual([]);
  });

  it('keeps the events on a server error', async () => {
    const storage = memoryStorage();
    writeOutbox(storage, [entry(1)]);
    const broken = () =>
      Promise.reject(new ApiError({ code: 'HTTP_503', status: 503, detail: 'busy' }));
    expect(await flushOutbox({ storage, owner: OWNER, post: broken })).toEqual({ kind: 'offline' });
    expect(readOutbox(storage)).toHaveLength(1);
  });

  it('waits longer after each failure, up to five minutes', () => {
    expect([1, 2, 3, 10].map(retryDelayMs)).toEqual([5_000, 10_000, 20_000, 300_000]);
  });

  it('keeps the batch when the server asks to sign in (again), instead of dropping it', async () => {
    const storage = memoryStorage();
    writeOutbox(storage, [entry(1), entry(2)]);
    for (const [code, status] of [
      ['AUTHENTICATION_REQUIRED', 401],
      ['CSRF_TOKEN_INVALID', 403],
    ] as const) {
      const outcome = await flushOutbox({
        storage,
        owner: OWNER,
        post: () => Promise.reject(new ApiError({ code, status, detail: 'sign in' })),
      });
      expect(outcome).toEqual({ kind: 'offline' });
      expect(readOutbox(storage)).toHaveLength(2);
    }
  });

  it('sends only the signed-in account’s events and keeps the others for their owner', async () => {
    const storage = memoryStorage();
    writeOutbox(storage, [entry(1, 'ana'), entry(2, 'ben'), entry(3, 'ana')]);
    const server = idempotentServer();
    expect(await flushOutbox({ storage, owner: 'ben', post: server.post })).toEqual({
      kind: 'sent',
      count: 1,
    });
    expect([...server.stored.values()].map((e) => e.id)).toEqual(['event-0002']);
    expect(readOutbox(storage).map((e) => e.id)).toEqual(['event-0001', 'event-0003']);
    expect(await flushOutbox({ storage, owner: 'ben', post: server.post })).toEqual({
      kind: 'empty',
    });
    expect(await flushOutbox({ storage, owner: 'ana', post: server.post })).toEqual({
      kind: 'sent',
      count: 2,
    });
    expect(readOutbox(storage)).toEqual([]);
  });

  it('gives events stored before accounts to the first account that signs in', async () => {
    const storage = memoryStorage();
    // The shape before accounts: no owner.
    storage.setItem(
      STORAGE_KEYS.outbox,
      JSON.stringify([{ id: 'old-1', event: { kind: 'snooze', now: '2025-03-05T09:00:00.000Z' } }]),
    );
    writeOutbox(storage, [...readOutbox(storage), entry(2, 'cleo')]);
    expect(readOutbox(storage).map((e) => e.owner)).toEqual([null, 'cleo']);
    const server = idempotentServer();
    expect(await flushOutbox({ storage, owner: 'ana', post: server.post })).toEqual({
      kind: 'empty',
    });

    claimOutbox(storage, 'ana');
    claimOutbox(storage, 'ben'); // too late: Ana signed in first
    expect(readOutbox(storage).map((e) => [e.id, e.owner])).toEqual([
      ['old-1', 'ana'],
      ['event-0002', 'cleo'],
    ]);
    expect(await flushOutbox({ storage, owner: 'ana', post: server.post })).toEqual({
      kind: 'sent',
      count: 1,
    });
  });

  it('forgets one account’s events and keeps everyone else’s', () => {
    const storage = memoryStorage();
    writeOutbox(storage, [entry(1, 'ana'), entry(2, 'ben'), entry(3, null)]);
    forgetOutbox(storage, 'ana');
    expect(readOutbox(storage).map((e) => e.id)).toEqual(['event-0002', 'event-0003']);
  });
});
