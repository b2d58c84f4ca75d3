import { personOf } from '../auth/policy.ts';
import {
  IDEMPOTENCY_KEY_HEADER,
  detailedProblemSchema,
  idempotencyKeySchema,
  problemSchema,
  sessionLogListQuerySchema,
  sessionLogListSchema,
  sessionLogRequestSchema,
  sessionLogSchema,
} from '@psoas/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendDomainError } from '../http/problem.ts';
import { findSessionLogById, listSessionLogs } from './session-log.repository.ts';
import { recordSession, type SessionDeps } from './session-log.service.ts';

const TAGS = ['sessions'];

/** Set on a 200 that answers a retried post with what the first one stored. */
export const REPLAYED_HEADER = 'idempotent-replayed';

// The header object stays loose: every other header of the request passes through untouched.
const postHeadersSchema = z.looseObject({
  [IDEMPOTENCY_KEY_HEADER]: idempotencyKeySchema.describe(
    'Chosen by the client once per session (a UUID serves) and sent again unchanged on every retry: the session is stored once.',
  ),
});

// Ids are UUIDs; anything else cannot name a session, and is a 404 like an unknown one.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const idParamsSchema = z.object({ id: z.string().describe('The id of a stored session.') });

/** The session log (issue 5): what a guided session did, stored exactly once per key. */
export function registerSessionRoutes(
  app: FastifyInstance,
  deps: Omit<SessionDeps, 'personId'>,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/sessions',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'Record a guided session',
        description: [
          'Stores what a session did per exercise and side, and applies its feedback to the progression exactly as POST /api/feedback does, both in one transaction.',
          'The Idempotency-Key header is required: the first post answers 201 with a Location header; a retry with the same key and the same body answers 200 with the same stored session (same id, same changes, the progression is not applied again) and the header Idempotent-Replayed: true; the same key with a different body is refused with 422 IDEMPOTENCY_KEY_REUSED and changes nothing.',
          'An exercise id that is not in the catalogue is refused with 400 UNKNOWN_EXERCISE (details.exerciseIds). A session is recorded whatever the triage says: it happened.',
        ].join(' '),
        headers: postHeadersSchema,
        body: sessionLogRequestSchema,
        response: {
          200: sessionLogSchema,
          201: sessionLogSchema,
          400: detailedProblemSchema,
          422: detailedProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const result = await recordSession(
        { ...deps, personId: personOf(request.principal) },
        {
          idempotencyKey: request.headers[IDEMPOTENCY_KEY_HEADER],
          request: request.body,
        },
      );
      if (!result.ok) return sendDomainError(request, reply, result.error);
      const { log, replayed } = result.value;
      if (replayed) return reply.code(200).header(REPLAYED_HEADER, 'true').send(log);
      return reply.code(201).header('location', `/api/sessions/${log.id}`).send(log);
    },
  );

  api.get(
    '/api/sessions',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'List recorded sessions, newest first',
        description:
          'At most `limit` (default 50, at most 200), ordered by when they finished; `from` keeps the sessions of that plan day and later.',
        querystring: sessionLogListQuerySchema,
        response: { 200: sessionLogListSchema, 400: problemSchema },
      },
    },
    async (request) => ({
      sessions: await listSessionLogs(deps.db, personOf(request.principal), request.query),
    }),
  );

  api.get(
    '/api/sessions/:id',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'Get one recorded session',
        params: idParamsSchema,
        response: { 200: sessionLogSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const log = UUID.test(id)
        ? await findSessionLogById(deps.db, personOf(request.principal), id)
        : null;
      if (log) return log;
      return sendDomainError(request, reply, {
        code: 'SESSION_NOT_FOUND',
        message: `No session has the id ${id}.`,
      });
    },
  );
}
