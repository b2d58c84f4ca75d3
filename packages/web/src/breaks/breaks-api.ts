import {
  breakEventsResponseSchema,
  breakSettingsResponseSchema,
  breakStatsResponseSchema,
  type BreakEventsResponse,
  type BreakSettingsInput,
  type BreakSettingsResponse,
  type BreakStatsResponse,
} from '@psoas/core';
import { createJsonRequester, type JsonClientOptions } from '../platform/json-request.ts';
import type { OutboxEntry } from './break-storage.ts';

/**
 * The sitting-break part of the HTTP API (issue 6): settings, the event log and statistics.
 * Same rules as platform/api.ts: responses parsed with core's wire schemas, failures are
 * ApiErrors carrying the server's problem code.
 */

export type BreaksApi = {
  settings(signal?: AbortSignal): Promise<BreakSettingsResponse>;
  saveSettings(settings: BreakSettingsInput): Promise<BreakSettingsResponse>;
  postEvents(events: readonly OutboxEntry[]): Promise<BreakEventsResponse>;
  /** Local dates in the person's zone, both inclusive; the last 4 weeks when omitted. */
  stats(range: { from?: string; to?: string }, signal?: AbortSignal): Promise<BreakStatsResponse>;
};

export function createBreaksApi(options: JsonClientOptions = {}): BreaksApi {
  const call = createJsonRequester(options);
  return {
    settings: (signal) => call('/api/breaks/settings', breakSettingsResponseSchema, { signal }),
    saveSettings: (settings) =>
      call('/api/breaks/settings', breakSettingsResponseSchema, { method: 'PUT', body: settings }),
    postEvents: (events) =>
      call('/api/breaks/events', breakEventsResponseSchema, {
        method: 'POST',
        // Only the wire's fields: the outbox's own (the owning account) would be refused as
        // unknown, and the whole batch dropped with it.
        body: { source: 'web', events: events.map(({ id, event }) => ({ id, event })) },
      }),
    stats: ({ from, to }, signal) => {
      const query = new URLSearchParams();
      if (from) query.set('from', from);
      if (to) query.set('to', to);
      const suffix = query.size > 0 ? `?${query.toString()}` : '';
      return call(`/api/breaks/stats${suffix}`, breakStatsResponseSchema, { signal });
    },
  };
}

export const breaksApi: BreaksApi = createBreaksApi();
