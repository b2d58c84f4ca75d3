import type { KeyValueStorage } from './queue-store.ts';

/**
 * One sync at a time across every tab of the app. Two tabs sending the same queue at once would
 * still store each session once (the server answers a repeated Idempotency-Key with the first
 * result), but they would race on the queue document and send twice the requests; the lock
 * keeps the sending orderly. The Web Locks API does it properly where it exists (secure
 * contexts); elsewhere, e.g. a self-hosted server reached over plain http on a LAN, a lease in
 * localStorage does it well enough, and the server's idempotency covers the rare overlap.
 */

export type LockOutcome<T> = { readonly ran: true; readonly value: T } | { readonly ran: false };

export type SyncLock = {
  /**
   * Runs `task` while holding the lock. With `wait`, waits up to `maxWaitMs` for a holder to
   * finish; without, gives up at once when another tab holds it.
   */
  run<T>(task: () => Promise<T>, options: { readonly wait: boolean }): Promise<LockOutcome<T>>;
};

export const SYNC_LOCK_NAME = 'psoas-coach.session-log.sync';
/** How long a caller that must send (a session just recorded) waits for another tab's sync. */
export const MAX_WAIT_MS = 30_000;

export function webLocksSyncLock(locks: LockManager, maxWaitMs = MAX_WAIT_MS): SyncLock {
  return {
    async run<T>(task: () => Promise<T>, { wait }: { readonly wait: boolean }) {
      const options: LockOptions = wait
        ? { signal: AbortSignal.timeout(maxWaitMs) }
        : { ifAvailable: true };
      try {
        return await locks.request(SYNC_LOCK_NAME, options, async (lock) =>
          lock ? ({ ran: true, value: await task() } as const) : ({ ran: false } as const),
        );
      } catch (error) {
        // Gave up waiting: the other tab's sync is still going and will send this entry too.
        if (error instanceof DOMException && error.name === 'TimeoutError') return { ran: false };
        throw error;
      }
    },
  };
}

export const LEASE_STORAGE_KEY = 'psoas-coach.session-log.lease';

export type LeaseOptions = {
  readonly storage: KeyValueStorage & Pick<Storage, 'removeItem'>;
  readonly now: () => number;
  /** This tab's name for itself; random per page load. */
  readonly owner: string;
  /** A holder that vanished (tab closed mid-sync) blocks others for this long at most. */
  readonly leaseMs?: number;
  readonly maxWaitMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
};

type Lease = { readonly owner: string; readonly until: number };

/** A lease in localStorage for browsers without Web Locks; renewed while the task runs. */
export function leaseSyncLock(options: LeaseOptions): SyncLock {
  const { storage, now, owner, leaseMs = 60_000, maxWaitMs = MAX_WAIT_MS } = options;
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((wake) => setTimeout(wake, ms)));

  function readLease(): Lease | null {
    try {
      const value = JSON.parse(storage.getItem(LEASE_STORAGE_KEY) ?? 'null') as unknown;
      if (typeof value !== 'object' || value === null) return null;
      const { owner: holder, until } = value as Record<string, unknown>;
      return typeof holder === 'string' && typeof until === 'number'
        ? { owner: holder, until }
        : null;
    } catch {
      return null;
    }
  }

  function tryAcquire(): boolean {
    const current = readLease();
    if (current && current.owner !== owner && current.until > now()) return false;
    try {
      storage.setItem(LEASE_STORAGE_KEY, JSON.stringify({ owner, until: now() + leaseMs }));
    } catch {
      // No storage means no other tab can see a lease either: run unguarded.
      return true;
    }
    // Two tabs may write at nearly the same moment; the one whose write stuck goes ahead.
    return readLease()?.owner === owner;
  }

  return {
    async run<T>(task: () => Promise<T>, { wait }: { readonly wait: boolean }) {
      const giveUpAt = now() + (wait ? maxWaitMs : 0);
      while (!tryAcquire()) {
        if (now() >= giveUpAt) return { ran: false };
        await sleep(250);
      }
      const renew = setInterval(() => tryAcquire(), leaseMs / 3);
      try {
        return { ran: true, value: await task() };
      } finally {
        clearInterval(renew);
        if (readLease()?.owner === owner) {
          try {
            storage.removeItem(LEASE_STORAGE_KEY);
          } catch {
            // The lease runs out by itself.
          }
        }
      }
    },
  };
}
