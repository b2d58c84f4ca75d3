import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Session and access tokens: 32 random bytes, so guessing is hopeless and a fast hash (SHA-256)
 * is enough to keep the database from holding anything usable. Passwords are another matter
 * (passwords.ts: argon2id).
 */

export type TokenKind = 'session' | 'pat';

const PREFIX: Readonly<Record<TokenKind, string>> = { session: 'pss', pat: 'psoas_pat' };

export function newToken(kind: TokenKind): string {
  // The prefix makes a leaked token recognisable (secret scanners, logs) and says what it is.
  return `${PREFIX[kind]}_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The CSRF token of a cookie session, derived from the session token: unguessable without the
 * cookie (which scripts on other sites cannot read), rotates with the session, and needs no
 * storage of its own.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`csrf\0${sessionToken}`).digest('base64url');
}

export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Long, random and prefixed: what a personal access token looks like on the wire. */
export function looksLikeAccessToken(value: string): boolean {
  return /^psoas_pat_[A-Za-z0-9_-]{43}$/.test(value);
}
