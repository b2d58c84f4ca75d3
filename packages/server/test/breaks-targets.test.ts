import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  EXERCISES,
  EXPORT_KINDS,
  asInstant,
  breakStatsResponseSchema,
  importResponseSchema,
  personalExportSchema,
  toWireEvent,
  type BreakEvent,
  type BreakStatsResponse,
} from '@psoas/core';
import { asc, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { targetsAtEndOf, type BreakTargetChange } from '../src/breaks/break-targets.ts';
import { createCatalogueService } from '../src/catalogue/catalogue.service.ts';
import { MIGRATIONS_FOLDER, type Database } from '../src/db/database.ts';
import {
  breakEvents,
  breakLog,
  breakSettings,
  breakStates,
  breakTargets,
} from '../src/db/schema.ts';
import { signUpPerson, type TestPerson } from './support/accounts.ts';
import { fakeClock } from './support/assessment-app.ts';
import { TEST_INSTANCE_ID } from './support/test-app.ts';
import { openTestDatabase } from './support/test-database.ts';

/*
 * Break statistics judge each day by the targets it had (issue 7: "Break stats use today's
 * targets for past days, because the log does not record the target a day had").
 */

// November 2026 in UTC: Monday the 16th to Friday the 20th is the working week of the tests.
const at = (date: string, time: string) => asInstant(Date.parse(`${date}T${time}:00Z`));

const clock = fakeClock(at('2026-11-16', '07:00'));
let database: Database;
let app: FastifyInstance;
let ana: TestPerson;

beforeAll(async () => {
  database = await openTestDatabase();
  const catalogue = await createCatalogueService(database.db, EXERCISES);
  app = await buildApp({
    database,
    catalogue,
    instanceId: TEST_INSTANCE_ID,
    version: '0.0.0-test',
    now: clock.now,
  });
  ana = await signUpPerson(app, { email: 'ana@example.test' });
});
afterAll(async () => {
  await app.close();
});

/** Every test starts from a person without break data. */
async function reset(): Promise<void> {
  for (const table of [breakEvents, breakLog, breakStates, breakSettings, breakTargets]) {
    await database.db.delete(table);
  }
  clock.set(at('2026-11-16', '07:00'));
}

async function putTargets(
  person: TestPerson,
  when: number,
  targets: { standingTargetMinutes?: number; sedentaryBudgetMinutes?: number },
  extra: Record<string, unknown> = {},
): Promise<void> {
  clock.set(when);
  const res = await person.inject({
    method: 'PUT',
    url: '/api/breaks/settings',
    payload: { workingHours: { timeZone: 'UTC' }, ...targets, ...extra },
  });
  expect(res.statusCode, res.body).toBe(200);
}

let eventCount = 0;
async function postEvents(person: TestPerson, when: number, events: BreakEvent[]): Promise<void> {
  clock.set(when);
  const res = await person.inject({
    method: 'POST',
    url: '/api/breaks/events',
    payload: {
      source: 'cli',
      events: events.map((event) => ({
        id: `event-${String(eventCount++).padStart(4, '0')}`,
        event: toWireEvent(event),
      })),
    },
  });
  expect(res.statusCode, res.body).toBe(200);
}

/** A working day: at the desk from 09:00, a 45-minute walk reported at 11:00, gone at 17:30. */
async function workMorning(person: TestPerson, date: string): Promise<void> {
  await postEvents(person, at(date, '12:00'), [
    { kind: 'activity', now: at(date, '09:00') },
    { kind: 'break-taken', now: at(date, '11:00'), minutes: 45, breakKind: 'walk' },
  ]);
}
async function workEvening(person: TestPerson, date: string): Promise<void> {
  await postEvents(person, at(date, '18:00'), [{ kind: 'tick', now: at(date, '17:30') }]);
}

async function statsOf(person: TestPerson, from: string, to: string): Promise<BreakStatsResponse> {
  const res = await person.inject(`/api/breaks/stats?from=${from}&to=${to}`);
  expect(res.statusCode, res.body).toBe(200);
  return breakStatsResponseSchema.parse(res.json());
}

const dayOf = (stats: BreakStatsResponse, date: string) => {
  const day = stats.days.find((d) => d.date === date);
  if (!day) throw new Error(`no ${date} in the answer`);
  return day;
};

async function targetRows(personId: string) {
  return database.db
    .select()
    .from(breakTargets)
    .where(eq(breakTargets.personId, personId))
    .orderBy(asc(breakTargets.effectiveAt), asc(breakTargets.seq));
}

const WEEK = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];

/**
 * The week of the tests: targets 30 min standing and 16 h sedentary from Monday 08:00, raised
 * to 60 min and lowered to 4 h on Wednesday at 15:00, after that morning's walk. Every day has
 * the same 45 minutes of walking and about 7 h of sitting.
 */
