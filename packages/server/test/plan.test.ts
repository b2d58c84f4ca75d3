import { actingAs, signedIn } from './support/accounts.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  TRIAGE_ADVICE,
  detailedProblemSchema,
  feedbackResponseSchema,
  planResponseSchema,
  planStoppedDetailsSchema,
  progressionStateSchema,
  rescreenDueDetailsSchema,
  undoResponseSchema,
  type RedFlagId,
} from '@psoas/core';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { localDate } from '../src/plan/plan.service.ts';
import {
  anIntake,
  answers,
  createClockedApp,
  fakeClock,
  post,
  type FakeClock,
} from './support/assessment-app.ts';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

async function start(clock: FakeClock = fakeClock()) {
  const app = await createClockedApp(clock);
  apps.push(app);
  return { app: (await signedIn(app)).app, clock };
}

async function getPlan(app: FastifyInstance, query = '') {
  return app.inject({ method: 'GET', url: `/api/plan${query}` });
}

function refusal(res: { statusCode: number; json: () => unknown }) {
  expect(res.statusCode).toBe(409);
  return detailedProblemSchema.parse(res.json());
}

async function screen(app: FastifyInstance, yes: RedFlagId[] = [], ageBand = '35-50') {
  const res = await post(app, '/api/screenings', { answers: answers(...yes), ageBand });
  expect(res.statusCode).toBe(201);
}

describe('GET /api/plan refusals', () => {
  it('refuses without an intake, then without a screening', async () => {
    const { app } = await start();
    expect(refusal(await getPlan(app)).code).toBe('INTAKE_MISSING');
    await post(app, '/api/intakes', anIntake());
    expect(refusal(await getPlan(app)).code).toBe('SCREENING_MISSING');
  });

  it.each([
    [['a-saddle-numbness'], 'emergency'],
    [['b-injury'], 'same-day'],
  ] as const)(
    'stops the plan after %j (%s), even after a new intake, until a screening clears it',
    async (yes, level) => {
      const { app, clock } = await start();
      await post(app, '/api/intakes', anIntake({ minutes: 10 }));
      await screen(app, [...yes]);

      const stopped = refusal(await getPlan(app));
      expect(stopped.code).toBe('PLAN_STOPPED_BY_TRIAGE');
      const details = planStoppedDetailsSchema.parse(stopped.details);
      expect(details.level).toBe(level);
      expect(details.advice).toEqual(TRIAGE_ADVICE[level]);
      expect(details.triggeredBy).toEqual(yes);

      clock.advanceDays(1);
      await post(app, '/api/intakes', anIntake({ minutes: 10 }));
      expect(refusal(await getPlan(app)).code).toBe('PLAN_STOPPED_BY_TRIAGE');
      expect(refusal(await getPlan(app, '?date=2027-01-01')).code).toBe('PLAN_STOPPED_BY_TRIAGE');

      clock.advanceDays(1);
      await screen(app);
      const res = await getPlan(app);
      expect(res.statusCode).toBe(200);
      const plan = planResponseSchema.parse(res.json());
      expect(plan.mode).toBe('full');
      expect(plan.budgetSeconds).toBe(600);
      for (const day of plan.week) {
        for (const session of day.sessions)
          expect(session.estimatedSeconds).toBeLessThanOrEqual(600);
      }
      expect(plan.today.sessions[0]?.items.length).toBeGreaterThan(0);
      expect(plan.today.sessions[0]?.items.every((i) => i.reason.length > 0)).toBe(true);
    },
  );

  it('treats two C answers, or one over 50, as stopped', async () => {
    const { app } = await start();
    await post(app, '/api/intakes', anIntake());
    await screen(app, ['c-cancer-history', 'c-upper-back']);
    expect(refusal(await getPlan(app)).details).toMatchObject({ level: 'urgent' });
    await screen(app, ['c-cancer-history'], '65-plus');
    expect(refusal(await getPlan(app)).details).toMatchObject({ level: 'urgent' });
  });

  it('asks for a new screening after 28 days', async () => {
    const { app, clock } = await start();
    await post(app, '/api/intakes', anIntake());
    await screen(app);
    clock.advanceDays(27);
    expect((await getPlan(app)).statusCode).toBe(200);
    clock.advanceDays(1);
    const due = refusal(await getPlan(app));
    expect(due.code).toBe('RESCREEN_DUE');
    expect(rescreenDueDetailsSchema.parse(due.details).reasons).toEqual(['interval-passed']);
    await screen(app);
    expect((await getPlan(app)).statusCode).toBe(200);
  });

  it('asks for a new screening when the pain in a new intake rose by 2', async () => {
    const { app, clock } = await start();
    await post(app, '/api/intakes', anIntake({ painNow: 3 }));
    await screen(app);
    clock.advanceDays(2);
    await post(app, '/api/intakes', anIntake({ painNow: 4 }));
    expect((await getPlan(app)).statusCode).toBe(200);
    clock.advanceDays(1);
    await post(app, '/api/intakes', anIntake({ painNow: 5 }));
    const due = refusal(await getPlan(app));
    expect(due.code).toBe('RESCREEN_DUE');
    expect(rescreenDueDetailsSchema.parse(due.details).reasons).toEqual(['pain-rose']);
    clock.advanceDays(1);
    await screen(app);
    expect((await getPlan(app)).statusCode).toBe(200);
  });

  it('asks for a new screening when the pain during a session rose by 2', async () => {
    const { app, clock } = await start();
    await post(app, '/api/intakes', anIntake({ painNow: 2 }));
    await screen(app);
    const plan = planResponseSchema.parse((await getPlan(app)).json());
    const item = plan.today.sessions[0]?.items[0];
    clock.advanceDays(1);
    const res = await post(app, '/api/feedback', {
      date: '2026-11-24',
      items: [{ exerciseId: item?.exerciseId, rating: 'too-hard', pain: 4 }],
    });
    expect(res.statusCode).toBe(200);
    expect(refusal(await getPlan(app)).code).toBe('RESCREEN_DUE');
  });
});

