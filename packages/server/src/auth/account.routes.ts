import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database.ts';

export type AccountRoutesDeps = { readonly db: Db; readonly now: () => number };

/** Signup, sign-in and out, the account, access tokens and the audit log (issue 7). */
export function registerAccountRoutes(_app: FastifyInstance, _deps: AccountRoutesDeps): void {
  // Being written (helper: accounts).
}
