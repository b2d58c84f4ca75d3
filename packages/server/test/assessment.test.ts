import { signedIn } from './support/accounts.ts';
import {
  CHECKLISTS_BY_ID,
  RED_FLAG_QUESTIONS,
  TRIAGE_ADVICE,
  detailedProblemSchema,
  intakeListSchema,
  intakeRecordSchema,
  screeningQuestionListSchema,
  screeningRecordSchema,
  selfTestListSchema,
  selfTestComparisonSchema,
  selfTestRecordSchema,
  type RedFlagId,
} from '@psoas/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LOCAL_PERSON,
  clearedChecklistsSince,
  insertClearance,
} from '../src/assessment/assessment.repository.ts';
import { anIntake, answers, createClockedApp, fakeClock, post } from './support/assessment-app.ts';
import { openTestDatabase } from './support/test-database.ts';

const clock = fakeClock();
let app: FastifyInstance;
beforeAll(async () => {
  app = (await signedIn(await createClockedApp(clock))).app;
});
afterAll(async () => {
  await app.close();
});

function problemOf(res: { json: () => unknown }) {
  return detailedProblemSchema.parse(res.json());
}

describe('intakes', () => {
  it('answers 404 INTAKE_MISSING before the first intake', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/intakes/latest' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problemOf(res).code).toBe('INTAKE_MISSING');
  });

  it('keeps every intake with its time, newest first', async () => {
    const first = await post(app, '/api/intakes', anIntake({ painNow: 4 }));
    expect(first.statusCode).toBe(201);
    const stored = intakeRecordSchema.parse(first.json());
    expect(stored.recordedAt).toBe(new Date(clock.now()).toISOString());
    expect(stored.intake.symptoms.painNow).toBe(4);

    clock.advanceDays(1);
    const second = intakeRecordSchema.parse(
      (await post(app, '/api/intakes', anIntake({ painNow: 2 }))).json(),
    );
    const list = intakeListSchema.parse(
      (await app.inject({ method: 'GET', url: '/api/intakes' })).json(),
    );
    expect(list.items.map((i) => i.id)).toEqual([second.id, stored.id]);
    const latest = intakeRecordSchema.parse(
      (await app.inject({ method: 'GET', url: '/api/intakes/latest' })).json(),
    );
    expect(latest.id).toBe(second.id);
  });

  it('orders intakes given at the same instant by the order they came in', async () => {
    const a = intakeRecordSchema.parse((await post(app, '/api/intakes', anIntake())).json());
    const b = intakeRecordSchema.parse((await post(app, '/api/intakes', anIntake())).json());
    expect(a.recordedAt).toBe(b.recordedAt);
    const latest = intakeRecordSchema.parse(
      (await app.inject({ method: 'GET', url: '/api/intakes/latest' })).json(),
    );
    expect(latest.id).toBe(b.id);
  });

  it.each([
    ['an unknown top-level field', { ...anIntake(), extra: 1 }, 'extra'],
    [
      'an unknown nested field',
      { ...anIntake(), habits: { ...anIntake().habits, coffee: 3 } },
      'coffee',
    ],
  ])('refuses %s with 400 naming it', async (_name, body, field) => {
    const res = await post(app, '/api/intakes', body);
    expect(res.statusCode).toBe(400);
    const problem = problemOf(res);
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(problem.errors)).toContain(field);
  });

  it('refuses an invalid answer with 400', async () => {
    const intake = anIntake();
    const res = await post(app, '/api/intakes', {
      ...intake,
      symptoms: { ...intake.symptoms, painNow: 11 },
    });
    expect(res.statusCode).toBe(400);
    expect(problemOf(res).errors?.[0]?.path).toBe('body.symptoms.painNow');
  });
});

