import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

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

/*
 * Guided sessions (issue 5). A session log is written once per `Idempotency-Key`: a retried
 * request (the web app's offline queue, a CLI on a flaky network) finds its row and gets the
 * stored answer back, so a session is never lost and never counted twice.
 */
export const sessionLogs = pgTable(
  'session_logs',
  {
    id: uuid('id').primaryKey(),
    seq: seq(),
    personId: personId(),
    recordedAt: recordedAt(),
    idempotencyKey: text('idempotency_key').notNull(),
    /** SHA-256 of the canonical request body: the same key with another body is refused. */
    requestHash: text('request_hash').notNull(),
    /** The session's local day, "YYYY-MM-DD". */
    sessionDate: text('session_date').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }).notNull(),
    /** The request as validated (core's sessionLogRequestSchema). */
    data: jsonb('data').notNull(),
    /** The progression changes this session's feedback made, as answered the first time. */
    changes: jsonb('changes').notNull(),
  },
  (t) => [
    uniqueIndex('session_logs_person_key').on(t.personId, t.idempotencyKey),
    index('session_logs_person_time').on(t.personId, t.finishedAt),
  ],
);

/*
 * Sitting breaks (issue 6). Clients (web, terminal) run the scheduler for instant reminders and
 * post the events they fed it; the server feeds the same events to its own copy of the
 * scheduler, so it can remind by Web Push when no client is running and so the statistics come
 * from one log.
 */

/** The person's break settings (core's breakSettingsSchema, defaults filled in). */
export const breakSettings = pgTable('break_settings', {
  personId: text('person_id').primaryKey(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  data: jsonb('data').notNull(),
});

/** The server's copy of each person's scheduler state (core's BreakState). */
export const breakStates = pgTable('break_states', {
  personId: text('person_id').primaryKey(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  state: jsonb('state').notNull(),
  /** When a client (tab or terminal) last reported in: while one runs, it reminds, not push. */
  lastClientAt: timestamp('last_client_at', { withTimezone: true }),
});

/**
 * Every event a client posted, once: `clientEventId` is chosen by the client, so a retried post
 * is stored (and fed to the scheduler) only once.
 */
export const breakEvents = pgTable(
  'break_events',
  {
    id: uuid('id').primaryKey(),
    seq: seq(),
    personId: personId(),
    recordedAt: recordedAt(),
    clientEventId: text('client_event_id').notNull(),
    /** 'web', 'cli' or 'push' (a reply to a notification). */
    source: text('source').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    kind: text('kind').notNull(),
    data: jsonb('data').notNull(),
  },
  (t) => [
    uniqueIndex('break_events_person_client_id').on(t.personId, t.clientEventId),
    index('break_events_person_at').on(t.personId, t.at),
  ],
);

/** The scheduler's log entries (core's BreakLogEntry): the statistics are computed from them. */
export const breakLog = pgTable(
  'break_log',
  {
    id: uuid('id').primaryKey(),
    seq: seq(),
    personId: personId(),
    /** The entry's start (`from`) or instant (`at`). */
    at: timestamp('at', { withTimezone: true }).notNull(),
    kind: text('kind').notNull(),
    entry: jsonb('entry').notNull(),
  },
  (t) => [index('break_log_person_at').on(t.personId, t.at)],
);

/**
 * Each change of the person's standing target and sedentary budget, with the instant it took
 * effect. Only ever inserted (with the settings, in their transaction), so a past day's
 * statistics are judged against the targets that day had, not today's. break_settings keeps
 * only the current settings; this is their history for the two numbers the statistics use.
 */
export const breakTargets = pgTable(
  'break_targets',
  {
    id: uuid('id').primaryKey(),
    seq: seq(),
    personId: personId(),
    effectiveAt: timestamp('effective_at', { withTimezone: true }).notNull(),
    standingTargetMinutes: integer('standing_target_minutes').notNull(),
    sedentaryBudgetMinutes: integer('sedentary_budget_minutes').notNull(),
  },
  (t) => [index('break_targets_person_at').on(t.personId, t.effectiveAt)],
);

/** Install-wide secrets made on first start, such as the Web Push (VAPID) key pair. */
export const appSecrets = pgTable('app_secrets', {
  name: text('name').primaryKey(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  value: jsonb('value').notNull(),
});

/** A browser's Web Push subscription; the endpoint is unique per browser profile. */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: uuid('id').primaryKey(),
    personId: personId(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    endpoint: text('endpoint').notNull(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    userAgent: text('user_agent'),
    /** False once the push service said the subscription is gone (404/410). */
    active: boolean('active').notNull().default(true),
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
    failureCount: integer('failure_count').notNull().default(0),
  },
  (t) => [uniqueIndex('push_subscriptions_endpoint').on(t.endpoint)],
);

/**
 * One row per reminder per subscription, inserted before sending: the unique index makes a
 * second process (or a retried job) find the row and not send again.
 */
export const pushDeliveries = pgTable(
  'push_deliveries',
  {
    id: uuid('id').primaryKey(),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => pushSubscriptions.id, { onDelete: 'cascade' }),
    personId: personId(),
    /** When the reminder was due. */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    reason: text('reason').notNull(),
    /** When the dispatcher took it; sentAt minus dueAt is the lateness. */
    claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** 'claimed', 'sent', 'failed' or 'gone'. */
    status: text('status').notNull(),
    statusCode: integer('status_code'),
  },
  (t) => [uniqueIndex('push_deliveries_once').on(t.subscriptionId, t.dueAt, t.reason)],
);

/*
 * Accounts (issue 7). Every person-owned row above carries the account's id as `person_id`;
 * rows written before accounts existed belong to 'local' and are adopted by the first account.
 * No password, session token or access token is stored in the clear: passwords as argon2id
 * hashes, tokens as SHA-256 hashes (they are long random strings, so a fast hash suffices).
 */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey(),
    /** Lower-cased; the unique index makes a second signup with the same email fail. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** 'person', 'practitioner' or 'admin' (core's ROLES). */
    role: text('role').notNull(),
    passwordHash: text('password_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('accounts_email').on(t.email)],
);

/** A browser's sign-in: the cookie holds the token, this row its hash. */
export const authSessions = pgTable(
  'auth_sessions',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** Moved forward on use; the session ends after a stretch of inactivity. */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    /** The hard end, however active the session is. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('auth_sessions_token').on(t.tokenHash),
    index('auth_sessions_account').on(t.accountId),
  ],
);

/** Personal access tokens (the CLI's credential). */
export const accessTokens = pgTable(
  'access_tokens',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('access_tokens_token').on(t.tokenHash),
    index('access_tokens_account').on(t.accountId),
  ],
);

/**
 * Failed sign-ins, for the rate limit: per email (whether or not an account has it, so the
 * limit itself does not tell) and per address. Rows older than the window are pruned.
 */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: uuid('id').primaryKey(),
    email: text('email').notNull(),
    address: text('address').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('login_failures_email_at').on(t.email, t.at),
    index('login_failures_address_at').on(t.address, t.at),
  ],
);

/** What happened to an account (sign-ins, failures, exports...), shown to its owner. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey(),
    seq: seq(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    address: text('address'),
    client: text('client'),
  },
  (t) => [index('audit_events_account_at').on(t.accountId, t.at)],
);