async function recordWeek(person: TestPerson): Promise<void> {
  await putTargets(person, at('2026-11-16', '08:00'), {
    standingTargetMinutes: 30,
    sedentaryBudgetMinutes: 960,
  });
  for (const date of WEEK) {
    await workMorning(person, date);
    if (date === '2026-11-18') {
      await putTargets(person, at(date, '15:00'), {
        standingTargetMinutes: 60,
        sedentaryBudgetMinutes: 240,
      });
    }
    await workEvening(person, date);
  }
  clock.set(at('2026-11-20', '19:00'));
}

describe('break statistics with targets changed on day 3', () => {
  it('judges days 1-2 by the old targets and day 3 on by the new ones', async () => {
    await reset();
    await recordWeek(ana);
    const stats = await statsOf(ana, '2026-11-16', '2026-11-20');
    for (const date of WEEK) {
      const day = dayOf(stats, date);
      expect(day.standingMinutes, date).toBe(45);
      expect(day.sittingMinutes, date).toBeGreaterThan(240);
      expect(day.sittingMinutes, date).toBeLessThan(960);
    }
    for (const date of ['2026-11-16', '2026-11-17']) {
      expect(dayOf(stats, date), date).toMatchObject({
        standingTargetMinutes: 30,
        standingTargetMet: true,
        sedentaryBudgetMinutes: 960,
        sedentaryOverBudgetMinutes: 0,
      });
    }
    // Changed at 15:00: the target in effect at the end of the day counts for the whole day.
    for (const date of ['2026-11-18', '2026-11-19', '2026-11-20']) {
      const day = dayOf(stats, date);
      expect(day, date).toMatchObject({
        standingTargetMinutes: 60,
        standingTargetMet: false,
        sedentaryBudgetMinutes: 240,
      });
      expect(day.sedentaryOverBudgetMinutes, date).toBe(day.sittingMinutes - 240);
    }
    expect(stats.weeks).toHaveLength(1);
    expect(stats.weeks[0]).toMatchObject({ daysStandingTargetMet: 2, daysOverSedentaryBudget: 3 });
    // The answer's own target is the one in force now.
    expect(stats.standingTargetMinutes).toBe(60);
  });

  it('judges a range that ended before the change by the old targets', async () => {
    await reset();
    await recordWeek(ana);
    const stats = await statsOf(ana, '2026-11-16', '2026-11-17');
    expect(stats.days.map((d) => [d.standingTargetMinutes, d.standingTargetMet])).toEqual([
      [30, true],
      [30, true],
    ]);
    expect(stats.standingTargetMinutes).toBe(60);
  });

  it('gives days before the first known change that change, not the defaults', async () => {
    await reset();
    await recordWeek(ana);
    const stats = await statsOf(ana, '2026-11-12', '2026-11-16');
    expect(stats.days.map((d) => d.standingTargetMinutes)).toEqual([30, 30, 30, 30, 30]);
    expect(stats.days.map((d) => d.sedentaryBudgetMinutes)).toEqual([960, 960, 960, 960, 960]);
    // A range wholly before the history begins: the earliest change still.
    const earlier = await statsOf(ana, '2026-11-02', '2026-11-08');
    expect(new Set(earlier.days.map((d) => d.standingTargetMinutes))).toEqual(new Set([30]));
  });

  it('uses the current settings for every day when no change is recorded', async () => {
    await reset();
    await putTargets(ana, at('2026-11-16', '08:00'), { standingTargetMinutes: 90 });
    await database.db.delete(breakTargets);
    const stats = await statsOf(ana, '2026-11-14', '2026-11-16');
    expect(stats.days.map((d) => d.standingTargetMinutes)).toEqual([90, 90, 90]);
    await database.db.delete(breakSettings);
    const defaults = await statsOf(ana, '2026-11-14', '2026-11-16');
    expect(defaults.days.map((d) => d.standingTargetMinutes)).toEqual([120, 120, 120]);
  });
});

