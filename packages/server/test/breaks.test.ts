import { signedIn } from './support/accounts.ts';
import {
  EXERCISES,
  asInstant,
  breakEventsResponseSchema,
  breakSettingsResponseSchema,
  breakStateSummarySchema,
  breakStatsResponseSchema,
  defaultBreakSettings,
  detailedProblemSchema,
  initialBreakState,
  openSittingStretch,
  problemSchema,
  summariseDay,
  toWireEvent,
  transitionBreaks,
  type BreakEvent,
  type BreakLogEntry,
  type BreakSettings,
  type ClientBreakEventWire,
} from '@psoas/core';
import { count, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { advanceBreakState } from '../src/breaks/breaks.service.ts';
import { createCatalogueService } from '../src/catalogue/catalogue.service.ts';
import type { Db } from '../src/db/database.ts';
import {
  breakEvents,
  breakLog,
  breakSettings,
  breakStates,
  breakTargets,
  intakes,
} from '../src/db/schema.ts';
import { anIntake, fakeClock, post, type FakeClock } from './support/assessment-app.ts';
import { TEST_INSTANCE_ID } from './support/test-app.ts';
import { openTestDatabase } from './support/test-database.ts';

// Monday 23 November 2026; London is on UTC in winter, so local times read as UTC.
const at = (time: string, date = '2026-11-23') => asInstant(Date.parse(`${date}T${time}:00Z`));
const iso = (time: string, date?: string) => new Date(at(time, date)).toISOString();

type Harness = { app: FastifyInstance; db: Db; clock: FakeClock; personId: string };

/**
 * One real app on one fresh database for the file (a database takes seconds to create); every
 * test starts from empty break and intake tables and sets the clock itself.
 */
const clock = fakeClock(at('12:00'));
let harness: Harness | undefined;

beforeAll(async () => {
  const database = await openTestDatabase();
  const catalogue = await createCatalogueService(database.db, EXERCISES);
  const app = await buildApp({
    database,
    catalogue,
    instanceId: TEST_INSTANCE_ID,
    version: '0.0.0-test',
    now: clock.now,
  });
  const { app: acting, person } = await signedIn(app);
  harness = { app: acting, db: database.db, clock, personId: person.accountId };
});
afterAll(async () => {
  await harness?.app.close();
});

async function start(startAt: number = at('12:00')): Promise<Harness> {
  if (!harness) throw new Error('the app did not start');
  const { db } = harness;
  for (const table of [breakEvents, breakLog, breakStates, breakSettings, breakTargets, intakes]) {
    await db.delete(table);
  }
  clock.set(startAt);
  return harness;
}

async function rows(db: Db) {
  const [events] = await db.select({ n: count() }).from(breakEvents);
  const [log] = await db.select({ n: count() }).from(breakLog);
  const [states] = await db.select({ n: count() }).from(breakStates);
  return { events: events?.n ?? 0, log: log?.n ?? 0, states: states?.n ?? 0 };
}

async function storedLog(db: Db): Promise<unknown[]> {
  const found = await db.select().from(breakLog).orderBy(breakLog.seq);
  return found.map((r) => r.entry);
}

function wire(
  events: readonly BreakEvent[],
  prefix = 'evt',
): { id: string; event: ClientBreakEventWire }[] {
  return events.map((event, i) => ({
    id: `${prefix}-${String(i).padStart(4, '0')}`,
    event: toWireEvent(event) as ClientBreakEventWire,
  }));
}

const postEvents = (app: FastifyInstance, events: unknown[], source = 'cli') =>
  post(app, '/api/breaks/events', { source, events });

/** The scheduler fed the same events locally, as a client would: its log entries. */
function localRun(settings: BreakSettings, events: readonly BreakEvent[]) {
  const first = events[0];
  if (!first) throw new Error('no events');
  let state = initialBreakState(settings, first.now);
  const log: BreakLogEntry[] = [];
  for (const event of events) {
    const step = transitionBreaks(state, event);
    state = step.state;
    for (const o of step.outputs) if (o.kind === 'log') log.push(o.entry);
  }
  return { state, log };
}

/** A morning at the desk: a break taken, one snoozed, one skipped. */
const MORNING: BreakEvent[] = [
  { kind: 'activity', now: at('09:00') },
  { kind: 'tick', now: at('09:30') },
  { kind: 'break-taken', now: at('09:33'), minutes: 3, breakKind: 'walk' },
  { kind: 'tick', now: at('10:03') },
  { kind: 'snooze', now: at('10:04') },
  { kind: 'tick', now: at('10:09') },
  { kind: 'skip', now: at('10:10') },
  { kind: 'tick', now: at('10:40') },
  { kind: 'idle', now: at('10:50'), since: at('10:41') },
  { kind: 'activity', now: at('10:55') },
  { kind: 'meeting-start', now: at('11:00') },
  { kind: 'tick', now: at('11:25') },
];
const UTC_SETTINGS = defaultBreakSettings('UTC');

describe('break settings', () => {
  it('answers the defaults in UTC without an intake, then in the intake zone', async () => {
    const { app } = await start();
    const first = breakSettingsResponseSchema.parse(
      (await app.inject({ method: 'GET', url: '/api/breaks/settings' })).json(),
    );
    expect(first).toEqual({ settings: UTC_SETTINGS, isDefault: true });
    expect(first.settings).toMatchObject({ intervalMinutes: 30, breakMinutes: 2 });
    await post(app, '/api/intakes', anIntake());
    const res = await app.inject({ method: 'GET', url: '/api/breaks/settings' });
    expect(res.json()).toEqual({
      settings: defaultBreakSettings('Europe/London'),
      isDefault: true,
    });
  });

  it('stores settings, fills defaults and feeds them to the scheduler', async () => {
    const { app } = await start();
    const put = await app.inject({
      method: 'PUT',
      url: '/api/breaks/settings',
      payload: { intervalMinutes: 45, workingHours: { timeZone: 'UTC', start: '08:00' } },
    });
    expect(put.statusCode).toBe(200);
    const body = breakSettingsResponseSchema.parse(put.json());
    expect(body.isDefault).toBe(false);
    expect(body.settings).toMatchObject({ intervalMinutes: 45, breakMinutes: 2 });
    expect(body.settings.workingHours).toMatchObject({ start: '08:00', end: '17:00' });
    const again = await app.inject({ method: 'GET', url: '/api/breaks/settings' });
    expect(again.json()).toEqual(body);
    // The scheduler follows at once: sitting since the change (12:00), due 45 minutes later.
    const state = breakStateSummarySchema.parse(
      (await app.inject({ method: 'GET', url: '/api/breaks/state' })).json(),
    );
    expect(state).toMatchObject({ phase: 'sitting', nextDueAt: iso('12:45') });
  });

  it.each([
    [{ intervalMinutes: 5, workingHours: { timeZone: 'UTC' } }, 'body.intervalMinutes'],
    [{ workingHours: { timeZone: 'Mars/Base' } }, 'body.workingHours.timeZone'],
    [{ workingHours: { timeZone: 'UTC', start: '18:00' } }, 'body.workingHours.end'],
    [{ workingHours: { timeZone: 'UTC' }, snooze: { minutes: 5, extra: 1 } }, 'body.snooze'],
    [{}, 'body.workingHours'],
  ])('refuses %j naming %s, and stores nothing', async (payload, path) => {
    const { app, db } = await start();
    const res = await app.inject({ method: 'PUT', url: '/api/breaks/settings', payload });
    expect(res.statusCode).toBe(400);
    const body = problemSchema.parse(res.json());
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors?.map((e) => e.path)).toContain(path);
    const after = breakSettingsResponseSchema.parse(
      (await app.inject({ method: 'GET', url: '/api/breaks/settings' })).json(),
    );
    expect(after.isDefault).toBe(true);
    expect(await rows(db)).toEqual({ events: 0, log: 0, states: 0 });
  });
});