describe('GET /api/plan', () => {
  it('serves a gentle plan with a see-a-doctor notice after one C answer', async () => {
    const { app } = await start();
    await post(app, '/api/intakes', anIntake({ minutes: 5 }));
    await screen(app, ['c-morning-stiffness', 'd-pregnancy-age-surgery']);
    const plan = planResponseSchema.parse((await getPlan(app)).json());
    expect(plan.mode).toBe('gentle');
    expect(plan.notices.map((n) => n.code)).toEqual([
      'see-doctor-within-days',
      'professional-caution',
    ]);
    expect(plan.notices[0]?.text).toContain(TRIAGE_ADVICE.gentle.headline);
    expect(plan.today.sessions[0]?.estimatedSeconds).toBeLessThanOrEqual(300);
  });

  it('starts today in the intake time zone, or on the date asked', async () => {
    // 23:30 UTC on 23 November is already 24 November in Auckland.
    const clock = fakeClock(Date.UTC(2026, 10, 23, 23, 30));
    const { app } = await start(clock);
    const intake = anIntake();
    await post(app, '/api/intakes', {
      ...intake,
      about: { ...intake.about, timeZone: 'Pacific/Auckland' },
    });
    await screen(app);
    expect(planResponseSchema.parse((await getPlan(app)).json()).startDate).toBe('2026-11-24');
    const asked = planResponseSchema.parse((await getPlan(app, '?date=2026-12-07')).json());
    expect(asked.startDate).toBe('2026-12-07');
    expect(asked.week.map((d) => d.date)).toHaveLength(7);
    expect(asked.screening.dueBy).toBe(new Date(clock.now() + 28 * 86_400_000).toISOString());
  });

  it.each([['?date=2026-02-30'], ['?date=tomorrow'], ['?day=2026-01-01']])(
    'refuses the query %s with 400',
    async (query) => {
      const { app } = await start();
      const res = await getPlan(app, query);
      expect(res.statusCode).toBe(400);
      expect(detailedProblemSchema.parse(res.json()).code).toBe('VALIDATION_FAILED');
    },
  );

  it('suggests a clinician review after 4 weeks without improvement', async () => {
    const { app, clock } = await start();
    await post(app, '/api/intakes', anIntake({ painNow: 4 }));
    await screen(app);
    clock.advanceDays(28);
    await screen(app);
    await post(app, '/api/intakes', anIntake({ painNow: 4 }));
    const plan = planResponseSchema.parse((await getPlan(app)).json());
    expect(plan.notices.map((n) => n.code)).toContain('clinician-review-suggested');
  });
});

describe('localDate', () => {
  it('reads the calendar day of an instant in a time zone', () => {
    const instant = Date.UTC(2026, 0, 1, 2, 0);
    expect(localDate(instant, 'UTC')).toBe('2026-01-01');
    expect(localDate(instant, 'America/New_York')).toBe('2025-12-31');
  });
});

