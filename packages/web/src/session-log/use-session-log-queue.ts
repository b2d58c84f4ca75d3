import { useCallback, useSyncExternalStore } from 'react';
import type { QueueSnapshot, SessionLogQueue, SyncResult } from './outbox.ts';
import { sharedSessionLogQueue } from './queue.ts';

export type SessionLogQueueView = QueueSnapshot & {
  /** Sessions recorded on this device that the server has not confirmed yet. */
  readonly pendingCount: number;
  readonly syncNow: () => Promise<SyncResult>;
  readonly dismissFailed: (key: string) => void;
};

/**
 * The queue as pages see it: what waits, what failed, the last sync's result; re-rendered on
 * every change, including changes made by another tab (through startSessionLogSync).
 */
export function useSessionLogQueue(
  queue: SessionLogQueue = sharedSessionLogQueue(),
): SessionLogQueueView {
  const snapshot = useSyncExternalStore(queue.subscribe, queue.snapshot);
  const syncNow = useCallback(() => queue.syncSessionLogs(), [queue]);
  const dismissFailed = useCallback((key: string) => queue.dismissFailed(key), [queue]);
  return { ...snapshot, pendingCount: snapshot.pending.length, syncNow, dismissFailed };
}
