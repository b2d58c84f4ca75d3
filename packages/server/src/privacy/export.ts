import {
  EXPORT_FORMAT,
  EXPORT_KINDS,
  EXPORT_VERSION,
  roleSchema,
  type ExportKind,
  type PersonalExport,
} from '@psoas/core';
import { asc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { accounts, auditEvents } from '../db/schema.ts';
import { PERSON_TABLES, columnsOf, personColumn, type PersonTable } from './person-tables.ts';
import { exportColumns, toExportRow } from './row-codec.ts';

/** One kind of record as exported: its columns (the CSV header) and its rows. */
export type ExportedKind = {
  readonly columns: readonly string[];
  readonly rows: readonly Record<string, unknown>[];
};

/** The audit log is the account's, not a person table: its columns are listed here. */
const AUDIT_COLUMNS = ['id', 'seq', 'kind', 'at', 'address', 'client'] as const;

/**
 * Rows in the order they were written: by `seq` where the table has one (rows of one instant
 * keep their order, and an import re-creates them in it), else by time, then id.
 */
function orderOf(entry: PersonTable): SQL[] {
  const columns = columnsOf(entry.table);
  const order = [columns.seq, columns.recordedAt, columns.updatedAt, columns.createdAt, columns.id];
  return order.filter((c) => c !== undefined).map((c) => asc(c));
}

async function exportPersonTable(
  db: Db,
  entry: PersonTable,
  personId: string,
): Promise<ExportedKind> {
  const rows = await db
    .select()
    .from(entry.table)
    .where(eq(personColumn(entry.table), personId))
    .orderBy(...orderOf(entry));
  return {
    columns: exportColumns(entry.table),
    rows: rows.map((row) => toExportRow(entry.table, row)),
  };
}

async function exportAudit(db: Db, accountId: string): Promise<ExportedKind> {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.accountId, accountId))
    .orderBy(asc(auditEvents.seq));
  return {
    columns: AUDIT_COLUMNS,
    rows: rows.map((row) => ({
      id: row.id,
      seq: row.seq,
      kind: row.kind,
      at: row.at.toISOString(),
      address: row.address,
      client: row.client,
    })),
  };
}

/** One kind of the person's records (the CSV export). */
export async function exportKind(
  db: Db,
  personId: string,
  kind: ExportKind,
): Promise<ExportedKind> {
  if (kind === 'auditEvents') return exportAudit(db, personId);
  const entry = PERSON_TABLES.find((e) => e.kind === kind);
  if (!entry) throw new Error(`export kind ${kind} has no table in PERSON_TABLES`);
  return exportPersonTable(db, entry, personId);
}

/**
 * Everything the account holds, read in one repeatable-read transaction so the kinds agree
 * with each other (no session log without the feedback it wrote); null when the account is gone.
 */
export async function buildPersonalExport(
  db: Db,
  accountId: string,
  now: number,
): Promise<PersonalExport | null> {
  return db.transaction(
    async (tx) => {
      const [account] = await tx
        .select({
          email: accounts.email,
          name: accounts.name,
          role: accounts.role,
          createdAt: accounts.createdAt,
        })
        .from(accounts)
        .where(eq(accounts.id, accountId));
      if (!account) return null;
      const records = {} as Record<ExportKind, Record<string, unknown>[]>;
      for (const kind of EXPORT_KINDS) {
        records[kind] = [...(await exportKind(tx, accountId, kind)).rows];
      }
      return {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: new Date(now).toISOString(),
        account: {
          email: account.email,
          name: account.name,
          role: roleSchema.parse(account.role),
          createdAt: account.createdAt.toISOString(),
        },
        records,
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
