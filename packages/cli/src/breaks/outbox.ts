import {
  BREAK_EVENTS_MAX,
  toWireEvent,
  type BreakEvent,
  type BreakEventsRequest,
  type ClientBreakEventWire,
} from '@psoas/core';
import { CliError } from '../errors.ts';

/**
 * The events `psoas breaks` fed its scheduler, on their way to the server. Each gets its id
 * once, when queued (the run's id and a counter), so a batch sent again after a lost answer is
 * applied once by the server. While the server cannot be reached they wait in memory (up to
 * `limit`, the oldest dropped first); a batch the server refuses (a 4xx problem) is dropped,
 * because sending it again cannot succeed.
 */

export type QueuedEvent = { readonly id: string; readonly event: ClientBreakEventWire };

export type FlushResult =
  | { readonly kind: 'sent'; readonly sent: number; readonly duplicates: number }
  | { readonly kind: 'nothing' }
  | { readonly kind: 'kept'; readonly reason: string }
  | { readonly kind: 'refused'; readonly dropped: number; readonly reason: string };

export type Outbox = {
  readonly add: (event: BreakEvent) => void;
  /** Sends what waits, in batches; stops at the first failure. */
  readonly flush: () => Promise<FlushResult>;
  readonly pending: () => number;
  /** Events dropped because the queue was full or the server refused them. */
  readonly dropped: () => number;
};

export type PostEvents = (
  request: BreakEventsRequest,
) => Promise<{ readonly accepted: number; readonly duplicates: number }>;

/** About a working day of one event a second; a real run posts far fewer. */
export const OUTBOX_LIMIT = 20_000;

export function createOutbox(options: {
  readonly runId: string;
  readonly post: PostEvents;
  readonly limit?: number;
}): Outbox {
  const limit = options.limit ?? OUTBOX_LIMIT;
  const queue: QueuedEvent[] = [];
  let counter = 0;
  let droppedCount = 0;
  let flushing: Promise<FlushResult> | null = null;

  function add(event: BreakEvent): void {
    // Settings change on the server (PUT), never through the event stream.
    if (event.kind === 'settings-changed') return;
    counter += 1;
    const wire = toWireEvent(event) as ClientBreakEventWire;
    queue.push({ id: `${options.runId}-${counter.toString(36).padStart(6, '0')}`, event: wire });
    if (queue.length > limit) {
      queue.splice(0, queue.length - limit);
      droppedCount += 1;
    }
  }

  async function sendAll(): Promise<FlushResult> {
    if (queue.length === 0) return { kind: 'nothing' };
    let sent = 0;
    let duplicates = 0;
    while (queue.length > 0) {
      const batch = queue.slice(0, BREAK_EVENTS_MAX);
      try {
        const answer = await options.post({ source: 'cli', events: batch });
        sent += answer.accepted;
        duplicates += answer.duplicates;
      } catch (error) {
        if (error instanceof CliError && error.failure.kind === 'problem') {
          queue.splice(0, batch.length);
          droppedCount += batch.length;
          return { kind: 'refused', dropped: batch.length, reason: error.failure.problem.detail };
        }
        const reason = error instanceof CliError ? error.failure.kind : String(error);
        return { kind: 'kept', reason };
      }
      // Only what was sent leaves the queue; events added meanwhile stay behind it.
      queue.splice(0, batch.length);
    }
    return { kind: 'sent', sent, duplicates };
  }

  return {
    add,
    flush() {
      // One flush at a time: two in flight would send the same batch twice.
      flushing ??= sendAll().finally(() => {
        flushing = null;
      });
      return flushing;
    },
    pending: () => queue.length,
    dropped: () => droppedCount,
  };
}
