import { idempotencyKeySchema } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import { newIdempotencyKey } from './idempotency-key.ts';
import {
  QUEUE_STORAGE_KEY,
  claimUnowned,
  createQueueStore,
  ownedBy,
  parseQueue,
  withoutOwner,
  type QueueState,
} from './queue-store.ts';
import { aSessionLogRequest, mapStorage } from './test-support/fake-session-server.ts';

const NOW = Date.UTC(2026, 2, 2, 8, 0, 0);
const KEY = '6f1c2b2e-3d4a-4f5b-8c6d-7e8f9a0b1c2d';

describe('parseQueue', () => {
  it('reads back what the store wrote', () => {
    const storage = mapStorage();
    const store = createQueueStore(storage, () => NOW);
    const entry = {
      key: KEY,
      owner: 'account-ana',
      body: aSessionLogRequest(),
      queuedAt: NOW,
      attempts: 2,
      lastError: 'HTTP_503',
    };
    store.write({ pending: [entry], failed: [] });
    expect(store.read()).toEqual({ pending: [entry], failed: [] });
    expect(createQueueStore(storage, () => NOW).read().pending).toEqual([entry]);
  });

  it('keeps an entry that no longer parses as a failed one, with its data, instead of sending it', () => {
    const text = JSON.stringify({
      version: 1,
      pending: [{ key: KEY, body: { ...aSessionLogRequest(), painNow: 42 }, queuedAt: NOW }],
      failed: [],
    });
    const state = parseQueue(text, NOW);
    expect(state.pending).toEqual([]);
    expect(state.failed).toMatchObject([
      { key: KEY, code: 'UNREADABLE_ENTRY', body: { painNow: 42 } },
    ]);
  });

  it('keeps a document it cannot read at all, under a key that stays the same', () => {
    const first = parseQueue('{not json', NOW);
    const again = parseQueue('{not json', NOW + 1000);
    expect(first.failed).toMatchObject([{ code: 'UNREADABLE_ENTRY', body: '{not json' }]);
    expect(first.failed[0]?.key).toBe(again.failed[0]?.key);
    expect(parseQueue(JSON.stringify({ version: 2 }), NOW).failed).toHaveLength(1);
  });

  it('is empty when nothing was ever stored', () => {
    expect(createQueueStore(mapStorage(), () => NOW).read()).toEqual({ pending: [], failed: [] });
    expect(parseQueue(null, NOW)).toEqual({ pending: [], failed: [] });
  });

  it('falls back to memory when storage refuses writes', () => {
    const storage = mapStorage();
    storage.failWrites = true;
    const store = createQueueStore(storage, () => NOW);
    const entry = {
      key: KEY,
      owner: 'account-ana',
      body: aSessionLogRequest(),
      queuedAt: NOW,
      attempts: 0,
      lastError: null,
    };
    store.write({ pending: [entry], failed: [] });
    expect(store.durable).toBe(false);
    expect(store.read().pending).toEqual([entry]);
    expect(storage.data.has(QUEUE_STORAGE_KEY)).toBe(false);
  });
});

describe('queue owners', () => {
  const pending = (key: string, owner: string | null) => ({
    key,
    owner,
    body: aSessionLogRequest(),
    queuedAt: NOW,
    attempts: 0,
    lastError: null,
  });
  const failed = (key: string, owner: string | null) => ({
    key,
    owner,
    body: {},
    queuedAt: NOW,
    failedAt: NOW,
    status: 400,
    code: 'VALIDATION_FAILED',
    detail: 'no',
  });
  const mixed: QueueState = {
    pending: [pending('ana-1', 'ana'), pending('ben-1', 'ben'), pending('old-1', null)],
    failed: [failed('ana-2', 'ana'), failed('old-2', null)],
  };
  const keys = (state: QueueState) => ({
    pending: state.pending.map((e) => `${e.key}:${e.owner ?? '-'}`),
    failed: state.failed.map((e) => `${e.key}:${e.owner ?? '-'}`),
  });

  it('reads entries stored before accounts as having no owner', () => {
    const text = JSON.stringify({
      version: 1,
      pending: [{ key: KEY, body: aSessionLogRequest(), queuedAt: NOW }],
      failed: [{ key: 'k', body: {}, code: 'X', detail: 'd' }],
    });
    const state = parseQueue(text, NOW);
    expect(state.pending.map((e) => e.owner)).toEqual([null]);
    expect(state.failed.map((e) => e.owner)).toEqual([null]);
  });

  it('shows an account its own entries only, and nobody anything when signed out', () => {
    expect(keys(ownedBy(mixed, 'ana'))).toEqual({ pending: ['ana-1:ana'], failed: ['ana-2:ana'] });
    expect(keys(ownedBy(mixed, 'ben'))).toEqual({ pending: ['ben-1:ben'], failed: [] });
    expect(ownedBy(mixed, null)).toEqual({ pending: [], failed: [] });
  });

  it('gives the entries from before accounts to the claimant and leaves the others alone', () => {
    const claimed = claimUnowned(mixed, 'ben');
    expect(keys(claimed)).toEqual({
      pending: ['ana-1:ana', 'ben-1:ben', 'old-1:ben'],
      failed: ['ana-2:ana', 'old-2:ben'],
    });
    // Once claimed, a later account gets nothing more.
    expect(claimUnowned(claimed, 'cleo')).toBe(claimed);
  });

  it('forgets one account entirely and keeps everyone else', () => {
    expect(keys(withoutOwner(mixed, 'ana'))).toEqual({
      pending: ['ben-1:ben', 'old-1:-'],
      failed: ['old-2:-'],
    });
  });
});

describe('newIdempotencyKey', () => {
  it('makes a valid, fresh key with or without crypto.randomUUID', () => {
    const withoutUuid = {
      getRandomValues: (array: Uint8Array) => globalThis.crypto.getRandomValues(array),
    } as unknown as Crypto;
    const keys = [
      newIdempotencyKey(),
      newIdempotencyKey(withoutUuid),
      newIdempotencyKey(withoutUuid),
    ];
    for (const key of keys) expect(idempotencyKeySchema.safeParse(key).success).toBe(true);
    expect(keys[1]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(new Set(keys).size).toBe(3);
  });
});
