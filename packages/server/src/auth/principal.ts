import type { Role } from '@psoas/core';

/**
 * Who is calling, as the authentication hook found out from the request's cookie or bearer
 * token; null on `request.principal` for an anonymous caller.
 */
export type Principal = {
  readonly accountId: string;
  readonly role: Role;
  /** 'session': a browser's cookie (writes need the CSRF token); 'token': a personal access token. */
  readonly via: 'session' | 'token';
  /** The row id of the cookie session or access token that signed this request in. */
  readonly credentialId: string;
};

/**
 * What a route demands of its caller, declared on every /api route as `config: { access }`:
 * - 'public': anyone (the catalogue, health, signing in);
 * - 'person': a signed-in account; the route works on that account's own data only;
 * - 'admin': an admin account.
 */
export type Access = 'public' | 'person' | 'admin';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}
