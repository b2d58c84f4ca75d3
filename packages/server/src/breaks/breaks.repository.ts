import { randomUUID } from 'node:crypto';
import {
  breakSettingsSchema,
  type BreakEvent,
  type BreakLogEntry,
  type BreakSettings,
  type BreakState,
} from '@psoas/core';
import { and, asc, desc, eq, gt, gte, inArray, lt, lte } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { breakEvents, breakLog, breakSettings, breakStates, breakTargets } from '../db/schema.ts';
import { sameTargets, targetsOf, type BreakTargetChange } from './break-targets.ts';
import {
  filedAt,
  storedBreakLogEntrySchema,
  storedBreakStateSchema,
} from './break-storage.schema.ts';

/**
 * Storage of break settings and the history of their targets, the server's copy of each
 * person's scheduler state, the events clients posted and the log the scheduler wrote.
 * Everything read back is parsed again.
 */

/** A transaction handle; every write below runs inside one. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

// ---------------------------------------------------------------- settings

export async function loadStoredSettings(
  db: Db | Tx,
  personId: string,
): Promise<BreakSettings | null> {
  const [row] = await db
    .select({ data: breakSettings.data })
    .from(breakSettings)
    .where(eq(breakSettings.personId, personId));
  return row ? breakSettingsSchema.parse(row.data) : null;
}

export async function storeSettings(
  tx: Tx,
  personId: string,
  settings: BreakSettings,
  at: Date,
): Promise<void> {
  await tx
    .insert(breakSettings)
    .values({ personId, updatedAt: at, data: settings })
    .onConflictDoUpdate({
      target: breakSettings.personId,
      set: { updatedAt: at, data: settings },
    });
}

// ---------------------------------------------------------------- targets

const targetColumns = {
  effectiveAt: breakTargets.effectiveAt,
  standingTargetMinutes: breakTargets.standingTargetMinutes,
  sedentaryBudgetMinutes: breakTargets.sedentaryBudgetMinutes,
};
const inEffectOrder = [asc(breakTargets.effectiveAt), asc(breakTargets.seq)];
const latestFirst = [desc(breakTargets.effectiveAt), desc(breakTargets.seq)];

function toTargetChange(row: {
  effectiveAt: Date;
  standingTargetMinutes: number;
  sedentaryBudgetMinutes: number;
}): BreakTargetChange {
  return {
    effectiveAt: row.effectiveAt.getTime(),
    standingTargetMinutes: row.standingTargetMinutes,
    sedentaryBudgetMinutes: row.sedentaryBudgetMinutes,
  };
}

/**
 * Appends the settings' targets to the history as of `at`, unless they are the latest recorded
 * already: settings are stored for every change (the interval, the working hours...), and the
 * history is of the two numbers the statistics judge by.
 */
export async function recordTargets(
  tx: Tx,
  personId: string,
  settings: BreakSettings,
  at: Date,
): Promise<void> {
  const targets = targetsOf(settings);
  const [latest] = await tx
    .select(targetColumns)
    .from(breakTargets)
    .where(eq(breakTargets.personId, personId))
    .orderBy(...latestFirst)
    .limit(1);
  if (latest && sameTargets(latest, targets)) return;
  await tx.insert(breakTargets).values({ id: randomUUID(), personId, effectiveAt: at, ...targets });
}

/**
 * The changes that decide the targets of the instants from `from` to `to`: the one in effect at
 * `from` and those after it, in the order they took effect. When none took effect by `from`
 * and none within, the earliest later one, which the statistics use for days before any.
 */
export async function listTargetChanges(
  db: Db,
  personId: string,
  from: Date,
  to: Date,
): Promise<BreakTargetChange[]> {
  const person = eq(breakTargets.personId, personId);
  const [atStart] = await db
    .select(targetColumns)
    .from(breakTargets)
    .where(and(person, lte(breakTargets.effectiveAt, from)))
    .orderBy(...latestFirst)
    .limit(1);
  const within = await db
    .select(targetColumns)
    .from(breakTargets)
    .where(and(person, gt(breakTargets.effectiveAt, from), lt(breakTargets.effectiveAt, to)))
    .orderBy(...inEffectOrder);
  const rows = atStart ? [atStart, ...within] : within;
  if (rows.length === 0) {
    const earliest = await db
      .select(targetColumns)
      .from(breakTargets)
      .where(person)
      .orderBy(...inEffectOrder)
      .limit(1);
    return earliest.map(toTargetChange);
  }
  return rows.map(toTargetChange);
}

