import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database.ts';

export type PrivacyRoutesDeps = { readonly db: Db; readonly now: () => number };

/** The person's export, import and account deletion (issue 7). */
export function registerPrivacyRoutes(_app: FastifyInstance, _deps: PrivacyRoutesDeps): void {
  // Being written (helper: privacy).
}
