import {
  accessTokenListSchema,
  createTokenRequestSchema,
  createdTokenSchema,
  problemSchema,
} from '@psoas/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { problem, sendProblem } from '../http/problem.ts';
import {
  createAccessToken,
  listAccessTokens,
  revokeAccessToken,
} from './access-token.repository.ts';
import { recordAudit } from './audit.repository.ts';
import { personOf } from './policy.ts';
import { callerOf, sendCredentialProblem } from './request-caller.ts';
import { checkCredentials } from './sign-in.ts';

const TAGS = ['accounts'];

// Ids are UUIDs; anything else cannot name a token, and is a 404 like an unknown one.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const idParamsSchema = z.object({ id: z.string().describe('The id of an access token.') });

/** Personal access tokens, the CLI's credential (psoas login / logout). */
export function registerAccessTokenRoutes(
  app: FastifyInstance,
  deps: { readonly db: Db; readonly now: () => number },
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, now } = deps;

  api.post(
    '/api/auth/tokens',
    {
      config: { access: 'public' },
      schema: {
        tags: TAGS,
        summary: 'Create a personal access token with email and password',
        description:
          'The token is in this answer only; the server keeps its hash. Send it as `Authorization: Bearer <token>`. Rate-limited like sign-in: 401 INVALID_CREDENTIALS, 429 TOO_MANY_ATTEMPTS with Retry-After.',
        body: createTokenRequestSchema,
        response: {
          201: createdTokenSchema,
          400: problemSchema,
          401: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { email, password, name } = request.body;
      const check = await checkCredentials(db, { email, password }, caller, now());
      if (!check.ok) return sendCredentialProblem(request, reply, check);
      const at = now();
      const created = await createAccessToken(db, check.account.id, name, at);
      await recordAudit(db, { accountId: check.account.id, kind: 'token-created', at, ...caller });
      return reply.code(201).send(created);
    },
  );

  api.get(
    '/api/auth/tokens',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: "The account's live access tokens",
        description: 'Newest first; revoked tokens are not listed, and no token value is.',
        response: { 200: accessTokenListSchema, 401: problemSchema },
      },
    },
    async (request) => ({ tokens: await listAccessTokens(db, personOf(request.principal)) }),
  );

  api.delete(
    '/api/auth/tokens/:id',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'Revoke an access token',
        description: "404 TOKEN_NOT_FOUND unless it is one of the caller's live tokens.",
        params: idParamsSchema,
        response: { 204: z.null(), 401: problemSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const accountId = personOf(request.principal);
      const { id } = request.params;
      const at = now();
      const revoked = UUID.test(id) && (await revokeAccessToken(db, accountId, id, at));
      if (!revoked) {
        return sendProblem(
          reply,
          problem(404, 'TOKEN_NOT_FOUND', `You have no live access token with the id ${id}.`, {
            instance: request.url,
          }),
        );
      }
      await recordAudit(db, { accountId, kind: 'token-revoked', at, ...callerOf(request) });
      return reply.code(204).send(null);
    },
  );
}