describe('POST /api/breaks/events', () => {
  it('replays a morning exactly as the client saw it and logs what the scheduler wrote', async () => {
    const { app, db } = await start();
    const res = await postEvents(app, wire(MORNING));
    expect(res.statusCode).toBe(200);
    const body = breakEventsResponseSchema.parse(res.json());
    expect(body).toMatchObject({ accepted: MORNING.length, duplicates: 0 });
    // The meeting holds the 11:25 reminder; the summary is ticked to 12:00 for the answer.
    expect(body.state.meeting).toEqual({ since: iso('11:00'), expiresAt: iso('15:00') });
    const local = localRun(UTC_SETTINGS, MORNING);
    expect(await storedLog(db)).toEqual(local.log);
    const kinds = local.log.map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['reminded', 'break-taken', 'snoozed', 'skipped', 'natural-break']),
    );
    expect(await rows(db)).toMatchObject({ events: MORNING.length, states: 1 });
    const [state] = await db.select().from(breakStates);
    expect(state?.lastClientAt?.getTime()).toBe(at('12:00'));
  });

  it('applies each event once when the same ids are posted again', async () => {
    const { app, db } = await start();
    const events = wire(MORNING);
    await postEvents(app, events.slice(0, 6));
    const before = await rows(db);
    const res = await postEvents(app, events);
    expect(breakEventsResponseSchema.parse(res.json())).toMatchObject({
      accepted: MORNING.length - 6,
      duplicates: 6,
    });
    const again = breakEventsResponseSchema.parse((await postEvents(app, events)).json());
    expect(again).toMatchObject({ accepted: 0, duplicates: MORNING.length });
    expect((await rows(db)).events).toBe(MORNING.length);
    expect(before.log).toBeGreaterThan(0);
    expect(await storedLog(db)).toEqual(localRun(UTC_SETTINGS, MORNING).log);
  });

  it('applies the events of a request in the order of their instants', async () => {
    const { app, db } = await start();
    const shuffled = wire(MORNING).reverse();
    expect((await postEvents(app, shuffled)).statusCode).toBe(200);
    expect(await storedLog(db)).toEqual(localRun(UTC_SETTINGS, MORNING).log);
  });

  it('applies a late event at the latest instant instead of moving the schedule back', async () => {
    const { app } = await start(at('10:05'));
    await postEvents(app, wire(MORNING.slice(0, 4), 'web'), 'web');
    // The terminal's break report comes after the tab's 10:03 reminder was posted.
    const late = wire([{ kind: 'break-taken', now: at('10:01'), minutes: 2, breakKind: 'stand' }]);
    const body = breakEventsResponseSchema.parse((await postEvents(app, late)).json());
    // At 10:03, not 10:01: read as a clock jump, 10:01 would move every deadline back.
    expect(body.state).toMatchObject({ phase: 'sitting', nextDueAt: iso('10:33') });
  });

  it('stores nothing when an event is more than 5 minutes ahead of the server clock', async () => {
    const { app, db } = await start();
    const events = wire([
      { kind: 'activity', now: at('11:59') },
      { kind: 'tick', now: at('12:06') },
    ]);
    const res = await postEvents(app, events);
    expect(res.statusCode).toBe(400);
    const body = detailedProblemSchema.parse(res.json());
    expect(body.code).toBe('BREAK_EVENT_IN_FUTURE');
    expect(body.details).toMatchObject({ ids: [events[1]?.id] });
    expect(await rows(db)).toEqual({ events: 0, log: 0, states: 0 });
  });

  it.each([
    [
      'an unknown kind',
      { source: 'cli', events: [{ id: 'abcdefgh', event: { kind: 'nap', now: iso('10:00') } }] },
    ],
    [
      'a short id',
      { source: 'cli', events: [{ id: 'abc', event: { kind: 'tick', now: iso('10:00') } }] },
    ],
    [
      'a bad instant',
      { source: 'cli', events: [{ id: 'abcdefgh', event: { kind: 'tick', now: 'soon' } }] },
    ],
    ['an unknown source', { source: 'fax', events: [] }],
    [
      'settings-changed',
      {
        source: 'web',
        events: [
          {
            id: 'abcdefgh',
            event: { kind: 'settings-changed', now: iso('10:00'), settings: UTC_SETTINGS },
          },
        ],
      },
    ],
    [
      'an extra field',
      {
        source: 'cli',
        events: [{ id: 'abcdefgh', event: { kind: 'tick', now: iso('10:00'), x: 1 } }],
      },
    ],
    [
      'an id twice',
      { source: 'cli', events: wire(MORNING.slice(0, 2)).map((e) => ({ ...e, id: 'same-id-1' })) },
    ],
    [
      'too many events',
      { source: 'cli', events: wire(Array.from({ length: 501 }, () => MORNING[0] as BreakEvent)) },
    ],
  ])('refuses %s with a validation problem and stores nothing', async (_, payload) => {
    const { app, db } = await start();
    const res = await post(app, '/api/breaks/events', payload);
    expect(res.statusCode).toBe(400);
    expect(problemSchema.parse(res.json()).code).toBe('VALIDATION_FAILED');
    expect(await rows(db)).toEqual({ events: 0, log: 0, states: 0 });
  });

  it('keeps concurrent posts of the same and of different events consistent', async () => {
    const { app, db } = await start();
    const events = wire(MORNING);
    const same = await Promise.all(Array.from({ length: 6 }, () => postEvents(app, events)));
    const bodies = same.map((r) => breakEventsResponseSchema.parse(r.json()));
    expect(bodies.reduce((sum, b) => sum + b.accepted, 0)).toBe(MORNING.length);
    expect(bodies.filter((b) => b.accepted > 0)).toHaveLength(1);
    const extra = Array.from({ length: 8 }, (_, i) =>
      wire([{ kind: 'tick', now: asInstant(at('11:30') + i * 60_000) }], `tick${i}`),
    );
    await Promise.all(extra.map((e) => postEvents(app, e)));
    expect((await rows(db)).events).toBe(MORNING.length + 8);
    expect(await storedLog(db)).toEqual(localRun(UTC_SETTINGS, MORNING).log);
  });
});

