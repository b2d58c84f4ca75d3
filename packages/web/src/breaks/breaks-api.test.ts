import { breakEventsRequestSchema } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import { createBreaksApi } from './breaks-api.ts';
import type { OutboxEntry } from './break-storage.ts';

const STATE = {
  phase: 'sitting',
  nextDueAt: null,
  meeting: null,
  urgency: 'gentle',
  skipsInARow: 0,
  snoozesInARow: 0,
  routine: null,
  sittingSince: null,
  lastEventAt: '2025-03-05T09:00:00.000Z',
};

describe('postEvents', () => {
  it("sends exactly the wire's fields, so the server's strict schema takes the batch", async () => {
    let sent: unknown;
    const api = createBreaksApi({
      fetch: (_url, init) => {
        const body = init?.body;
        if (typeof body !== 'string') throw new Error('postEvents sent no JSON text');
        sent = JSON.parse(body);
        return Promise.resolve(
          new Response(JSON.stringify({ accepted: 1, duplicates: 0, state: STATE }), {
            status: 200,
            headers: { 'content-type': 'application/json' },
          }),
        );
      },
    });
    const entry: OutboxEntry = {
      id: 'web-0123456789',
      owner: 'account-ana',
      event: { kind: 'snooze', now: '2025-03-05T09:00:00.000Z' },
    };
    await api.postEvents([entry]);
    expect(sent).toEqual({
      source: 'web',
      events: [
        { id: 'web-0123456789', event: { kind: 'snooze', now: '2025-03-05T09:00:00.000Z' } },
      ],
    });
    expect(breakEventsRequestSchema.safeParse(sent).success).toBe(true);
  });
});
