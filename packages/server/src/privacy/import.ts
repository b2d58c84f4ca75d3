import { randomUUID } from 'node:crypto';
import type { ExportKind, PersonalExport } from '@psoas/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { PERSON_TABLES, columnsOf, personColumn, type PersonTable } from './person-tables.ts';
import { importRowSchemas, toInsertValues } from './row-codec.ts';

/**
 * Reading an export back into the caller's account (issue 7: "the export from before can be
 * read back by a later import"). Every row is checked first; then all are inserted in one
 * transaction, for the caller, with new ids. Either all of the file is stored or nothing.
 */

export type ImportOutcome =
  | { readonly ok: true; readonly imported: Readonly<Record<string, number>> }
  | {
      readonly ok: false;
      readonly code: 'IMPORT_INVALID' | 'IMPORT_CONFLICT';
      readonly message: string;
      readonly details: Readonly<Record<string, unknown>>;
    };

type CheckedRow = {
  readonly parsed: Readonly<Record<string, unknown>>;
  readonly raw: Readonly<Record<string, unknown>>;
};
type CheckedKind = { readonly entry: PersonTable; readonly kind: ExportKind; rows: CheckedRow[] };

/** The tables an import writes: every exported one (the audit log is the account's own). */
const IMPORTED = PERSON_TABLES.filter(
  (entry): entry is PersonTable & { kind: ExportKind } => entry.kind !== null,
);
const ROW_SCHEMAS = importRowSchemas(IMPORTED);
/** Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest table. */
const CHUNK = 500;

class ImportConflict extends Error {
  constructor(
    readonly kind: ExportKind,
    readonly values: readonly unknown[],
  ) {
    super(`the account already holds ${kind} the file brings`);
  }
}

function invalid(kind: ExportKind, index: number | null, reason: string): ImportOutcome {
  const where = index === null ? `records.${kind}` : `records.${kind}[${index}]`;
  return {
    ok: false,
    code: 'IMPORT_INVALID',
    message: `${where}: ${reason}. Nothing was imported.`,
    details: { kind, index },
  };
}

function firstDuplicate(values: readonly unknown[]): number | null {
  const seen = new Set<unknown>();
  for (const [index, value] of values.entries()) {
    if (seen.has(value)) return index;
    seen.add(value);
  }
  return null;
}

/** Each row's shape, then what must hold across rows: unique ids and keys, references found. */
function checkFile(file: PersonalExport): CheckedKind[] | ImportOutcome {
  const checked: CheckedKind[] = [];
  for (const entry of IMPORTED) {
    const schema = ROW_SCHEMAS.get(entry);
    if (!schema) throw new Error(`no import schema for ${entry.kind}`);
    const rows: CheckedRow[] = [];
    for (const [index, raw] of file.records[entry.kind].entries()) {
      const result = schema.safeParse(raw);
      if (!result.success) {
        const issue = result.error.issues[0];
        const path = issue?.path.map(String).join('.') ?? '';
        return invalid(
          entry.kind,
          index,
          `${path ? `${path}: ` : ''}${issue?.message ?? 'invalid'}`,
        );
      }
      rows.push({ parsed: result.data, raw });
    }
    for (const key of ['id', ...(entry.uniqueBy ?? [])]) {
      if (!(key in columnsOf(entry.table))) continue;
      const index = firstDuplicate(rows.map((r) => r.parsed[key]));
      if (index !== null) return invalid(entry.kind, index, `${key} appears twice`);
    }
    if (entry.uniqueBy?.length === 0 && rows.length > 1) {
      return invalid(entry.kind, 1, 'a person has one such record at most');
    }
    checked.push({ entry, kind: entry.kind, rows });
  }
  for (const { entry, kind, rows } of checked) {
    for (const [key, target] of Object.entries(entry.references ?? {})) {
      const ids = new Set(checked.find((c) => c.kind === target)?.rows.map((r) => r.parsed.id));
      const index = rows.findIndex((r) => !ids.has(r.parsed[key]));
      if (index >= 0) return invalid(kind, index, `${key} names no row of ${target} in the file`);
    }
  }
  return checked;
}

/**
 * Refuses (by throwing, so the transaction rolls back) what the account already holds, or
 * clears it where the file's row replaces it.
 */
async function assertNoConflict(tx: Db, personId: string, kind: CheckedKind): Promise<void> {
  const { entry, rows } = kind;
  if (entry.uniqueBy === undefined || rows.length === 0) return;
  const owner = eq(personColumn(entry.table), personId);
  if (entry.replacedOnImport) {
    await tx.delete(entry.table).where(owner);
    return;
  }
  const [key] = entry.uniqueBy;
  const column = key === undefined ? undefined : columnsOf(entry.table)[key];
  if (key === undefined || !column) {
    const [held] = await tx.select().from(entry.table).where(owner).limit(1);
    if (held) throw new ImportConflict(kind.kind, []);
    return;
  }
  const values = rows.map((r) => r.parsed[key]);
  const held = await tx
    .select({ value: column })
    .from(entry.table)
    .where(and(owner, inArray(column, values)))
    .limit(10);
  if (held.length > 0)
    throw new ImportConflict(
      kind.kind,
      held.map((h) => h.value),
    );
}

/** A unique index refused a row: another request stored the same record meanwhile. */
function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

export async function importPersonalExport(
  db: Db,
  personId: string,
  file: PersonalExport,
): Promise<ImportOutcome> {
  const checked = checkFile(file);
  if (!Array.isArray(checked)) return checked;

  // Every row gets a new id: the file's ids may still exist (in this account before a
  // deletion, or in another account that imported the same file).
  const newIds = new Map<ExportKind, Map<string, string>>();
  for (const { kind, rows } of checked) {
    const ids = new Map<string, string>();
    for (const { parsed } of rows) {
      if (typeof parsed.id === 'string') ids.set(parsed.id, randomUUID());
    }
    newIds.set(kind, ids);
  }

  try {
    await db.transaction(async (tx) => {
      for (const kind of checked) await assertNoConflict(tx, personId, kind);
      for (const { entry, kind, rows } of checked) {
        const values = rows.map(({ parsed, raw }) =>
          toInsertValues(entry, parsed, raw, personId, (key, oldId) => {
            const target = key === 'id' ? kind : entry.references?.[key];
            const mapped = target ? newIds.get(target)?.get(oldId) : undefined;
            if (!mapped) throw new Error(`${kind}.${key} ${oldId} was not checked`);
            return mapped;
          }),
        );
        for (let start = 0; start < values.length; start += CHUNK) {
          await tx.insert(entry.table).values(values.slice(start, start + CHUNK));
        }
      }
    });
  } catch (error) {
    if (error instanceof ImportConflict || isUniqueViolation(error)) {
      const kind = error instanceof ImportConflict ? error.kind : null;
      return {
        ok: false,
        code: 'IMPORT_CONFLICT',
        message: `The account already holds ${kind ?? 'records'} that the file brings (imported before?). Nothing was imported.`,
        details: { kind },
      };
    }
    throw error;
  }
  return {
    ok: true,
    imported: Object.fromEntries(checked.map(({ kind, rows }) => [kind, rows.length])),
  };
}
