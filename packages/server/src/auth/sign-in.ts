import type { Account } from '@psoas/core';
import type { Db } from '../db/database.ts';
import { findAccountByEmail, publicAccount } from './account.repository.ts';
import { recordAudit } from './audit.repository.ts';
import { checkLoginThrottle, recordLoginFailure } from './login-throttle.ts';
import { DUMMY_HASH, verifyPassword } from './passwords.ts';

/** Where an attempt comes from, for the rate limit and the audit log. */
export type Caller = {
  readonly address: string;
  /** The User-Agent, if any. */
  readonly client: string | null;
};

export type CredentialCheck =
  | { readonly ok: true; readonly account: Account }
  | { readonly ok: false; readonly reason: 'throttled'; readonly retryAfterSeconds: number }
  | { readonly ok: false; readonly reason: 'invalid' };

/**
 * Checks an email and password, the one path every password-taking route (sign-in, token
 * creation) goes through, so none can skip the rate limit:
 * - over the limit, it refuses without looking at the password (or the account);
 * - an unknown email is verified against a dummy hash, so it costs the same time as a wrong
 *   password and the answer does not tell whether the email has an account;
 * - a failure is counted, and logged for the account's owner when the email has one.
 */
export async function checkCredentials(
  db: Db,
  given: { readonly email: string; readonly password: string },
  caller: Caller,
  now: number,
): Promise<CredentialCheck> {
  const attempt = { email: given.email, address: caller.address };
  const throttle = await checkLoginThrottle(db, attempt, now);
  if (!throttle.allowed) {
    return { ok: false, reason: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };
  }
  const account = await findAccountByEmail(db, given.email);
  const matches = await verifyPassword(account?.passwordHash ?? DUMMY_HASH, given.password);
  if (account && matches) return { ok: true, account: publicAccount(account) };
  await recordLoginFailure(db, attempt, now);
  if (account) {
    await recordAudit(db, {
      accountId: account.id,
      kind: 'sign-in-failed',
      at: now,
      address: caller.address,
      client: caller.client,
    });
  }
  return { ok: false, reason: 'invalid' };
}
