import { randomUUID } from 'node:crypto';
import { and, desc, eq, gt, lte } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { loginFailures } from '../db/schema.ts';

/**
 * The brute-force limit on everything that takes a password (sign-in, token creation): at
 * LIMIT failures within WINDOW_MS, per email and per address, further attempts are refused
 * without checking the password. Per email stops a distributed guess at one account, per
 * address one client trying many accounts. The failures live in the database, so the limit
 * holds across server processes and restarts. An email counts whether or not it has an
 * account, so the limit does not tell which emails exist.
 */
export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_FAILURE_WINDOW_MS = 15 * 60 * 1000;

export type Attempt = {
  /** Lower-cased, as the wire schema gives it. */
  readonly email: string;
  readonly address: string;
};

export type ThrottleDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * Seconds until the count drops below the limit: when the LIMIT-th newest failure leaves the
 * window (with exactly LIMIT failures, that is the oldest one); 0 while under the limit.
 */
async function secondsUntilUnderLimit(
  db: Db,
  column: typeof loginFailures.email | typeof loginFailures.address,
  value: string,
  now: number,
): Promise<number> {
  const rows = await db
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(eq(column, value), gt(loginFailures.at, new Date(now - LOGIN_FAILURE_WINDOW_MS))))
    .orderBy(desc(loginFailures.at))
    .limit(LOGIN_FAILURE_LIMIT);
  const limiting = rows[LOGIN_FAILURE_LIMIT - 1];
  if (!limiting) return 0;
  const leavesAt = limiting.at.getTime() + LOGIN_FAILURE_WINDOW_MS;
  // At least 1: "Retry-After: 0" would invite an immediate retry that is still refused.
  return Math.max(1, Math.ceil((leavesAt - now) / 1000));
}

/** Whether an attempt may check a password now, and if not, for how long to wait. */
export async function checkLoginThrottle(
  db: Db,
  attempt: Attempt,
  now: number,
): Promise<ThrottleDecision> {
  const [byEmail, byAddress] = await Promise.all([
    secondsUntilUnderLimit(db, loginFailures.email, attempt.email, now),
    secondsUntilUnderLimit(db, loginFailures.address, attempt.address, now),
  ]);
  const wait = Math.max(byEmail, byAddress);
  return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
}

/**
 * Counts a failed attempt, and drops failures that have left the window so the table stays
 * small. A success erases nothing: signing in to one's own account must not reset the count
 * of an address that is trying others.
 */
export async function recordLoginFailure(db: Db, attempt: Attempt, now: number): Promise<void> {
  await db.insert(loginFailures).values({
    id: randomUUID(),
    email: attempt.email,
    address: attempt.address,
    at: new Date(now),
  });
  await db
    .delete(loginFailures)
    .where(lte(loginFailures.at, new Date(now - LOGIN_FAILURE_WINDOW_MS)));
}
