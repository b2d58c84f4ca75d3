import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { roleSchema, type Account, type Role } from '@psoas/core';
import type { Db } from '../db/database.ts';
import { accounts } from '../db/schema.ts';
import { personTableNames } from '../privacy/person-tables.ts';

/** Who owned every row written before accounts existed (schema.ts's default person_id). */
export const PRE_ACCOUNTS_PERSON = 'local';

type AccountRow = typeof accounts.$inferSelect;

/** An account with its password hash, which never leaves the server (sign-in, deletion). */
export type StoredAccount = Account & { readonly passwordHash: string };

/** The account as clients see it: the hash stays behind (and strict wire schemas would refuse it). */
export function publicAccount(stored: StoredAccount): Account {
  const { id, email, name, role, createdAt } = stored;
  return { id, email, name, role, createdAt };
}

function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: roleSchema.parse(row.role),
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * The tables whose rows belong to a person: the privacy module's one list, which its test keeps
 * complete against schema.ts, so the first account adopts every kind of pre-accounts record.
 */
export const PERSON_OWNED_TABLES: readonly string[] = personTableNames();

export type NewAccount = {
  readonly email: string;
  readonly name: string;
  readonly passwordHash: string;
  readonly now: number;
};

export type CreateAccountResult =
  | { readonly ok: true; readonly account: Account }
  | { readonly ok: false; readonly code: 'EMAIL_TAKEN' };

/**
 * Creates an account. The first one of the install becomes admin and adopts the rows the
 * pre-accounts version wrote for 'local'. Counting and inserting happen under a table lock in
 * one transaction: two first signups at once cannot both see an empty table and both become
 * admin (nor can two signups with one email both pass the check). Signups are rare, so
 * serialising them costs nothing; reads of accounts (sign-ins) are not blocked.
 */
export async function createAccount(db: Db, input: NewAccount): Promise<CreateAccountResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table ${accounts} in share row exclusive mode`);
    const [taken] = await tx
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.email, input.email));
    if (taken) return { ok: false, code: 'EMAIL_TAKEN' } as const;
    const [existing] = await tx.select({ id: accounts.id }).from(accounts).limit(1);
    const role: Role = existing ? 'person' : 'admin';
    const [row] = await tx
      .insert(accounts)
      .values({
        id: randomUUID(),
        email: input.email,
        name: input.name,
        role,
        passwordHash: input.passwordHash,
        createdAt: new Date(input.now),
      })
      .returning();
    if (!row) throw new Error('insert into accounts returned no row');
    if (role === 'admin') {
      for (const table of PERSON_OWNED_TABLES) {
        await tx.execute(
          sql`update ${sql.identifier(table)} set person_id = ${row.id} where person_id = ${PRE_ACCOUNTS_PERSON}`,
        );
      }
    }
    return { ok: true, account: toAccount(row) } as const;
  });
}

export async function findAccountByEmail(db: Db, email: string): Promise<StoredAccount | null> {
  const [row] = await db.select().from(accounts).where(eq(accounts.email, email));
  return row ? { ...toAccount(row), passwordHash: row.passwordHash } : null;
}

export async function findAccountById(db: Db, id: string): Promise<StoredAccount | null> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
  return row ? { ...toAccount(row), passwordHash: row.passwordHash } : null;
}

/** Every account, oldest first: the admin's list (no health data, no hashes). */
export async function listAccounts(db: Db): Promise<Account[]> {
  const rows = await db.select().from(accounts).orderBy(asc(accounts.createdAt), asc(accounts.id));
  return rows.map(toAccount);
}

/** The account with its new role, or null when there is no such account. */
export async function setAccountRole(db: Db, id: string, role: Role): Promise<Account | null> {
  const [row] = await db.update(accounts).set({ role }).where(eq(accounts.id, id)).returning();
  return row ? toAccount(row) : null;
}
