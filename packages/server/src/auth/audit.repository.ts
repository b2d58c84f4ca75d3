import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { auditKindSchema, type AuditEvent, type AuditKind } from '@psoas/core';
import type { Db } from '../db/database.ts';
import { auditEvents } from '../db/schema.ts';

/** What a client may write into the log is bounded: a User-Agent can be arbitrarily long. */
const CLIENT_MAX = 200;
const ADDRESS_MAX = 100;

export type AuditEntry = {
  readonly accountId: string;
  readonly kind: AuditKind;
  /** Milliseconds since the epoch. */
  readonly at: number;
  readonly address: string | null;
  /** The User-Agent as sent; cut to 200 characters here. */
  readonly client: string | null;
};

/** Appends one event to the account's log (shown to its owner by GET /api/me/audit). */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    id: randomUUID(),
    accountId: entry.accountId,
    kind: entry.kind,
    at: new Date(entry.at),
    address: entry.address?.slice(0, ADDRESS_MAX) ?? null,
    client: entry.client?.slice(0, CLIENT_MAX) ?? null,
  });
}

/** The account's latest `limit` events, newest first (`seq` orders events of one instant). */
export async function listAudit(db: Db, accountId: string, limit: number): Promise<AuditEvent[]> {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.accountId, accountId))
    .orderBy(desc(auditEvents.at), desc(auditEvents.seq))
    .limit(limit);
  return rows.map((row) => ({
    id: row.id,
    // Parsed again: the column is text, and a kind this version does not know is a bug to see.
    kind: auditKindSchema.parse(row.kind),
    at: row.at.toISOString(),
    address: row.address,
    client: row.client,
  }));
}
