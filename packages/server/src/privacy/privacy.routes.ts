import {
  EXPORT_KINDS,
  deleteAccountRequestSchema,
  detailedProblemSchema,
  exportKindSchema,
  importResponseSchema,
  personalExportSchema,
  problemSchema,
} from '@psoas/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clearSessionCookie } from '../auth/access-control.ts';
import { recordAudit } from '../auth/audit.repository.ts';
import { personOf } from '../auth/policy.ts';
import { callerOf, sendCredentialProblem } from '../auth/request-caller.ts';
import { checkCredentials } from '../auth/sign-in.ts';
import type { Db } from '../db/database.ts';
import { problem, sendProblem } from '../http/problem.ts';
import { toCsv } from './csv.ts';
import { deleteAccountAndData, emailOfAccount } from './delete-account.ts';
import { buildPersonalExport, exportKind } from './export.ts';
import { importPersonalExport } from './import.ts';

export type PrivacyRoutesDeps = { readonly db: Db; readonly now: () => number };

const TAGS = ['privacy'];
/** An export of years of daily sessions and break events runs to megabytes; 1 MB is the default. */
const IMPORT_BODY_LIMIT = 10 * 1024 * 1024;

const exportQuerySchema = z.strictObject({
  format: z
    .enum(['json', 'csv'])
    .default('json')
    .describe('json: everything in one document; csv: one kind of record.'),
  // A string, not the enum, so an unknown kind gets its own code (EXPORT_KIND_UNKNOWN).
  kind: z
    .string()
    .max(64)
    .optional()
    .describe(`With format=csv (and only then): one of ${EXPORT_KINDS.join(', ')}.`),
});

function dayOf(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

function unauthenticated(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  // The account was deleted while this request was on its way.
  return sendProblem(
    reply,
    problem(401, 'AUTHENTICATION_REQUIRED', 'Sign in first: this needs an account.', {
      instance: request.url,
    }),
  );
}

/** The person's export, import and account deletion (issue 7). */
export function registerPrivacyRoutes(app: FastifyInstance, deps: PrivacyRoutesDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, now } = deps;

  api.get(
    '/api/me/export',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'Export everything of the signed-in person',
        description:
          'As JSON (a PersonalExport: the account and every record, rows as stored), or with format=csv&kind=… one kind as CSV (RFC 4180, a header row, JSON cells as JSON text, cells that would start a spreadsheet formula prefixed with an apostrophe). Push subscriptions (device keys) are not exported. Recorded in the audit log.',
        querystring: exportQuerySchema,
        response: {
          200: {
            description: 'The export, as an attachment.',
            content: {
              'application/json': { schema: personalExportSchema },
              'text/csv': { schema: z.string() },
            },
          },
          400: detailedProblemSchema,
          401: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const personId = personOf(request.principal);
      const { format, kind } = request.query;
      const at = now();
      if (format === 'json' && kind !== undefined) {
        return sendProblem(
          reply,
          problem(400, 'VALIDATION_FAILED', 'querystring.kind: only with format=csv.', {
            instance: request.url,
            errors: [{ path: 'querystring.kind', message: 'only with format=csv' }],
          }),
        );
      }
      if (format === 'csv') {
        const known = exportKindSchema.safeParse(kind);
        if (!known.success) {
          return sendProblem(
            reply,
            problem(
              400,
              'EXPORT_KIND_UNKNOWN',
              `format=csv needs kind, one of ${EXPORT_KINDS.join(', ')}.`,
              { instance: request.url, details: { kinds: EXPORT_KINDS } },
            ),
          );
        }
        const { columns, rows } = await exportKind(db, personId, known.data);
        await recordAudit(db, { accountId: personId, kind: 'export', at, ...callerOf(request) });
        return reply
          .type('text/csv; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="psoas-coach-export-${dayOf(at)}-${known.data}.csv"`,
          )
          .send(toCsv(columns, rows));
      }
      const exported = await buildPersonalExport(db, personId, at);
      if (!exported) return unauthenticated(request, reply);
      await recordAudit(db, { accountId: personId, kind: 'export', at, ...callerOf(request) });
      return reply
        .type('application/json; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="psoas-coach-export-${dayOf(at)}.json"`,
        )
        .send(exported);
    },
  );

  api.post(
    '/api/me/import',
    {
      config: { access: 'person' },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: TAGS,
        summary: 'Import an export into the signed-in account',
        description:
          "Stores every record of a PersonalExport for the caller, with new ids, in one transaction. A row of the wrong shape is a 400 IMPORT_INVALID naming its kind and index; records the account already has and may hold once (break settings and state, a session's idempotency key, a break event's id) a 409 IMPORT_CONFLICT. Either way nothing is stored. The file's audit events and account are not imported. Body up to 10 MB.",
        body: personalExportSchema,
        response: {
          200: importResponseSchema,
          400: detailedProblemSchema,
          401: problemSchema,
          409: detailedProblemSchema,
          413: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const personId = personOf(request.principal);
      const outcome = await importPersonalExport(db, personId, request.body);
      if (!outcome.ok) {
        return sendProblem(
          reply,
          problem(outcome.code === 'IMPORT_INVALID' ? 400 : 409, outcome.code, outcome.message, {
            instance: request.url,
            details: outcome.details,
          }),
        );
      }
      await recordAudit(db, {
        accountId: personId,
        kind: 'import',
        at: now(),
        ...callerOf(request),
      });
      return { imported: outcome.imported };
    },
  );

  api.delete(
    '/api/me',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'Delete the account and everything of its person',
        description:
          'Needs the password again (a borrowed, signed-in browser cannot delete): a wrong one is 401 INVALID_CREDENTIALS and counts towards the sign-in limit (429 TOO_MANY_ATTEMPTS). Deletes every record, push subscriptions, sessions, tokens and the audit log in one transaction and clears the session cookie.',
        body: deleteAccountRequestSchema,
        response: {
          204: z.null(),
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const personId = personOf(request.principal);
      const email = await emailOfAccount(db, personId);
      if (email === null) return unauthenticated(request, reply);
      // The same check as signing in, so the password cannot be guessed here past its limit.
      const check = await checkCredentials(
        db,
        { email, password: request.body.password },
        callerOf(request),
        now(),
      );
      if (!check.ok) return sendCredentialProblem(request, reply, check);
      await deleteAccountAndData(db, personId);
      clearSessionCookie(reply, request);
      return reply.code(204).send(null);
    },
  );
}