describe('screening', () => {
  it('lists the red-flag questions in plain words', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/screening/questions' });
    const body = screeningQuestionListSchema.parse(res.json());
    expect(body.items).toHaveLength(RED_FLAG_QUESTIONS.length);
    expect(body.items.filter((q) => !q.required).map((q) => q.group)).toEqual(['D', 'D']);
    expect(body.items.every((q) => q.text.length > 10)).toBe(true);
  });

  it('answers 404 SCREENING_MISSING before the first screening', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/screenings/latest' });
    expect(res.statusCode).toBe(404);
    expect(problemOf(res).code).toBe('SCREENING_MISSING');
  });

  it('refuses an incomplete screening with 400 naming the missing ids', async () => {
    const partial: Partial<Record<RedFlagId, 'yes' | 'no'>> = answers();
    delete partial['a-bladder-control'];
    delete partial['c-weight-loss'];
    const res = await post(app, '/api/screenings', { answers: partial, ageBand: '35-50' });
    expect(res.statusCode).toBe(400);
    const problem = problemOf(res);
    expect(problem.code).toBe('SCREENING_INCOMPLETE');
    expect(problem.details?.unanswered).toEqual(['a-bladder-control', 'c-weight-loss']);
  });

  it('accepts a screening without the optional group D answers', async () => {
    const partial: Partial<Record<RedFlagId, 'yes' | 'no'>> = answers();
    delete partial['d-abdominal-vessels'];
    const res = await post(app, '/api/screenings', { answers: partial, ageBand: '35-50' });
    expect(res.statusCode).toBe(201);
  });

  it.each([
    ['an unknown field', { answers: answers(), ageBand: '35-50', note: 'x' }, 'note'],
    [
      'an unknown question id',
      { answers: { ...answers(), 'z-made-up': 'no' }, ageBand: '35-50' },
      'z-made-up',
    ],
  ])('refuses %s with 400', async (_name, body, field) => {
    const res = await post(app, '/api/screenings', body);
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(problemOf(res))).toContain(field);
  });

  it.each([
    [['a-bowel-control'], '35-50', 'emergency', 'stopped'],
    [['b-fever-or-unwell'], '35-50', 'same-day', 'stopped'],
    [['c-cancer-history', 'c-weight-loss'], '35-50', 'urgent', 'stopped'],
    [['c-cancer-history'], '51-64', 'urgent', 'stopped'],
    [['c-cancer-history'], '35-50', 'gentle', 'gentle'],
    [[], '35-50', 'clear', 'full'],
  ] as const)('triages yes to %j at age %s as %s', async (yes, ageBand, level, programme) => {
    const res = await post(app, '/api/screenings', { answers: answers(...yes), ageBand });
    expect(res.statusCode).toBe(201);
    const body = screeningRecordSchema.parse(res.json());
    expect(body.outcome.level).toBe(level);
    expect(body.outcome.programme).toBe(programme);
    expect(body.advice).toEqual(TRIAGE_ADVICE[level]);
    const latest = screeningRecordSchema.parse(
      (await app.inject({ method: 'GET', url: '/api/screenings/latest' })).json(),
    );
    expect(latest.id).toBe(body.id);
    // Read back from the per-answer rows.
    expect(latest.answers).toEqual(answers(...yes));
  });
});