// ---------------------------------------------------------------- state

export type StoredBreakState = {
  readonly state: BreakState;
  /** When a client (tab or terminal) last posted events; null if none ever did. */
  readonly lastClientAt: Date | null;
  readonly updatedAt: Date;
};

function toStoredState(row: typeof breakStates.$inferSelect): StoredBreakState {
  return {
    state: storedBreakStateSchema.parse(row.state),
    lastClientAt: row.lastClientAt,
    updatedAt: row.updatedAt,
  };
}

/** The stored state without a lock, for reads; null before the person's first use. */
export async function loadBreakState(
  db: Db | Tx,
  personId: string,
): Promise<StoredBreakState | null> {
  const [row] = await db.select().from(breakStates).where(eq(breakStates.personId, personId));
  return row ? toStoredState(row) : null;
}

/**
 * The stored state, locked until the transaction ends (SELECT ... FOR UPDATE), so two requests
 * or two server processes cannot both build on the same old state. On first use `initial`
 * is inserted first; ON CONFLICT DO NOTHING lets two first requests race without an error, and
 * both then wait for the one row lock.
 */
export async function lockBreakState(
  tx: Tx,
  personId: string,
  initial: () => Promise<BreakState>,
  at: Date,
): Promise<StoredBreakState> {
  let [row] = await tx
    .select()
    .from(breakStates)
    .where(eq(breakStates.personId, personId))
    .for('update');
  if (!row) {
    await tx
      .insert(breakStates)
      .values({ personId, updatedAt: at, state: await initial() })
      .onConflictDoNothing();
    [row] = await tx
      .select()
      .from(breakStates)
      .where(eq(breakStates.personId, personId))
      .for('update');
  }
  if (!row) throw new Error('break_states row missing right after its insert');
  return toStoredState(row);
}

export async function saveBreakState(
  tx: Tx,
  personId: string,
  state: BreakState,
  at: Date,
  clientAt: Date | null,
): Promise<void> {
  await tx
    .update(breakStates)
    .set({ state, updatedAt: at, ...(clientAt ? { lastClientAt: clientAt } : {}) })
    .where(eq(breakStates.personId, personId));
}

// ---------------------------------------------------------------- events and log

/** Of `clientIds`, those already stored for the person. */
export async function storedEventIds(
  tx: Tx,
  personId: string,
  clientIds: readonly string[],
): Promise<Set<string>> {
  if (clientIds.length === 0) return new Set();
  const rows = await tx
    .select({ id: breakEvents.clientEventId })
    .from(breakEvents)
    .where(
      and(eq(breakEvents.personId, personId), inArray(breakEvents.clientEventId, [...clientIds])),
    );
  return new Set(rows.map((r) => r.id));
}

export type NewBreakEvent = {
  readonly clientEventId: string;
  readonly source: string;
  readonly event: BreakEvent;
};

export async function insertBreakEvents(
  tx: Tx,
  personId: string,
  events: readonly NewBreakEvent[],
  recordedAt: Date,
): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(breakEvents).values(
    events.map((e) => ({
      id: randomUUID(),
      personId,
      recordedAt,
      clientEventId: e.clientEventId,
      source: e.source,
      at: new Date(e.event.now),
      kind: e.event.kind,
      data: e.event,
    })),
  );
}

export async function insertBreakLog(
  tx: Tx,
  personId: string,
  entries: readonly BreakLogEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(breakLog).values(
    entries.map((entry) => ({
      id: randomUUID(),
      personId,
      at: new Date(filedAt(entry)),
      kind: entry.kind,
      entry,
    })),
  );
}

/** Log entries filed at or after `from` and before `to`, in the order they were written. */
export async function listBreakLog(
  db: Db,
  personId: string,
  from: Date,
  to: Date,
): Promise<BreakLogEntry[]> {
  const rows = await db
    .select({ entry: breakLog.entry })
    .from(breakLog)
    .where(and(eq(breakLog.personId, personId), gte(breakLog.at, from), lt(breakLog.at, to)))
    .orderBy(asc(breakLog.seq));
  return rows.map((r) => storedBreakLogEntrySchema.parse(r.entry));
}
