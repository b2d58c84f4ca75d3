import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * One row describing this installation: created on first start, so it also proves that the
 * data directory survived a restart. Later features hang install-wide settings here.
 */
export const instance = pgTable('instance', {
  id: uuid('id').primaryKey(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  startCount: integer('start_count').notNull().default(1),
});

/**
 * The exercise catalogue as served. Core's typed data is the source; it is synced in on start
 * (by content hash, so unchanged rows are not rewritten), and the row's `data` is parsed again
 * with core's schema when read back. Practitioner-authored exercises will live here too.
 */
export const exercises = pgTable('exercises', {
  id: text('id').primaryKey(),
  /**
   * 'built-in' rows mirror core's catalogue and are removed when core drops an exercise;
   * anything else (practitioner-authored, later) is never touched by the sync.
   */
  origin: text('origin').notNull().default('built-in'),
  phase: text('phase').notNull(),
  level: integer('level').notNull(),
  data: jsonb('data').notNull(),
  contentHash: text('content_hash').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
