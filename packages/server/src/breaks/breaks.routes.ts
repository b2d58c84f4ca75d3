import { personOf } from '../auth/policy.ts';
import {
  breakEventsRequestSchema,
  breakEventsResponseSchema,
  breakSettingsResponseSchema,
  breakSettingsSchema,
  breakStateSummarySchema,
  breakStatsQuerySchema,
  breakStatsResponseSchema,
  detailedProblemSchema,
  problemSchema,
  summariseBreakState,
  type BreakState,
} from '@psoas/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../db/database.ts';
import { problem, sendDomainError, sendProblem } from '../http/problem.ts';
import {
  breakSettingsOf,
  breakStats,
  currentBreakState,
  recordBreakEvents,
  replaceBreakSettings,
} from './breaks.service.ts';

export type BreakRoutesDeps = {
  readonly db: Db;
  readonly now: () => number;
  /**
   * Called after every stored change of a person's scheduler state (events posted, settings
   * replaced), once the transaction has committed: the push scheduler plans the next reminder
   * from it. A failure is logged, never turned into a failed request: the change is stored.
   */
  readonly onStateSaved?: (personId: string, state: BreakState) => Promise<void> | void;
};

const TAGS = ['breaks'];

/** Settings, events, state and statistics of the sitting-break reminder (issue 6). */
export function registerBreakRoutes(app: FastifyInstance, deps: BreakRoutesDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  async function saved(personId: string, state: BreakState): Promise<void> {
    try {
      await deps.onStateSaved?.(personId, state);
    } catch (error) {
      app.log.error({ err: error }, 'onStateSaved failed after a break state was stored');
    }
  }

  api.get(
    '/api/breaks/settings',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'Get the break settings',
        description:
          'The stored settings, or (isDefault: true) the defaults of evidence.md §4 in the time zone of the latest intake, else UTC.',
        response: { 200: breakSettingsResponseSchema },
      },
    },
    async (request) => breakSettingsOf(db, personOf(request.principal)),
  );

  api.put(
    '/api/breaks/settings',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'Replace the break settings',
        description:
          'Every field but workingHours.timeZone has a default; unknown fields are refused. The new settings apply to the scheduler at once.',
        body: breakSettingsSchema,
        response: { 200: breakSettingsResponseSchema, 400: problemSchema },
      },
    },
    async (request) => {
      const advance = await replaceBreakSettings(
        db,
        personOf(request.principal),
        deps.now(),
        request.body,
      );
      await saved(personOf(request.principal), advance.state);
      return { settings: advance.state.settings, isDefault: false };
    },
  );

  api.post(
    '/api/breaks/events',
    {
      config: { access: 'person' },
      // A full batch (500 events with 100-character ids) is about 115 KB: more than the
      // app-wide 64 KB, and a refused batch would be dropped by the web outbox.
      bodyLimit: 256 * 1024,
      schema: {
        tags: TAGS,
        summary: 'Record scheduler events from a client',
        description:
          'The events a client fed its own scheduler, each with a client id chosen once: a retried post is applied once (counted in duplicates). New events are applied in the order of their instants. Events more than 5 minutes ahead of the server clock are refused with BREAK_EVENT_IN_FUTURE; nothing is stored then.',
        body: breakEventsRequestSchema,
        response: { 200: breakEventsResponseSchema, 400: detailedProblemSchema },
      },
    },
    async (request, reply) => {
      const now = deps.now();
      const result = await recordBreakEvents(db, personOf(request.principal), now, request.body);
      if (!result.ok) return sendDomainError(request, reply, result.error);
      const { accepted, duplicates } = result.value;
      if (accepted > 0) await saved(personOf(request.principal), result.value.state);
      const current = await currentBreakState(db, personOf(request.principal), now);
      return { accepted, duplicates, state: summariseBreakState(current.state) };
    },
  );

  api.get(
    '/api/breaks/state',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: "The scheduler's state now",
        description:
          "The server's copy of the scheduler, brought up to the server's clock for this answer only (nothing is stored by a read).",
        response: { 200: breakStateSummarySchema },
      },
    },
    async (request) =>
      summariseBreakState(
        (await currentBreakState(db, personOf(request.principal), deps.now())).state,
      ),
  );

  api.get(
    '/api/breaks/stats',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'Daily and weekly break statistics',
        description:
          "Local dates in the settings' time zone, both included, at most 62 days; by default the 28 days up to today. Today includes the sitting stretch still open.",
        querystring: breakStatsQuerySchema,
        response: { 200: breakStatsResponseSchema, 400: problemSchema },
      },
    },
    async (request, reply) => {
      const stats = await breakStats(db, personOf(request.principal), deps.now(), request.query);
      if (!('field' in stats)) return stats;
      const path = `querystring.${stats.field}`;
      return sendProblem(
        reply,
        problem(400, 'VALIDATION_FAILED', `${path}: ${stats.message}`, {
          instance: request.url,
          errors: [{ path, message: stats.message }],
        }),
      );
    },
  );
}
