import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { roleSchema, type AccessToken, type Role } from '@psoas/core';
import type { Db } from '../db/database.ts';
import { accessTokens, accounts } from '../db/schema.ts';
import { hashToken, newToken } from './credentials.ts';

/** `last_used_at` is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60 * 1000;

export type ActiveToken = {
  readonly tokenId: string;
  readonly accountId: string;
  readonly role: Role;
};

/** Makes a token for `accountId`; the caller sees it once, the database keeps only its hash. */
export async function createAccessToken(
  db: Db,
  accountId: string,
  name: string,
  now: number,
): Promise<AccessToken & { readonly token: string }> {
  const token = newToken('pat');
  const id = randomUUID();
  await db.insert(accessTokens).values({
    id,
    accountId,
    name,
    tokenHash: hashToken(token),
    createdAt: new Date(now),
  });
  return { id, name, createdAt: new Date(now).toISOString(), lastUsedAt: null, token };
}

/** The unrevoked token a bearer header names, or null. */
export async function findActiveToken(
  db: Db,
  token: string,
  now: number,
): Promise<ActiveToken | null> {
  const [row] = await db
    .select({
      tokenId: accessTokens.id,
      accountId: accessTokens.accountId,
      role: accounts.role,
      lastUsedAt: accessTokens.lastUsedAt,
    })
    .from(accessTokens)
    .innerJoin(accounts, eq(accounts.id, accessTokens.accountId))
    .where(and(eq(accessTokens.tokenHash, hashToken(token)), isNull(accessTokens.revokedAt)));
  if (!row) return null;
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await db
      .update(accessTokens)
      .set({ lastUsedAt: new Date(now) })
      .where(eq(accessTokens.id, row.tokenId));
  }
  return { tokenId: row.tokenId, accountId: row.accountId, role: roleSchema.parse(row.role) };
}

/** The account's live tokens, newest first. */
export async function listAccessTokens(db: Db, accountId: string): Promise<AccessToken[]> {
  const rows = await db
    .select()
    .from(accessTokens)
    .where(and(eq(accessTokens.accountId, accountId), isNull(accessTokens.revokedAt)))
    .orderBy(desc(accessTokens.createdAt));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  }));
}

/**
 * Revokes one of the account's tokens; false when it has no such live token. The row stays
 * (revoked), so the audit log's "token created" still names something.
 */
export async function revokeAccessToken(
  db: Db,
  accountId: string,
  tokenId: string,
  now: number,
): Promise<boolean> {
  const revoked = await db
    .update(accessTokens)
    .set({ revokedAt: new Date(now) })
    .where(
      and(
        eq(accessTokens.id, tokenId),
        eq(accessTokens.accountId, accountId),
        isNull(accessTokens.revokedAt),
      ),
    )
    .returning({ id: accessTokens.id });
  return revoked.length > 0;
}
