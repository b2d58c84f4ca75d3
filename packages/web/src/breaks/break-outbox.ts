import { BREAK_EVENTS_MAX } from '@psoas/core';
import { isApiError } from '../platform/api.ts';
import {
  readOutbox,
  writeOutbox,
  type KeyValueStorage,
  type OutboxEntry,
} from './break-storage.ts';

/**
 * Sends the signed-in account's queued break events to the server, oldest first, in batches.
 * Other accounts' events stay queued for when they sign in here again (break-storage.ts). Each event keeps the id
 * it was given when it happened, so a batch that was stored but whose answer got lost is stored
 * once when it is sent again. What the server refuses with a 4xx cannot be fixed by retrying
 * (a broken or outdated event): that batch is dropped so it cannot block the queue forever.
 */

export type FlushOutcome =
  | { readonly kind: 'empty' }
  | { readonly kind: 'sent'; readonly count: number }
  | { readonly kind: 'refused'; readonly count: number; readonly code: string }
  | { readonly kind: 'offline' };

export type OutboxDeps = {
  readonly storage: KeyValueStorage | undefined;
  /** The account signed in: only its events are sent, with its session. */
  readonly owner: string;
  readonly post: (events: readonly OutboxEntry[]) => Promise<unknown>;
};

/** Codes that say "sign in (again)", not "this event is wrong": the batch waits for a sign-in. */
const WAITING_FOR_SIGN_IN = new Set(['AUTHENTICATION_REQUIRED', 'CSRF_TOKEN_INVALID']);

function isRetryable(error: unknown): boolean {
  if (!isApiError(error) || error.status === null) return true;
  if (WAITING_FOR_SIGN_IN.has(error.code)) return true;
  return error.status >= 500 || error.status === 408 || error.status === 429;
}

function remove(storage: KeyValueStorage | undefined, sent: readonly OutboxEntry[]): void {
  const ids = new Set(sent.map((e) => e.id));
  // Read again: events may have been queued while the request was out.
  writeOutbox(
    storage,
    readOutbox(storage).filter((e) => !ids.has(e.id)),
  );
}

/** Sends everything queued; stops at the first batch that could not be delivered. */
export async function flushOutbox({ storage, owner, post }: OutboxDeps): Promise<FlushOutcome> {
  let sent = 0;
  for (;;) {
    const batch = readOutbox(storage)
      .filter((e) => e.owner === owner)
      .slice(0, BREAK_EVENTS_MAX);
    if (batch.length === 0) return sent > 0 ? { kind: 'sent', count: sent } : { kind: 'empty' };
    try {
      await post(batch);
    } catch (error) {
      if (isRetryable(error)) return { kind: 'offline' };
      remove(storage, batch);
      return {
        kind: 'refused',
        count: batch.length,
        code: isApiError(error) ? error.code : 'UNEXPECTED',
      };
    }
    remove(storage, batch);
    sent += batch.length;
  }
}

/** Waits before the next attempt after `failures` failed ones: 5 s, doubling, at most 5 min. */
export function retryDelayMs(failures: number): number {
  return Math.min(5 * 60_000, 5_000 * 2 ** Math.max(0, failures - 1));
}