describe('self-tests', () => {
  it('answers 404 SELF_TESTS_MISSING before the first', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/self-tests/latest' });
    expect(res.statusCode).toBe(404);
    expect(problemOf(res).code).toBe('SELF_TESTS_MISSING');
  });

  it('stores results per side and names the tighter side', async () => {
    const side = { thigh: 'below-horizontal', knee: 'hangs-down', thighDriftsOut: false };
    const res = await post(app, '/api/self-tests', {
      thomas: { left: { ...side, thigh: 'above-horizontal' }, right: side },
      bridgeHold: { left: { seconds: 40 }, right: { seconds: 20 } },
    });
    expect(res.statusCode).toBe(201);
    const body = selfTestRecordSchema.parse(res.json());
    expect(body.asymmetries.map((a) => [a.finding, a.side])).toEqual([
      ['hip-flexors-tighter', 'left'],
      ['bridge-weaker', 'right'],
    ]);
    const latest = selfTestRecordSchema.parse(
      (await app.inject({ method: 'GET', url: '/api/self-tests/latest' })).json(),
    );
    expect(latest).toEqual(body);
    const history = selfTestListSchema.parse(
      (await app.inject({ method: 'GET', url: '/api/self-tests' })).json(),
    );
    expect(history.items.map((i) => i.id)).toEqual([body.id]);
  });

  it('compares the latest self-tests with the first, once there are two', async () => {
    const only = await app.inject({ method: 'GET', url: '/api/self-tests/comparison' });
    expect(only.statusCode).toBe(404);
    expect(problemOf(only).code).toBe('SELF_TESTS_MISSING');

    const side = { thigh: 'below-horizontal', knee: 'hangs-down', thighDriftsOut: false };
    await post(app, '/api/self-tests', {
      thomas: { left: side, right: side },
      bridgeHold: { left: { seconds: 40 }, right: { seconds: 40 } },
    });
    const res = await app.inject({ method: 'GET', url: '/api/self-tests/comparison' });
    expect(res.statusCode).toBe(200);
    const body = selfTestComparisonSchema.parse(res.json());
    expect(body.first.id).not.toBe(body.latest.id);
    expect(body.evenedOut.map((a) => [a.finding, a.side])).toEqual([
      ['hip-flexors-tighter', 'left'],
      ['bridge-weaker', 'right'],
    ]);
    const thigh = body.changes.find((c) => c.test === 'thomas-thigh' && c.side === 'left');
    expect(thigh?.direction).toBe('better');
    const bridge = body.changes.find((c) => c.test === 'bridge-hold' && c.side === 'right');
    expect(bridge?.direction).toBe('better');
  });

  it('refuses a test done on one side only, and unknown fields', async () => {
    const one = await post(app, '/api/self-tests', { bridgeHold: { left: { seconds: 3 } } });
    expect(one.statusCode).toBe(400);
    const extra = await post(app, '/api/self-tests', { sitAndReach: {} });
    expect(extra.statusCode).toBe(400);
    expect(JSON.stringify(problemOf(extra))).toContain('sitAndReach');
  });
});

describe('checklist clearances', () => {
  const checklist = CHECKLISTS_BY_ID['abdominal-release'];
  const allNo: Record<string, 'yes' | 'no'> = Object.fromEntries(
    checklist.questions.map((q) => [q.id, 'no' as const]),
  );

  it('still answers the outcome, cleared or not', async () => {
    const cleared = await post(app, `/api/checklists/${checklist.id}/answers`, { answers: allNo });
    expect(cleared.json()).toEqual({ cleared: true });
    const first = checklist.questions[0]?.id ?? '';
    const locked = await post(app, `/api/checklists/${checklist.id}/answers`, {
      answers: { ...allNo, [first]: 'yes' },
    });
    expect(locked.json()).toMatchObject({ cleared: false, yes: [first] });
  });

  it('counts a stored clearance for 28 days only', async () => {
    const database = await openTestDatabase();
    try {
      const at = new Date(Date.UTC(2026, 0, 1));
      await insertClearance(database.db, LOCAL_PERSON, 'abdominal-release', allNo, at);
      const daysLater = (days: number) => new Date(at.getTime() - (28 - days) * 86_400_000);
      expect(await clearedChecklistsSince(database.db, LOCAL_PERSON, daysLater(27))).toEqual([
        'abdominal-release',
      ]);
      expect(await clearedChecklistsSince(database.db, LOCAL_PERSON, daysLater(28))).toEqual([]);
      expect(await clearedChecklistsSince(database.db, 'someone-else', daysLater(1))).toEqual([]);
    } finally {
      await database.close();
    }
  });
});

describe('OpenAPI', () => {
  it('documents the assessment and plan endpoints under their tags', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { tags?: string[] }>>;
    }>();
    expect(doc.paths['/api/intakes']?.post?.tags).toEqual(['assessment']);
    expect(doc.paths['/api/screenings']?.post?.tags).toEqual(['assessment']);
    expect(doc.paths['/api/self-tests']?.post?.tags).toEqual(['assessment']);
    expect(doc.paths['/api/plan']?.get?.tags).toEqual(['plan']);
    expect(doc.paths['/api/feedback']?.post?.tags).toEqual(['plan']);
    expect(doc.paths['/api/progression/undo']?.post?.tags).toEqual(['plan']);
  });
});