describe('GET /api/breaks/state', () => {
  it('ticks the stored copy to now for the answer without storing it', async () => {
    const { app, db, clock } = await start(at('09:10'));
    await postEvents(app, wire([{ kind: 'activity', now: at('09:05') }]));
    const logBefore = (await rows(db)).log;
    clock.set(at('09:40'));
    const res = await app.inject({ method: 'GET', url: '/api/breaks/state' });
    const state = breakStateSummarySchema.parse(res.json());
    expect(state).toMatchObject({
      phase: 'reminding',
      urgency: 'gentle',
      lastEventAt: iso('09:40'),
    });
    expect(state.routine?.steps.length).toBeGreaterThan(0);
    expect((await rows(db)).log).toBe(logBefore);
  });

  it('answers a fresh scheduler before any event', async () => {
    const { app, db } = await start();
    const state = breakStateSummarySchema.parse(
      (await app.inject({ method: 'GET', url: '/api/breaks/state' })).json(),
    );
    expect(state).toMatchObject({ phase: 'sitting', nextDueAt: iso('12:30'), routine: null });
    expect((await rows(db)).states).toBe(0);
  });
});

describe('GET /api/breaks/stats', () => {
  it("matches summariseDay over the same entries, with today's open stretch", async () => {
    const { app } = await start();
    await postEvents(app, wire(MORNING));
    const res = await app.inject({
      method: 'GET',
      url: '/api/breaks/stats?from=2026-11-23&to=2026-11-23',
    });
    expect(res.statusCode).toBe(200);
    const body = breakStatsResponseSchema.parse(res.json());
    const local = localRun(UTC_SETTINGS, MORNING);
    const ticked = transitionBreaks(local.state, { kind: 'tick', now: at('12:00') });
    const open = openSittingStretch(ticked.state, at('12:00'));
    const entries = [
      ...local.log,
      ...ticked.outputs.flatMap((o) => (o.kind === 'log' ? [o.entry] : [])),
      ...(open ? [open] : []),
    ];
    const expected = summariseDay({
      entries,
      date: '2026-11-23',
      timeZone: 'UTC',
      standingTargetMinutes: 120,
      sedentaryBudgetMinutes: 480,
    });
    expect(body.days).toEqual([expected]);
    expect(expected).toMatchObject({
      breaksTaken: 1,
      snoozed: 1,
      naturalBreaks: 1,
      walkingMinutes: 3,
    });
    // 09:33 to the absence at 10:41; the stretch since 10:55 is still open at noon (65).
    expect(expected.longestSittingMinutes).toBe(68);
    expect(body.weeks).toHaveLength(1);
    expect(body.weeks[0]).toMatchObject({ from: '2026-11-23', to: '2026-11-23', breaksTaken: 1 });
  });

  it('defaults to the 28 days up to today in four weeks', async () => {
    const { app } = await start();
    const body = breakStatsResponseSchema.parse(
      (await app.inject({ method: 'GET', url: '/api/breaks/stats' })).json(),
    );
    expect(body).toMatchObject({ from: '2026-10-27', to: '2026-11-23', timeZone: 'UTC' });
    expect(body.days).toHaveLength(28);
    expect(body.weeks.map((w) => [w.from, w.to])).toEqual([
      ['2026-10-27', '2026-11-02'],
      ['2026-11-03', '2026-11-09'],
      ['2026-11-10', '2026-11-16'],
      ['2026-11-17', '2026-11-23'],
    ]);
    expect(body.suggestedStandingTargetMinutes).toBe(120);
  });

  it('files each day by the local date of the settings zone', async () => {
    const { app, clock } = await start(at('19:00', '2026-11-23'));
    // 09:00-17:00 on Tuesdays in Auckland (UTC+13) is Monday 20:00 to Tuesday 04:00 UTC.
    await app.inject({
      method: 'PUT',
      url: '/api/breaks/settings',
      payload: { workingHours: { timeZone: 'Pacific/Auckland', days: ['tuesday'] } },
    });
    const ticks: BreakEvent[] = Array.from({ length: 17 }, (_, i) => ({
      kind: 'tick',
      now: asInstant(at('20:00', '2026-11-23') + i * 30 * 60_000),
    }));
    clock.set(at('12:00', '2026-11-24'));
    await postEvents(app, wire(ticks));
    const res = await app.inject({
      method: 'GET',
      url: '/api/breaks/stats?from=2026-11-23&to=2026-11-24',
    });
    const body = breakStatsResponseSchema.parse(res.json());
    expect(body.timeZone).toBe('Pacific/Auckland');
    expect(body.days[0]).toMatchObject({ date: '2026-11-23', sittingMinutes: 0 });
    // One break offered at 09:30, then left unanswered every half hour until 16:30.
    expect(body.days[1]).toMatchObject({
      date: '2026-11-24',
      sittingMinutes: 480,
      breaksOffered: 1,
      skipped: 14,
    });
  });

  it.each([
    ['?from=2026-11-23&to=2026-11-01', 'querystring.from'],
    ['?from=2026-01-01&to=2026-03-31', 'querystring.from'],
    ['?from=2026-02-30', 'querystring.from'],
    ['?to=yesterday', 'querystring.to'],
    ['?days=3', 'querystring'],
  ])('refuses %s naming %s', async (query, path) => {
    const { app } = await start();
    const res = await app.inject({ method: 'GET', url: `/api/breaks/stats${query}` });
    expect(res.statusCode).toBe(400);
    const body = problemSchema.parse(res.json());
    expect(body.errors?.map((e) => e.path)).toContain(path);
  });
});

