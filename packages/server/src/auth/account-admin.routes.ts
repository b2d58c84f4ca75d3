import {
  accountSchema,
  adminAccountListSchema,
  problemSchema,
  setRoleRequestSchema,
} from '@psoas/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { problem, sendProblem } from '../http/problem.ts';
import { listAccounts, setAccountRole } from './account.repository.ts';
import { canChangeRole } from './policy.ts';

const TAGS = ['accounts'];

// Ids are UUIDs; anything else cannot name an account, and is a 404 like an unknown one.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const idParamsSchema = z.object({ id: z.string().describe('The id of an account.') });

/** What an admin does with accounts: see them (never their health data) and set roles. */
export function registerAccountAdminRoutes(app: FastifyInstance, deps: { readonly db: Db }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  api.get(
    '/api/admin/accounts',
    {
      config: { access: 'admin' },
      schema: {
        tags: TAGS,
        summary: 'Every account of the install (admin)',
        description: 'Oldest first: email, name, role and creation time; no health data.',
        response: { 200: adminAccountListSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async () => ({ accounts: await listAccounts(db) }),
  );

  api.put(
    '/api/admin/accounts/:id/role',
    {
      config: { access: 'admin' },
      schema: {
        tags: TAGS,
        summary: "Set an account's role (admin)",
        description:
          'An admin cannot change their own role (403 FORBIDDEN), so an install always keeps an admin. The new role applies to the sessions and tokens the account already has.',
        params: idParamsSchema,
        body: setRoleRequestSchema,
        response: {
          200: accountSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!canChangeRole(request.principal, id)) {
        return sendProblem(
          reply,
          problem(403, 'FORBIDDEN', 'An admin cannot change their own role.', {
            instance: request.url,
          }),
        );
      }
      const account = UUID.test(id) ? await setAccountRole(db, id, request.body.role) : null;
      if (!account) {
        return sendProblem(
          reply,
          problem(404, 'ACCOUNT_NOT_FOUND', `There is no account with the id ${id}.`, {
            instance: request.url,
          }),
        );
      }
      return account;
    },
  );
}
