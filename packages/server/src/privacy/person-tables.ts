import {
  breakSettingsSchema,
  checklistAnswersSchema,
  intakeSchema,
  list,
  progressionChangeSchema,
  progressionStateSchema,
  selfTestResultsSchema,
  sessionLogRequestSchema,
  triageOutcomeSchema,
  type ExportKind,
} from '@psoas/core';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import {
  storedBreakLogEntrySchema,
  storedBreakStateSchema,
} from '../breaks/break-storage.schema.ts';
import {
  breakEvents,
  breakLog,
  breakSettings,
  breakStates,
  breakTargets,
  checklistClearances,
  feedbackEvents,
  intakes,
  progressionStates,
  pushDeliveries,
  pushSubscriptions,
  screeningAnswers,
  screenings,
  selfTests,
  sessionLogs,
} from '../db/schema.ts';

/**
 * Every table that holds a person's rows (a `person_id` column), and how each takes part in the
 * export, the import and the account deletion. It is the one list those three work from, so a
 * table cannot be exported but forgotten by the deletion (privacy.test.ts fails when schema.ts
 * gains a person-owned table that is not named here).
 *
 * The order is parents first: the import inserts in this order (a screening before its
 * answers), the deletion deletes in the reverse order.
 */
export type PersonTable = {
  readonly table: PgTable;
  /**
   * The export kind its rows go under; null for rows that are never exported nor imported:
   * push subscriptions are one browser's device keys, useless (and sensitive) anywhere else.
   */
  readonly kind: ExportKind | null;
  /**
   * Columns (property names) holding another row's id, by the kind of that row: the import
   * gives every row a new id and points these at the new ids.
   */
  readonly references?: Readonly<Record<string, ExportKind>>;
  /**
   * The columns that, with the person, are unique (their unique index): an import bringing a
   * value the person already has would be refused by the database. An empty list means the
   * person is the whole key: one row per person.
   */
  readonly uniqueBy?: readonly string[];
  /**
   * The file's row replaces the account's own instead of conflicting with it. For the break
   * scheduler's state: a position, not history, which the server makes the first time any
   * client asks for it; refusing the import for it would refuse everyone who opened the app
   * before restoring their data.
   */
  readonly replacedOnImport?: true;
  /**
   * The shapes of jsonb columns, as the code that reads them back parses them: an import must
   * not store a row that would break its reader later.
   */
  readonly json?: Readonly<Record<string, z.ZodType>>;
};

export const PERSON_TABLES: readonly PersonTable[] = [
  { table: intakes, kind: 'intakes', json: { data: intakeSchema } },
  { table: screenings, kind: 'screenings', json: { outcome: triageOutcomeSchema } },
  { table: screeningAnswers, kind: 'screeningAnswers', references: { screeningId: 'screenings' } },
  { table: selfTests, kind: 'selfTests', json: { results: selfTestResultsSchema } },
  {
    table: checklistClearances,
    kind: 'checklistClearances',
    json: { answers: checklistAnswersSchema },
  },
  { table: feedbackEvents, kind: 'feedbackEvents' },
  { table: progressionStates, kind: 'progressionStates', json: { state: progressionStateSchema } },
  {
    table: sessionLogs,
    kind: 'sessionLogs',
    uniqueBy: ['idempotencyKey'],
    json: { data: sessionLogRequestSchema, changes: list(progressionChangeSchema) },
  },
  {
    table: breakSettings,
    kind: 'breakSettings',
    uniqueBy: [],
    json: { data: breakSettingsSchema },
  },
  {
    table: breakStates,
    kind: 'breakStates',
    uniqueBy: [],
    replacedOnImport: true,
    json: { state: storedBreakStateSchema },
  },
  {
    table: breakEvents,
    kind: 'breakEvents',
    uniqueBy: ['clientEventId'],
    // Core's BreakEvent as fed to the scheduler; nothing parses it back, so any JSON object.
    json: { data: z.record(z.string(), z.unknown()) },
  },
  { table: breakLog, kind: 'breakLog', json: { entry: storedBreakLogEntrySchema } },
  // History, appended to: an import adds its changes beside the account's own (new ids).
  { table: breakTargets, kind: 'breakTargets' },
  { table: pushSubscriptions, kind: null },
  { table: pushDeliveries, kind: null },
];

/** The SQL name of every person-owned table, as listed above. */
export function personTableNames(): string[] {
  return PERSON_TABLES.map((entry) => getTableName(entry.table));
}

/** The table's columns by property name (camelCase), as drizzle knows them. */
export function columnsOf(table: PgTable): Record<string, PgColumn> {
  return getTableColumns(table);
}

/** The column naming the owner; every table of the list has one (the test checks it). */
export function personColumn(table: PgTable): PgColumn {
  const column = columnsOf(table).personId;
  if (!column) throw new Error(`${getTableName(table)} has no person_id column`);
  return column;
}