describe('advanceBreakState (for the push dispatcher)', () => {
  it('ticks the stored state under the lock and stores the reminder it fires', async () => {
    const { app, db, personId } = await start(at('09:10'));
    await postEvents(app, wire([{ kind: 'activity', now: at('09:05') }]));
    const advance = await advanceBreakState(db, personId, at('09:36'));
    expect(advance.outputs.filter((o) => o.kind === 'reminder')).toHaveLength(1);
    expect(advance.state.phase.kind).toBe('reminding');
    const [stored] = await db.select().from(breakStates).where(eq(breakStates.personId, personId));
    expect(stored?.lastClientAt?.getTime()).toBe(at('09:10'));
    expect((await storedLog(db)).at(-1)).toEqual({
      kind: 'reminded',
      at: at('09:36'),
      urgency: 'gentle',
      reason: 'due',
    });
    // Nothing is due again yet: a second tick at the same instant sends nothing.
    const again = await advanceBreakState(db, personId, at('09:36'));
    expect(again.outputs).toEqual([]);
  });
});

describe('OpenAPI', () => {
  it('documents the break endpoints', async () => {
    const { app } = await start();
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, unknown>;
    }>();
    for (const path of [
      '/api/breaks/settings',
      '/api/breaks/events',
      '/api/breaks/state',
      '/api/breaks/stats',
    ]) {
      expect(doc.paths).toHaveProperty([path]);
    }
  });
});