describe('feedback and progression', () => {
  it('progresses after three "too easy" sessions, explains it, and undoes it', async () => {
    const { app, clock } = await start();
    await post(app, '/api/intakes', anIntake({ painNow: 3 }));
    await screen(app);
    const plan = planResponseSchema.parse((await getPlan(app)).json());
    const stretch = plan.today.sessions[0]?.items.find((i) => i.phase === 'stretch');
    expect(stretch?.holdSeconds).not.toBeNull();

    const rate = async () => {
      clock.advanceDays(1);
      const res = await post(app, '/api/feedback', {
        date: localDate(clock.now(), 'Europe/London'),
        items: [{ exerciseId: stretch?.exerciseId, rating: 'too-easy', pain: 1 }],
      });
      expect(res.statusCode).toBe(200);
      return feedbackResponseSchema.parse(res.json()).changes;
    };
    expect(await rate()).toEqual([]);
    expect(await rate()).toEqual([]);
    const [change, ...more] = await rate();
    expect(more).toEqual([]);
    expect(change?.kind).toBe('lengthen-hold');
    expect(change?.explanation).toMatch(/undo/i);
    expect(change?.to.holdSeconds).toBeGreaterThan(stretch?.holdSeconds ?? 0);

    const longer = planResponseSchema.parse((await getPlan(app)).json());
    const after = longer.week
      .flatMap((d) => d.sessions.flatMap((s) => s.items))
      .find((i) => i.exerciseId === stretch?.exerciseId);
    expect(after?.holdSeconds).toBe(change?.to.holdSeconds);

    const state = progressionStateSchema.parse(
      (await app.inject({ method: 'GET', url: '/api/progression' })).json(),
    );
    expect(state.history.map((c) => c.seq)).toEqual([1]);

    const undo = await app.inject({ method: 'POST', url: '/api/progression/undo' });
    expect(undo.statusCode).toBe(200);
    const undone = undoResponseSchema.parse(undo.json());
    expect(undone.undone.seq).toBe(1);
    expect(undone.progression.history).toEqual([]);
    const back = planResponseSchema.parse((await getPlan(app)).json());
    const restored = back.week
      .flatMap((d) => d.sessions.flatMap((s) => s.items))
      .find((i) => i.exerciseId === stretch?.exerciseId);
    expect(restored?.holdSeconds).toBe(stretch?.holdSeconds);

    const nothing = await app.inject({ method: 'POST', url: '/api/progression/undo' });
    expect(refusal(nothing).code).toBe('NOTHING_TO_UNDO');
  });

  it.each([
    ['an unknown field', { date: '2026-11-23', items: [], mood: 'good' }, 'mood'],
    [
      'an unknown item field',
      {
        date: '2026-11-23',
        items: [{ exerciseId: 'glute-bridge', rating: 'too-easy', pain: 0, sets: 3 }],
      },
      'sets',
    ],
    [
      'a rating out of the list',
      { date: '2026-11-23', items: [{ exerciseId: 'glute-bridge', rating: 'meh', pain: 0 }] },
      'rating',
    ],
    [
      'pain above 10',
      { date: '2026-11-23', items: [{ exerciseId: 'glute-bridge', rating: 'too-easy', pain: 12 }] },
      'pain',
    ],
    ['no items', { date: '2026-11-23', items: [] }, 'items'],
  ])('refuses %s with 400 naming it', async (_name, body, field) => {
    const { app } = await start();
    const res = await post(app, '/api/feedback', body);
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(detailedProblemSchema.parse(res.json()))).toContain(field);
  });

  it('refuses an exercise that is not in the catalogue', async () => {
    const { app } = await start();
    const res = await post(app, '/api/feedback', {
      date: '2026-11-23',
      items: [{ exerciseId: 'no-such-exercise', rating: 'too-easy', pain: 0 }],
    });
    expect(res.statusCode).toBe(400);
    const problem = detailedProblemSchema.parse(res.json());
    expect(problem.code).toBe('UNKNOWN_EXERCISE');
    expect(problem.details).toEqual({ exerciseIds: ['no-such-exercise'] });
  });
});

describe('persistence', () => {
  it('keeps intakes, screenings, self-tests and progression across a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'psoas-plan-'));
    const clock = fakeClock();
    try {
      const unsigned = await createClockedApp(clock, { dataDir });
      const { app: first, person } = await signedIn(unsigned);
      await post(first, '/api/intakes', anIntake());
      await post(first, '/api/screenings', { answers: answers(), ageBand: '35-50' });
      const plan = planResponseSchema.parse((await getPlan(first)).json());
      const item = plan.today.sessions[0]?.items[0];
      await post(first, '/api/feedback', {
        date: '2026-11-23',
        items: [{ exerciseId: item?.exerciseId, rating: 'about-right', pain: 1 }],
      });
      await first.close();

      const restarted = await createClockedApp(clock, { dataDir });
      apps.push(restarted);
      // The same person, with the token made before the restart.
      const second = actingAs(restarted, person);
      const again = planResponseSchema.parse((await getPlan(second)).json());
      expect(again.intakeId).toBe(plan.intakeId);
      expect(again.screening.id).toBe(plan.screening.id);
      const state = progressionStateSchema.parse(
        (await second.inject({ method: 'GET', url: '/api/progression' })).json(),
      );
      expect(Object.keys(state.exercises)).toEqual([item?.exerciseId]);
    } finally {
      await Promise.all(apps.splice(0).map((app) => app.close()));
      await rm(dataDir, { recursive: true, force: true });
    }
    // Two starts on a data directory on disk: slow on a busy machine.
  }, 90_000);
});
