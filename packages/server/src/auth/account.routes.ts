import {
  auditLogSchema,
  loginRequestSchema,
  meResponseSchema,
  problemSchema,
  signupRequestSchema,
  type Account,
  type MeResponse,
} from '@psoas/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { problem, sendProblem } from '../http/problem.ts';
import { clearSessionCookie, csrfTokenOfRequest, setSessionCookie } from './access-control.ts';
import { revokeAccessToken } from './access-token.repository.ts';
import { createAccount, findAccountById, publicAccount } from './account.repository.ts';
import { registerAccountAdminRoutes } from './account-admin.routes.ts';
import { registerAccessTokenRoutes } from './access-token.routes.ts';
import { listAudit, recordAudit } from './audit.repository.ts';
import { createAuthSession, deleteAuthSession } from './auth-session.repository.ts';
import { weakPasswordReason } from './common-passwords.ts';
import { csrfTokenFor } from './credentials.ts';
import { hashPassword } from './passwords.ts';
import { personOf } from './policy.ts';
import { callerOf, sendCredentialProblem } from './request-caller.ts';
import { checkCredentials } from './sign-in.ts';

export type AccountRoutesDeps = { readonly db: Db; readonly now: () => number };

const TAGS = ['accounts'];
/** The audit log shows this many events at most: enough to spot a stranger, small to send. */
const AUDIT_LIMIT = 200;

/** Signup, sign-in and out, the account, access tokens and the audit log (issue 7). */
export function registerAccountRoutes(app: FastifyInstance, deps: AccountRoutesDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, now } = deps;

  /**
   * Starts a browser session for `account` and answers with it. A session the request already
   * carried is ended first: a new sign-in never keeps an old cookie's session alive (fixation).
   */
  async function startBrowserSession(
    request: FastifyRequest,
    reply: FastifyReply,
    account: Account,
  ): Promise<MeResponse> {
    if (request.principal?.via === 'session') {
      await deleteAuthSession(db, request.principal.credentialId);
    }
    const session = await createAuthSession(db, account.id, now());
    setSessionCookie(reply, request, session.token);
    return { account, csrfToken: csrfTokenFor(session.token) };
  }

  api.post(
    '/api/auth/signup',
    {
      config: { access: 'public' },
      schema: {
        tags: TAGS,
        summary: 'Create an account and sign in',
        description:
          'Passwords need at least 10 characters and must not be on the shipped list of common passwords, nor be the email (PASSWORD_TOO_COMMON). The first account of an install becomes admin and takes over the data recorded before accounts existed. Answers with a session cookie and its CSRF token.',
        body: signupRequestSchema,
        response: { 201: meResponseSchema, 400: problemSchema, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const { email, password, name } = request.body;
      const weak = weakPasswordReason(password, email);
      if (weak) {
        return sendProblem(
          reply,
          problem(400, 'PASSWORD_TOO_COMMON', weak, { instance: request.url }),
        );
      }
      const at = now();
      const created = await createAccount(db, {
        email,
        name,
        passwordHash: await hashPassword(password),
        now: at,
      });
      if (!created.ok) {
        return sendProblem(
          reply,
          problem(409, 'EMAIL_TAKEN', 'An account with this email exists: sign in instead.', {
            instance: request.url,
          }),
        );
      }
      await recordAudit(db, {
        accountId: created.account.id,
        kind: 'signup',
        at,
        ...callerOf(request),
      });
      const me = await startBrowserSession(request, reply, created.account);
      return reply.code(201).send(me);
    },
  );

  api.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: TAGS,
        summary: 'Sign in with email and password',
        description:
          'Answers with a new session cookie (any session cookie sent along is ended) and its CSRF token. A wrong email and a wrong password get the same 401 INVALID_CREDENTIALS. After 10 failures in 15 minutes for the email or from the address, 429 TOO_MANY_ATTEMPTS with Retry-After, without checking the password.',
        body: loginRequestSchema,
        response: {
          200: meResponseSchema,
          400: problemSchema,
          401: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const check = await checkCredentials(db, request.body, caller, now());
      if (!check.ok) return sendCredentialProblem(request, reply, check);
      const { account } = check;
      await recordAudit(db, { accountId: account.id, kind: 'sign-in', at: now(), ...caller });
      return startBrowserSession(request, reply, account);
    },
  );

  api.post(
    '/api/auth/logout',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'Sign out',
        description:
          'Ends the cookie session and clears the cookie; called with a bearer token (psoas logout), revokes that token.',
        response: { 204: z.null(), 401: problemSchema, 403: problemSchema },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      const accountId = personOf(principal);
      if (principal?.via === 'token') {
        await revokeAccessToken(db, accountId, principal.credentialId, now());
      } else if (principal) {
        await deleteAuthSession(db, principal.credentialId);
      }
      const kind = principal?.via === 'token' ? 'token-revoked' : 'sign-out';
      await recordAudit(db, { accountId, kind, at: now(), ...callerOf(request) });
      clearSessionCookie(reply, request);
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/me',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'The signed-in account',
        description:
          'With the CSRF token a cookie session must send as X-CSRF-Token on every write (null for a bearer token).',
        response: { 200: meResponseSchema, 401: problemSchema },
      },
    },
    async (request, reply) => {
      const stored = await findAccountById(db, personOf(request.principal));
      if (!stored) {
        // Deleted while this request was on its way: as signed out as it gets.
        return sendProblem(
          reply,
          problem(401, 'AUTHENTICATION_REQUIRED', 'Sign in first: this needs an account.', {
            instance: request.url,
          }),
        );
      }
      return { account: publicAccount(stored), csrfToken: csrfTokenOfRequest(request) };
    },
  );

  api.get(
    '/api/me/audit',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: "The account's audit log",
        description: `Sign-ins, failed sign-ins, sign-outs, tokens, exports and imports, newest first, at most ${AUDIT_LIMIT}.`,
        response: { 200: auditLogSchema, 401: problemSchema },
      },
    },
    async (request) => ({
      events: await listAudit(db, personOf(request.principal), AUDIT_LIMIT),
    }),
  );

  registerAccessTokenRoutes(app, deps);
  registerAccountAdminRoutes(app, deps);
}
