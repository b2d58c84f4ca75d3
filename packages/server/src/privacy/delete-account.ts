import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { accounts } from '../db/schema.ts';
import { PERSON_TABLES, personColumn } from './person-tables.ts';

/**
 * Deletes the account and everything of its person, in one transaction: every person-owned
 * table (children before the rows they refer to, so the reverse of PERSON_TABLES), push
 * subscriptions and deliveries included, then the account row, whose sessions, access tokens
 * and audit log go with it (ON DELETE CASCADE). A failure half-way leaves everything in place.
 *
 * Failed sign-in counts (login_failures) are not the person's data but the server's defence,
 * keyed by email and address; they are pruned after their window like any other.
 */
/** The account's email (the sign-in check is keyed by it), or null when it is gone. */
export async function emailOfAccount(db: Db, accountId: string): Promise<string | null> {
  const [row] = await db
    .select({ email: accounts.email })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  return row?.email ?? null;
}

export async function deleteAccountAndData(db: Db, accountId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    for (const entry of [...PERSON_TABLES].reverse()) {
      await tx.delete(entry.table).where(eq(personColumn(entry.table), accountId));
    }
    const deleted = await tx
      .delete(accounts)
      .where(eq(accounts.id, accountId))
      .returning({ id: accounts.id });
    return deleted.length > 0;
  });
}
