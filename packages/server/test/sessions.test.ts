import { signedIn } from './support/accounts.ts';
import {
  EXERCISES,
  detailedProblemSchema,
  planResponseSchema,
  progressionStateSchema,
  sessionLogListSchema,
  sessionLogSchema,
  type PlanItem,
  type SessionLogRequest,
} from '@psoas/core';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { createCatalogueService } from '../src/catalogue/catalogue.service.ts';
import { localDate } from '../src/plan/plan.service.ts';
import { hashRequest } from '../src/sessions/request-hash.ts';
import { storeSession, type SessionDeps } from '../src/sessions/session-log.service.ts';
import { anIntake, answers, fakeClock, post, type FakeClock } from './support/assessment-app.ts';
import { TEST_INSTANCE_ID } from './support/test-app.ts';
import { openTestDatabase } from './support/test-database.ts';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

type Started = {
  readonly app: FastifyInstance;
  readonly clock: FakeClock;
  /** The same parts the app runs on, for driving the service where HTTP cannot reach. */
  readonly deps: SessionDeps;
};

async function start(clock: FakeClock = fakeClock()): Promise<Started> {
  const database = await openTestDatabase();
  const catalogue = await createCatalogueService(database.db, EXERCISES);
  const app = await buildApp({
    database,
    catalogue,
    instanceId: TEST_INSTANCE_ID,
    version: '0.0.0-test',
    now: clock.now,
  });
  apps.push(app);
  const { app: acting, person } = await signedIn(app);
  return {
    app: acting,
    clock,
    deps: { db: database.db, catalogue, now: clock.now, personId: person.accountId },
  };
}

/** Intake and an all-clear screening, then the first stretch with a hold in today's plan. */
async function withPlan(app: FastifyInstance): Promise<PlanItem> {
  expect((await post(app, '/api/intakes', anIntake({ painNow: 3 }))).statusCode).toBe(201);
  const screening = await post(app, '/api/screenings', { answers: answers(), ageBand: '35-50' });
  expect(screening.statusCode).toBe(201);
  const plan = planResponseSchema.parse((await app.inject('/api/plan')).json());
  const stretch = plan.today.sessions[0]?.items.find(
    (i) => i.phase === 'stretch' && i.holdSeconds !== null,
  );
  if (!stretch) throw new Error('the plan has no stretch with a hold');
  return stretch;
}

/** A session of `item` on both sides that ended now, rated `rating` (none: no feedback). */
function aSession(
  clock: FakeClock,
  item: PlanItem,
  rating: 'too-easy' | 'about-right' | 'too-hard' | null = 'too-easy',
): SessionLogRequest {
  const finished = clock.now();
  const hold = item.holdSeconds;
  const planned = { sets: item.sets, repsPerSet: item.reps ?? 1, holdSeconds: hold };
  const done = {
    sets: item.sets,
    reps: item.sets * (item.reps ?? 1),
    heldSeconds: hold === null ? null : hold * item.sets * (item.reps ?? 1),
    skippedSteps: 0,
  };
  return {
    date: localDate(finished, 'Europe/London'),
    startedAt: new Date(finished - 12 * 60_000).toISOString(),
    finishedAt: new Date(finished).toISOString(),
    outcome: 'completed',
    plannedSeconds: item.estimatedSeconds,
    activeSeconds: item.estimatedSeconds,
    items: (['left', 'right'] as const).map((side) => ({
      exerciseId: item.exerciseId,
      side,
      planned,
      done,
    })),
    feedback: rating === null ? [] : [{ exerciseId: item.exerciseId, rating, pain: 1 }],
    painNow: 2,
    note: 'felt looser afterwards',
  };
}

let keys = 0;
/** A fresh, valid Idempotency-Key. */
function aKey(): string {
  keys += 1;
  return `session-key-${String(keys).padStart(4, '0')}`;
}

function postSession(
  app: FastifyInstance,
  body: unknown,
  key: string | null,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/api/sessions',
    headers: key === null ? {} : { 'idempotency-key': key },
    payload: body as object,
  });
}

async function listSessions(app: FastifyInstance, query = '') {
  const res = await app.inject(`/api/sessions${query}`);
  expect(res.statusCode).toBe(200);
  return sessionLogListSchema.parse(res.json()).sessions;
}

