import { instantSchema } from '@psoas/core';
import { getTableName, type Column } from 'drizzle-orm';
import { z } from 'zod';
import { columnsOf, type PersonTable } from './person-tables.ts';

/**
 * How a stored row looks in an export, and how an exported row is checked before it is
 * stored again. Both are derived from the table's columns, so a column added to schema.ts is
 * exported and imported without a change here (a column of a type not handled below fails
 * loudly, see schemaFor).
 */

/** The owner column: the account's id, not exported (it means nothing in another account). */
const OWNER = 'personId';

/** Text a person's own rows hold is short (ids, dates, enum values); this bounds a hostile file. */
const TEXT_MAX = 2_000;
const INT4 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

/** The columns an export shows for the table, in schema order: all but the owner. */
export function exportColumns(table: PersonTable['table']): string[] {
  return Object.keys(columnsOf(table)).filter((key) => key !== OWNER);
}

/** A stored row as exported: camelCase names, instants as ISO strings, jsonb as JSON. */
export function toExportRow(
  table: PersonTable['table'],
  row: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of exportColumns(table)) {
    const value = row[key];
    out[key] = value instanceof Date ? value.toISOString() : (value ?? null);
  }
  return out;
}

function isIdentity(column: Column): boolean {
  return column.generatedIdentity !== undefined;
}

function baseSchemaFor(column: Column, json: z.ZodType | undefined): z.ZodType {
  switch (column.columnType) {
    case 'PgUUID':
      return z.uuid();
    case 'PgText':
      return z.string().max(TEXT_MAX);
    case 'PgInteger':
      return z.number().int().min(INT4.min).max(INT4.max);
    case 'PgBoolean':
      return z.boolean();
    case 'PgTimestamp':
      return instantSchema.transform((iso) => new Date(iso));
    case 'PgJsonb':
      return json ?? z.json();
    default:
      throw new Error(
        `the import does not know column type ${column.columnType} (${column.name}): add it to row-codec.ts`,
      );
  }
}

/**
 * The shape one exported row of `entry` must have to be stored again: every column, typed as
 * stored, jsonb parsed as its reader parses it; unknown fields refused. The owner and identity
 * (`seq`) columns may be present (an export has `seq`) but are never inserted as given.
 */
export function importRowSchema(entry: PersonTable): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, column] of Object.entries(columnsOf(entry.table))) {
    if (key === OWNER || isIdentity(column)) {
      shape[key] = z.unknown().optional();
      continue;
    }
    const base = baseSchemaFor(column, entry.json?.[key]);
    shape[key] = column.notNull ? base : base.nullable().optional();
  }
  return z.strictObject(shape);
}

/** Builds every schema once, so a column type the import cannot handle fails at start-up. */
export function importRowSchemas(
  entries: readonly PersonTable[],
): ReadonlyMap<PersonTable, z.ZodType<Record<string, unknown>>> {
  return new Map(entries.map((entry) => [entry, importRowSchema(entry)]));
}

/**
 * The values to insert for a checked row: the caller as owner, the identity column left to the
 * database, jsonb as it came in the file (the schema only checked it: a parse could reshape it),
 * instants as Dates, ids mapped by `ids` to the new ones.
 */
export function toInsertValues(
  entry: PersonTable,
  parsed: Readonly<Record<string, unknown>>,
  raw: Readonly<Record<string, unknown>>,
  personId: string,
  newId: (key: string, oldId: string) => string,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(columnsOf(entry.table))) {
    if (isIdentity(column)) continue;
    if (key === OWNER) {
      values[key] = personId;
      continue;
    }
    const value = column.columnType === 'PgJsonb' ? raw[key] : parsed[key];
    values[key] =
      typeof value === 'string' && (key === 'id' || entry.references?.[key])
        ? newId(key, value)
        : (value ?? null);
  }
  return values;
}

/** For error messages and the conflict check: the table's SQL name. */
export function tableNameOf(entry: PersonTable): string {
  return getTableName(entry.table);
}
