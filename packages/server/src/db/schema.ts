import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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

/*
 * Assessment and plan (issue 4). There are no accounts yet: every row belongs to the one local
 * person ('local'); issue 7 scopes them by account. Rows are only ever inserted, never updated,
 * so the history (each intake, each answer, each progression step) is kept with its time.
 * `seq` orders rows written at the same instant (the server clock may not move between them).
 */
const personId = () => text('person_id').notNull().default('local');
const recordedAt = () => timestamp('recorded_at', { withTimezone: true }).notNull();
const seq = () => integer('seq').notNull().generatedAlwaysAsIdentity();

/** Each intake as given; the latest one is the person's current answers. */
export const intakes = pgTable(
  'intakes',
  {
    id: uuid('id').primaryKey(),
    seq: seq(),
    personId: personId(),
    recordedAt: recordedAt(),
    data: jsonb('data').notNull(),
  },
  (t) => [index('intakes_person_time').on(t.personId, t.recordedAt)],
);

/** Each red-flag screening with its triage outcome as decided when it was taken. */
export const screenings = pgTable(
  'screenings',
  {
    id: uuid('id').primaryKey(),
    seq: seq(),
    personId: personId(),
    recordedAt: recordedAt(),
    ageBand: text('age_band').notNull(),
    level: text('level').notNull(),
    programme: text('programme').notNull(),
    outcome: jsonb('outcome').notNull(),
  },
  (t) => [index('screenings_person_time').on(t.personId, t.recordedAt)],
);

/** Every screening answer on its own row, with its time (issue 4: "store every answer"). */
export const screeningAnswers = pgTable(
  'screening_answers',
  {
    id: uuid('id').primaryKey(),
    screeningId: uuid('screening_id')
      .notNull()
      .references(() => screenings.id),
    personId: personId(),
    recordedAt: recordedAt(),
    questionId: text('question_id').notNull(),
    answer: text('answer').notNull(),
  },
  (t) => [index('screening_answers_screening').on(t.screeningId)],
);

/** Self-test results per side; asymmetries are derived from them when read. */
export const selfTests = pgTable(
  'self_tests',
  {
    id: uuid('id').primaryKey(),
    seq: seq(),
    personId: personId(),
    recordedAt: recordedAt(),
    results: jsonb('results').notNull(),
  },
  (t) => [index('self_tests_person_time').on(t.personId, t.recordedAt)],
);

/** A contraindication checklist answered all "no": it unlocks its exercise for 28 days. */
export const checklistClearances = pgTable(
  'checklist_clearances',
  {
    id: uuid('id').primaryKey(),
    seq: seq(),
    personId: personId(),
    recordedAt: recordedAt(),
    checklistId: text('checklist_id').notNull(),
    answers: jsonb('answers').notNull(),
  },
  (t) => [index('checklist_clearances_person_time').on(t.personId, t.recordedAt)],
);

/** Per-exercise feedback after a session: rating, pain during, reps done. */
export const feedbackEvents = pgTable(
  'feedback_events',
  {
    id: uuid('id').primaryKey(),
    seq: seq(),
    personId: personId(),
    recordedAt: recordedAt(),
    /** The session's local day, "YYYY-MM-DD". */
    sessionDate: text('session_date').notNull(),
    exerciseId: text('exercise_id').notNull(),
    rating: text('rating').notNull(),
    pain: integer('pain').notNull(),
    repsDone: integer('reps_done'),
  },
  (t) => [index('feedback_events_person_time').on(t.personId, t.recordedAt)],
);

/**
 * The progression state after each feedback or undo, one row per step: the latest row is the
 * current state, and the earlier ones are its history.
 */
export const progressionStates = pgTable(
  'progression_states',
  {
    id: uuid('id').primaryKey(),
    seq: seq(),
    personId: personId(),
    recordedAt: recordedAt(),
    /** 'feedback' or 'undo'. */
    cause: text('cause').notNull(),
    state: jsonb('state').notNull(),
  },
  (t) => [index('progression_states_person_seq').on(t.personId, t.seq)],
);