describe('break_targets', () => {
  it('records the first settings and each change of the targets, not other changes', async () => {
    await reset();
    await putTargets(ana, at('2026-11-16', '08:00'), {});
    await putTargets(ana, at('2026-11-16', '09:00'), {}, { intervalMinutes: 45 });
    await putTargets(ana, at('2026-11-16', '10:00'), { standingTargetMinutes: 150 });
    await putTargets(ana, at('2026-11-16', '11:00'), { standingTargetMinutes: 150 });
    await putTargets(ana, at('2026-11-16', '12:00'), { sedentaryBudgetMinutes: 420 });
    const rows = await targetRows(ana.accountId);
    expect(
      rows.map((r) => [
        r.effectiveAt.toISOString(),
        r.standingTargetMinutes,
        r.sedentaryBudgetMinutes,
      ]),
    ).toEqual([
      ['2026-11-16T08:00:00.000Z', 120, 480],
      ['2026-11-16T10:00:00.000Z', 150, 480],
      ['2026-11-16T12:00:00.000Z', 120, 420],
    ]);
  });

  it('records nothing when the settings are refused', async () => {
    await reset();
    clock.set(at('2026-11-16', '08:00'));
    const res = await ana.inject({
      method: 'PUT',
      url: '/api/breaks/settings',
      payload: { workingHours: { timeZone: 'UTC' }, standingTargetMinutes: 5 },
    });
    expect(res.statusCode).toBe(400);
    expect(await targetRows(ana.accountId)).toEqual([]);
  });

  it('is exported, imported beside the account’s own history, and deleted with the account', async () => {
    await reset();
    await recordWeek(ana);
    const exported = await ana.inject('/api/me/export');
    expect(exported.statusCode).toBe(200);
    const file = personalExportSchema.parse(exported.json());
    expect(
      file.records.breakTargets.map((r) => [
        r.effectiveAt,
        r.standingTargetMinutes,
        r.sedentaryBudgetMinutes,
      ]),
    ).toEqual([
      ['2026-11-16T08:00:00.000Z', 30, 960],
      ['2026-11-18T15:00:00.000Z', 60, 240],
    ]);

    // Bo has a history of his own; only Ana's target history is brought in.
    const bo = await signUpPerson(app, { email: 'bo@example.test' });
    await putTargets(bo, at('2026-11-01', '08:00'), { standingTargetMinutes: 200 });
    const onlyTargets = personalExportSchema.parse({
      ...file,
      records: {
        ...Object.fromEntries(EXPORT_KINDS.map((kind) => [kind, []])),
        breakTargets: file.records.breakTargets,
      },
    });
    clock.set(at('2026-11-20', '19:00'));
    const imported = await bo.inject({
      method: 'POST',
      url: '/api/me/import',
      payload: onlyTargets,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(importResponseSchema.parse(imported.json()).imported.breakTargets).toBe(2);
    const boRows = await targetRows(bo.accountId);
    expect(boRows.map((r) => r.standingTargetMinutes)).toEqual([200, 30, 60]);
    const anaIds = new Set(file.records.breakTargets.map((r) => r.id));
    expect(boRows.some((r) => anaIds.has(r.id))).toBe(false);
    // Bo's statistics now follow the imported history.
    const stats = await statsOf(bo, '2026-11-17', '2026-11-18');
    expect(stats.days.map((d) => d.standingTargetMinutes)).toEqual([30, 60]);

    const deleted = await ana.inject({
      method: 'DELETE',
      url: '/api/me',
      payload: { password: ana.password },
    });
    expect(deleted.statusCode, deleted.body).toBeLessThan(300);
    expect(await targetRows(ana.accountId)).toEqual([]);
    expect(await targetRows(bo.accountId)).toHaveLength(3);
  });
});

describe('migration 0005', () => {
  it('starts the history of settings stored before it with their targets', async () => {
    await reset();
    const migration = readFileSync(join(MIGRATIONS_FOLDER, '0005_break_targets.sql'), 'utf8');
    const backfill = migration
      .split('--> statement-breakpoint')
      .find((statement) => statement.includes('INSERT INTO'));
    if (!backfill) throw new Error('0005 has no backfill');
    await database.db.insert(breakSettings).values([
      {
        personId: 'person-a',
        updatedAt: new Date('2026-10-01T08:00:00Z'),
        data: { standingTargetMinutes: 150, sedentaryBudgetMinutes: 420 },
      },
      { personId: 'person-b', updatedAt: new Date('2026-10-02T08:00:00Z'), data: {} },
    ]);
    await database.db.execute(sql.raw(backfill));
    const rows = await database.db.select().from(breakTargets).orderBy(asc(breakTargets.personId));
    expect(
      rows.map((r) => [
        r.personId,
        r.effectiveAt.toISOString(),
        r.standingTargetMinutes,
        r.sedentaryBudgetMinutes,
      ]),
    ).toEqual([
      ['person-a', '2026-10-01T08:00:00.000Z', 150, 420],
      ['person-b', '2026-10-02T08:00:00.000Z', 120, 480],
    ]);
  });
});

describe('targetsAtEndOf', () => {
  const current = { standingTargetMinutes: 120, sedentaryBudgetMinutes: 480 };
  const change = (effectiveAt: number, standing: number): BreakTargetChange => ({
    effectiveAt,
    standingTargetMinutes: standing,
    sedentaryBudgetMinutes: 480,
  });
  const changes = [change(100, 30), change(200, 60), change(200, 90), change(300, 150)];

  it.each([
    [50, 30, 'before any change: the earliest'],
    [100, 30, 'a change at the day end belongs to the next day'],
    [101, 30, 'the change just before the end'],
    [201, 90, 'of two at one instant, the later written'],
    [1_000, 150, 'after all: the latest'],
  ])('at %i gives %i (%s)', (dayEnd, standing) => {
    expect(targetsAtEndOf(dayEnd, changes, current).standingTargetMinutes).toBe(standing);
  });

  it('gives the current settings without any change', () => {
    expect(targetsAtEndOf(1_000, [], current)).toEqual(current);
  });
});
