import { sql } from 'drizzle-orm';
import type { Db } from '../../../src/db/database.ts';

export type RowCounts = Readonly<Record<string, number>>;

/**
 * The number of rows in every table of the database, found from information_schema (not from
 * schema.ts), so a table added later, or one another library made, is counted too. Exact
 * counts, not the planner's estimates: one stored row must show.
 */
export async function countRows(db: Db): Promise<RowCounts> {
  const tables = await db.execute<{ table_schema: string; table_name: string }>(sql`
    select table_schema, table_name from information_schema.tables
    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
    order by table_schema, table_name`);
  const names = rowsOf<{ table_schema: string; table_name: string }>(tables).map((t) => ({
    schema: t.table_schema,
    name: t.table_name,
  }));
  if (names.length === 0) return {};
  // One round trip for all of them: a count per table, glued together with union all.
  const query = sql.join(
    names.map(
      ({ schema, name }) =>
        sql`select ${`${schema}.${name}`} as name, count(*)::int as n from ${sql.identifier(schema)}.${sql.identifier(name)}`,
    ),
    sql` union all `,
  );
  const result = await db.execute<{ name: string; n: number }>(query);
  return Object.fromEntries(rowsOf<{ name: string; n: number }>(result).map((r) => [r.name, r.n]));
}

/** PGlite's driver answers `{ rows }`, node-postgres's too; drizzle passes either through. */
function rowsOf<T>(result: unknown): readonly T[] {
  if (Array.isArray(result)) return result as T[];
  return (result as { rows: T[] }).rows;
}

/** The tables whose count changed, as "table: before -> after"; empty when nothing changed. */
export function changedCounts(before: RowCounts, after: RowCounts): string[] {
  const tables = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...tables]
    .filter((table) => before[table] !== after[table])
    .map((table) => `${table}: ${before[table] ?? 'none'} -> ${after[table] ?? 'none'}`);
}