async function progression(app: FastifyInstance) {
  return progressionStateSchema.parse((await app.inject('/api/progression')).json());
}

function problemOf(res: LightMyRequestResponse, status: number) {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  return detailedProblemSchema.parse(res.json());
}

describe('POST /api/sessions', () => {
  it('stores a session, applies its feedback and answers 201 with a Location', async () => {
    const { app, clock } = await start();
    const item = await withPlan(app);
    const body = aSession(clock, item);
    const res = await postSession(app, body, aKey());
    expect(res.statusCode).toBe(201);
    const log = sessionLogSchema.parse(res.json());
    expect(res.headers.location).toBe(`/api/sessions/${log.id}`);
    expect(log).toEqual({
      id: log.id,
      recordedAt: new Date(clock.now()).toISOString(),
      ...body,
      changes: [],
    });

    const got = await app.inject(`/api/sessions/${log.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.json()).toEqual(res.json());
    expect((await progression(app)).exercises[item.exerciseId]?.tooEasyStreak).toBe(1);
  });

  it('answers a retry with the stored session, once, and the progression unchanged', async () => {
    const { app, clock } = await start();
    const item = await withPlan(app);
    const body = aSession(clock, item);
    const key = aKey();
    const first = await postSession(app, body, key);
    expect(first.statusCode).toBe(201);

    clock.set(clock.now() + 3_600_000);
    // The same body with its keys in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const retry = await postSession(app, reordered, key);
    expect(retry.statusCode).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.headers.location).toBeUndefined();
    expect(retry.json()).toEqual(first.json());
    expect(first.headers['idempotent-replayed']).toBeUndefined();

    expect(await listSessions(app)).toHaveLength(1);
    expect((await progression(app)).exercises[item.exerciseId]?.tooEasyStreak).toBe(1);
  });

  it('refuses the same key with another body with 422 and changes nothing', async () => {
    const { app, clock } = await start();
    const item = await withPlan(app);
    const key = aKey();
    const first = sessionLogSchema.parse(
      (await postSession(app, aSession(clock, item), key)).json(),
    );
    const before = await progression(app);

    const other = { ...aSession(clock, item, 'too-hard'), note: 'another session' };
    const problem = problemOf(await postSession(app, other, key), 422);
    expect(problem.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(problem.type).toBe('urn:psoas:problem:idempotency-key-reused');
    expect(problem.details).toEqual({ idempotencyKey: key, sessionId: first.id });

    expect((await listSessions(app)).map((s) => s.note)).toEqual(['felt looser afterwards']);
    expect(await progression(app)).toEqual(before);
  });

  it('stores two identical posts at the same moment once, with one progression step', async () => {
    const { app, clock } = await start();
    const item = await withPlan(app);
    const body = aSession(clock, item);
    const key = aKey();
    const both = await Promise.all([postSession(app, body, key), postSession(app, body, key)]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    expect(both[0]?.json()).toEqual(both[1]?.json());

    const stored = await listSessions(app);
    expect(stored.map((s) => s.id)).toEqual([sessionLogSchema.parse(both[0]?.json()).id]);
    // Applied twice, the streak would be 2.
    expect((await progression(app)).exercises[item.exerciseId]?.tooEasyStreak).toBe(1);
  });

  it('lets the loser of a race answer with the winner, its progression step rolled back', async () => {
    const { app, clock, deps } = await start();
    const item = await withPlan(app);
    const body = aSession(clock, item);
    const key = aKey();
    const winner = sessionLogSchema.parse((await postSession(app, body, key)).json());
    const before = await progression(app);

    // The loser passed its look-up before the winner committed: it goes straight to the write,
    // applies the feedback inside its transaction, and then meets the unique index.
    const loser = await storeSession(
      deps,
      { idempotencyKey: key, request: body },
      hashRequest(body),
    );
    expect(loser).toEqual({ ok: true, value: { log: winner, replayed: true } });
    expect(await progression(app)).toEqual(before);

    const other = { ...body, note: 'not the same' };
    const refused = await storeSession(
      deps,
      { idempotencyKey: key, request: other },
      hashRequest(other),
    );
    expect(refused.ok ? null : refused.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await progression(app)).toEqual(before);
    expect(await listSessions(app)).toHaveLength(1);
  });

  it.each([
    ['missing', null],
    ['too short', 'short'],
    ['with spaces', 'not a valid key at all'],
  ])('refuses a %s Idempotency-Key with 400 naming the header', async (_name, key) => {
    const { app, clock } = await start();
    const item = await withPlan(app);
    const problem = problemOf(await postSession(app, aSession(clock, item), key), 400);
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors?.map((e) => e.path)).toContain('headers.idempotency-key');
    expect(await listSessions(app)).toEqual([]);
    expect((await progression(app)).exercises).toEqual({});
  });

  it.each([
    ['an unknown field', (b: SessionLogRequest) => ({ ...b, mood: 'good' }), 'mood'],
    [
      'an unknown item field',
      (b: SessionLogRequest) => ({ ...b, items: [{ ...b.items[0], weight: 5 }] }),
      'weight',
    ],
    [
      'a finish before the start',
      (b: SessionLogRequest) => ({ ...b, finishedAt: '2020-01-01T00:00:00.000Z' }),
      'finishedAt',
    ],
    ['pain now above 10', (b: SessionLogRequest) => ({ ...b, painNow: 11 }), 'painNow'],
    [
      'a side out of the list',
      (b: SessionLogRequest) => ({ ...b, items: [{ ...b.items[0], side: 'up' }] }),
      'side',
    ],
  ])(
    'refuses %s with 400 naming it, stores nothing and keeps the key free',
    async (_n, broken, field) => {
      const { app, clock } = await start();
      const item = await withPlan(app);
      const body = aSession(clock, item);
      const key = aKey();
      const problem = problemOf(await postSession(app, broken(body), key), 400);
      expect(problem.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(problem)).toContain(field);
      expect(await listSessions(app)).toEqual([]);
      expect((await progression(app)).exercises).toEqual({});
      expect((await postSession(app, body, key)).statusCode).toBe(201);
    },
  );

  it('refuses exercises that are not in the catalogue, listing them', async () => {
    const { app, clock } = await start();
    const item = await withPlan(app);
    const body = aSession(clock, item);
    const broken = {
      ...body,
      items: [...body.items, { ...body.items[0], exerciseId: 'no-such-stretch' }],
      feedback: [...body.feedback, { exerciseId: 'no-such-bridge', rating: 'too-easy', pain: 0 }],
    };
    const problem = problemOf(await postSession(app, broken, aKey()), 400);
    expect(problem.code).toBe('UNKNOWN_EXERCISE');
    expect(problem.details).toEqual({ exerciseIds: ['no-such-stretch', 'no-such-bridge'] });
    expect(await listSessions(app)).toEqual([]);
    expect((await progression(app)).exercises).toEqual({});
  });

  it('stores a session without feedback and leaves the progression alone', async () => {
    const { app, clock } = await start();
    const item = await withPlan(app);
    const res = await postSession(app, aSession(clock, item, null), aKey());
    expect(res.statusCode).toBe(201);
    expect(sessionLogSchema.parse(res.json()).changes).toEqual([]);
    expect(await progression(app)).toEqual({ exercises: {}, ladders: {}, history: [] });
  });

  it('records a session while triage has stopped the programme', async () => {
    const { app, clock } = await start();
    const item = await withPlan(app);
    const stop = await post(app, '/api/screenings', {
      answers: answers('b-injury'),
      ageBand: '35-50',
    });
    expect(stop.statusCode).toBe(201);
    expect((await app.inject('/api/plan')).statusCode).toBe(409);
    expect((await postSession(app, aSession(clock, item), aKey())).statusCode).toBe(201);
    expect(await listSessions(app)).toHaveLength(1);
  });
});

describe('progression from the session log', () => {
  it('lengthens the hold after three "too easy" sessions, and a retry does not again', async () => {
    const { app, clock } = await start();
    const item = await withPlan(app);
    const session = async (key: string) => {
      const res = await postSession(app, aSession(clock, item), key);
      expect(res.statusCode).toBe(201);
      return sessionLogSchema.parse(res.json()).changes;
    };
    clock.advanceDays(1);
    expect(await session(aKey())).toEqual([]);
    clock.advanceDays(1);
    expect(await session(aKey())).toEqual([]);
    clock.advanceDays(1);
    const third = aKey();
    const [change, ...more] = await session(third);
    expect(more).toEqual([]);
    expect(change?.kind).toBe('lengthen-hold');
    expect(change?.to.holdSeconds).toBeGreaterThan(item.holdSeconds ?? 0);

    const plan = planResponseSchema.parse((await app.inject('/api/plan')).json());
    const after = plan.week
      .flatMap((d) => d.sessions.flatMap((s) => s.items))
      .find((i) => i.exerciseId === item.exerciseId);
    expect(after?.holdSeconds).toBe(change?.to.holdSeconds);

    const retry = await postSession(app, aSession(clock, item), third);
    expect(retry.statusCode).toBe(200);
    expect(sessionLogSchema.parse(retry.json()).changes).toEqual([change]);
    expect((await progression(app)).history.map((c) => c.seq)).toEqual([1]);
  });
});

describe('GET /api/sessions', () => {
  it('lists newest first, with a limit and a first day, and gets one by id', async () => {
    const { app, clock } = await start();
    const item = await withPlan(app);
    const ids: string[] = [];
    for (let day = 0; day < 3; day += 1) {
      clock.advanceDays(1);
      const res = await postSession(app, aSession(clock, item, 'about-right'), aKey());
      ids.push(sessionLogSchema.parse(res.json()).id);
    }
    const all = await listSessions(app);
    expect(all.map((s) => s.id)).toEqual([...ids].reverse());
    expect(all.map((s) => s.date)).toEqual(['2026-11-26', '2026-11-25', '2026-11-24']);
    expect((await listSessions(app, '?limit=2')).map((s) => s.id)).toEqual([ids[2], ids[1]]);
    expect((await listSessions(app, '?from=2026-11-25')).map((s) => s.id)).toEqual([
      ids[2],
      ids[1],
    ]);

    const one = await app.inject(`/api/sessions/${ids[1]}`);
    expect(sessionLogSchema.parse(one.json())).toEqual(all[1]);
  });

  it.each([['?limit=0'], ['?limit=201'], ['?from=2026-02-30'], ['?page=2']])(
    'refuses the query %s with 400',
    async (query) => {
      const { app } = await start();
      expect(problemOf(await app.inject(`/api/sessions${query}`), 400).code).toBe(
        'VALIDATION_FAILED',
      );
    },
  );

  it.each([['0b7c4a2e-6a54-4f3e-9a53-2d1f5e1c0a11'], ['not-a-uuid'], ['1']])(
    'answers 404 for the unknown or malformed id %s',
    async (id) => {
      const { app } = await start();
      expect(problemOf(await app.inject(`/api/sessions/${id}`), 404).code).toBe(
        'SESSION_NOT_FOUND',
      );
    },
  );
});

type OpenApiOperation = {
  readonly parameters?: unknown[];
  readonly requestBody?: unknown;
  readonly responses: Record<string, unknown>;
};
type OpenApiDoc = { readonly paths: Record<string, Record<string, OpenApiOperation>> };

describe('OpenAPI', () => {
  it('documents the session routes, their schemas and the Idempotency-Key header', async () => {
    const { app } = await start();
    const doc = (await app.inject('/api/openapi.json')).json<OpenApiDoc>();
    const create = doc.paths['/api/sessions']?.post;
    expect(create?.parameters).toContainEqual(
      expect.objectContaining({ in: 'header', name: 'idempotency-key', required: true }),
    );
    expect(JSON.stringify(create?.requestBody)).toContain('finishedAt');
    expect(Object.keys(create?.responses ?? {}).sort()).toEqual(['200', '201', '400', '422']);
    expect(doc.paths['/api/sessions']?.get?.parameters).toContainEqual(
      expect.objectContaining({ in: 'query', name: 'limit' }),
    );
    expect(Object.keys(doc.paths['/api/sessions/{id}']?.get?.responses ?? {}).sort()).toEqual([
      '200',
      '404',
    ]);
  });
});
