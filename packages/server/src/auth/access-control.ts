import fastifyCookie from '@fastify/cookie';
import { CSRF_HEADER, SESSION_COOKIE } from '@psoas/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.ts';
import { problem, sendProblem } from '../http/problem.ts';
import { findActiveToken } from './access-token.repository.ts';
import { SESSION_MAX_MS, findActiveSession } from './auth-session.repository.ts';
import { csrfTokenFor, sameSecret } from './credentials.ts';
import { decide } from './policy.ts';
import type { Access, Principal } from './principal.ts';

export type AccessControlDeps = {
  readonly db: Db;
  readonly now: () => number;
};

/** Routes other plugins register (the API docs) are public; every other /api route must say. */
const PUBLIC_PREFIXES = ['/api/docs', '/api/openapi.json'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const SECURITY_SCHEMES = {
  session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
  bearer: { type: 'http', scheme: 'bearer', description: 'A personal access token (psoas login).' },
} as const;

function accessOf(url: string, declared: Access | undefined): Access | undefined {
  if (declared) return declared;
  if (!url.startsWith('/api/')) return 'public';
  return PUBLIC_PREFIXES.some((prefix) => url.startsWith(prefix)) ? 'public' : undefined;
}

/**
 * Authentication and authorization for every request, before its body is even read:
 * 1. who is calling: a bearer personal access token, else the session cookie, else nobody;
 * 2. the policy's decision on the route's declared access (401 or 403 problem otherwise);
 * 3. for a cookie-signed-in write, the CSRF token in `X-CSRF-Token` (403 otherwise).
 * A route registered under /api without `config.access` fails at start-up, so nothing is
 * ever open by omission.
 */
export async function registerAccessControl(
  app: FastifyInstance,
  deps: AccessControlDeps,
): Promise<void> {
  await app.register(fastifyCookie);
  app.decorateRequest('principal', null);

  app.addHook('onRoute', (route) => {
    const access = accessOf(route.url, route.config?.access);
    if (!access) {
      throw new Error(
        `${String(route.method)} ${route.url} declares no access: add config: { access } to the route`,
      );
    }
    route.config = { ...route.config, access };
    if (route.schema && access !== 'public') {
      route.schema = { ...route.schema, security: [{ session: [] }, { bearer: [] }] };
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    request.principal = await authenticate(request, reply, deps);
    const access = request.routeOptions.config.access ?? 'public';
    const decision = decide(request.principal, access);
    if (!decision.allowed) {
      if (decision.reason === 'unauthenticated') {
        void reply.header('www-authenticate', 'Bearer realm="psoas"');
        return sendProblem(
          reply,
          problem(401, 'AUTHENTICATION_REQUIRED', 'Sign in first: this needs an account.', {
            instance: request.url,
          }),
        );
      }
      return sendProblem(
        reply,
        problem(403, 'FORBIDDEN', 'Your account may not do this.', { instance: request.url }),
      );
    }
    if (
      request.principal?.via === 'session' &&
      access !== 'public' &&
      !SAFE_METHODS.has(request.method) &&
      !hasValidCsrfToken(request)
    ) {
      return sendProblem(
        reply,
        problem(
          403,
          'CSRF_TOKEN_INVALID',
          `A write signed in by cookie needs the ${CSRF_HEADER} header from GET /api/me.`,
          { instance: request.url },
        ),
      );
    }
    return undefined;
  });
}

function bearerOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1] ?? null;
}

function sessionTokenOf(request: FastifyRequest): string | null {
  const token = request.cookies[SESSION_COOKIE];
  return typeof token === 'string' && token.length > 0 && token.length <= 200 ? token : null;
}

async function authenticate(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: AccessControlDeps,
): Promise<Principal | null> {
  const bearer = bearerOf(request);
  if (bearer) {
    // A wrong token is anonymous, not an error: 'person' routes then answer 401.
    const token = bearer.length <= 200 ? await findActiveToken(deps.db, bearer, deps.now()) : null;
    return token
      ? { accountId: token.accountId, role: token.role, via: 'token', credentialId: token.tokenId }
      : null;
  }
  const cookie = sessionTokenOf(request);
  if (!cookie) return null;
  const session = await findActiveSession(deps.db, cookie, deps.now());
  if (!session) {
    clearSessionCookie(reply, request);
    return null;
  }
  return {
    accountId: session.accountId,
    role: session.role,
    via: 'session',
    credentialId: session.sessionId,
  };
}

function hasValidCsrfToken(request: FastifyRequest): boolean {
  const given = request.headers[CSRF_HEADER];
  const cookie = sessionTokenOf(request);
  return typeof given === 'string' && cookie !== null && sameSecret(given, csrfTokenFor(cookie));
}

/** The CSRF token of the request's cookie session, for GET /api/me and sign-in answers. */
export function csrfTokenOfRequest(request: FastifyRequest): string | null {
  if (request.principal?.via !== 'session') return null;
  const cookie = sessionTokenOf(request);
  return cookie ? csrfTokenFor(cookie) : null;
}

function cookieOptions(request: FastifyRequest) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    // Behind HTTPS (directly or via a proxy the server trusts) the cookie is never sent in clear.
    secure: request.protocol === 'https',
  };
}

export function setSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  token: string,
): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    ...cookieOptions(request),
    maxAge: Math.floor(SESSION_MAX_MS / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply, request: FastifyRequest): void {
  void reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
}
