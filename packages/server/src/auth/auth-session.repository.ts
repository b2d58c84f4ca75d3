import { randomUUID } from 'node:crypto';
import { eq, lt, or } from 'drizzle-orm';
import { roleSchema, type Role } from '@psoas/core';
import type { Db } from '../db/database.ts';
import { accounts, authSessions } from '../db/schema.ts';
import { hashToken, newToken } from './credentials.ts';

/** A browser session ends after this long without a request... */
export const SESSION_IDLE_MS = 14 * 24 * 60 * 60 * 1000;
/** ...and after this long in any case, so a stolen cookie does not live forever. */
export const SESSION_MAX_MS = 90 * 24 * 60 * 60 * 1000;
/** `last_seen_at` is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60 * 1000;

export type ActiveSession = {
  readonly sessionId: string;
  readonly accountId: string;
  readonly role: Role;
};

/** Starts a session for `accountId`; the token goes into the cookie, only its hash is stored. */
export async function createAuthSession(
  db: Db,
  accountId: string,
  now: number,
): Promise<{ readonly token: string; readonly sessionId: string; readonly expiresAt: number }> {
  const token = newToken('session');
  const sessionId = randomUUID();
  const expiresAt = now + SESSION_MAX_MS;
  await db.insert(authSessions).values({
    id: sessionId,
    accountId,
    tokenHash: hashToken(token),
    createdAt: new Date(now),
    lastSeenAt: new Date(now),
    expiresAt: new Date(expiresAt),
  });
  return { token, sessionId, expiresAt };
}

/** The live session a cookie names, or null; an expired one is deleted on the way. */
export async function findActiveSession(
  db: Db,
  token: string,
  now: number,
): Promise<ActiveSession | null> {
  const [row] = await db
    .select({
      sessionId: authSessions.id,
      accountId: authSessions.accountId,
      role: accounts.role,
      lastSeenAt: authSessions.lastSeenAt,
      expiresAt: authSessions.expiresAt,
    })
    .from(authSessions)
    .innerJoin(accounts, eq(accounts.id, authSessions.accountId))
    .where(eq(authSessions.tokenHash, hashToken(token)));
  if (!row) return null;
  const idle = now - row.lastSeenAt.getTime();
  if (idle > SESSION_IDLE_MS || now >= row.expiresAt.getTime()) {
    await db.delete(authSessions).where(eq(authSessions.id, row.sessionId));
    return null;
  }
  if (idle > TOUCH_EVERY_MS) {
    await db
      .update(authSessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(authSessions.id, row.sessionId));
  }
  return { sessionId: row.sessionId, accountId: row.accountId, role: roleSchema.parse(row.role) };
}

export async function deleteAuthSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(authSessions).where(eq(authSessions.id, sessionId));
}

/** Sessions past their idle or hard end; run now and then so the table does not grow. */
export async function pruneAuthSessions(db: Db, now: number): Promise<void> {
  await db
    .delete(authSessions)
    .where(
      or(
        lt(authSessions.lastSeenAt, new Date(now - SESSION_IDLE_MS)),
        lt(authSessions.expiresAt, new Date(now)),
      ),
    );
}
