import { signedIn } from './support/accounts.ts';
import {
  CHECKLISTS_BY_ID,
  EQUIPMENT,
  MUSCLES,
  PHASES,
  EXERCISES,
  checklistOutcomeSchema,
  checklistSchema,
  doseNumbers,
  exerciseDetailSchema,
  exerciseListSchema,
  problemSchema,
} from '@psoas/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './support/test-app.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = (await signedIn(await createTestApp())).app;
});
afterAll(async () => {
  await app.close();
});

describe('GET /api/exercises', () => {
  it('lists the whole catalogue in the care method order', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/exercises' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = exerciseListSchema.parse(res.json());
    expect(body.total).toBe(EXERCISES.length);
    expect(body.items.map((e) => e.id).sort()).toEqual(EXERCISES.map((e) => e.id).sort());
    const ranks = body.items.map((e) => PHASES.indexOf(e.phase));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('serves the same bytes on repeated requests', async () => {
    const first = await app.inject({ method: 'GET', url: '/api/exercises' });
    const second = await app.inject({ method: 'GET', url: '/api/exercises' });
    expect(second.body).toBe(first.body);
  });

  it.each(PHASES)('filters by phase %s', async (phase) => {
    const res = await app.inject({ method: 'GET', url: `/api/exercises?phase=${phase}` });
    expect(res.statusCode).toBe(200);
    const body = exerciseListSchema.parse(res.json());
    const expected = EXERCISES.filter((e) => e.phase === phase).length;
    expect(body.total).toBe(expected);
    expect(body.items.every((e) => e.phase === phase)).toBe(true);
  });

  it.each(EQUIPMENT)('filters by equipment %s', async (equipment) => {
    const res = await app.inject({ method: 'GET', url: `/api/exercises?equipment=${equipment}` });
    const body = exerciseListSchema.parse(res.json());
    expect(body.total).toBe(EXERCISES.filter((e) => e.equipment.includes(equipment)).length);
    expect(body.items.every((e) => e.equipment.includes(equipment))).toBe(true);
  });

  it.each(MUSCLES)('filters by target muscle %s', async (muscle) => {
    const res = await app.inject({ method: 'GET', url: `/api/exercises?muscle=${muscle}` });
    const body = exerciseListSchema.parse(res.json());
    expect(body.total).toBe(EXERCISES.filter((e) => e.targetMuscles.includes(muscle)).length);
  });

  it('combines filters: every item matches all of them', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/exercises?phase=strengthen&muscle=glutes&level=2',
    });
    const body = exerciseListSchema.parse(res.json());
    expect(body.total).toBeGreaterThan(0);
    for (const e of body.items) {
      expect(e).toMatchObject({ phase: 'strengthen', level: 2 });
      expect(e.targetMuscles).toContain('glutes');
    }
  });

  it('searches names, other names and summaries, ignoring case and accents', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/exercises?q=NAVASANA' });
    const body = exerciseListSchema.parse(res.json());
    expect(body.items.map((e) => e.id)).toContain('boat-pose');
    const none = await app.inject({ method: 'GET', url: '/api/exercises?q=zzzz%20qqqq' });
    expect(exerciseListSchema.parse(none.json()).total).toBe(0);
  });

  it.each([
    ['an unknown phase', '/api/exercises?phase=yoga'],
    ['an empty phase', '/api/exercises?phase='],
    ['an unknown parameter', '/api/exercises?colour=red'],
    ['a level out of range', '/api/exercises?level=4'],
    ['a level that is not a number', '/api/exercises?level=hard'],
    ['an unknown muscle', '/api/exercises?muscle=biceps'],
    ['an overlong search', `/api/exercises?q=${'a'.repeat(101)}`],
    ['a blank search', '/api/exercises?q=%20%20'],
  ])('rejects %s with a 400 problem', async (_case, url) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = problemSchema.parse(res.json());
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors?.length).toBeGreaterThan(0);
  });
});

describe('GET /api/exercises/{id}', () => {
  it('returns the exercise with the evidence behind its dose', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/exercises/kneeling-hip-flexor-stretch',
    });
    expect(res.statusCode).toBe(200);
    const body = exerciseDetailSchema.parse(res.json());
    expect(body.phase).toBe('stretch');
    expect(body.dose.holdSeconds?.default).toBe(30);
    const cited = new Set(doseNumbers(body.dose).flatMap(({ range }) => range.evidence));
    expect(body.references.map((r) => r.id).sort()).toEqual([...cited].sort());
  });

  it('serves the locked abdominal release with its lock, so clients can gate it', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/exercises/abdominal-psoas-release' });
    expect(res.statusCode).toBe(200);
    const body = exerciseDetailSchema.parse(res.json());
    expect(body.pressesOnAbdomen).toBe(true);
    expect(body.lock?.checklist).toBe('abdominal-release');
  });

  it('answers an unknown id with a 404 problem naming the code', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/exercises/no-such-exercise' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problemSchema.parse(res.json())).toMatchObject({
      status: 404,
      code: 'EXERCISE_NOT_FOUND',
      instance: '/api/exercises/no-such-exercise',
    });
  });

  it.each([
    ['an overlong id', `/api/exercises/${'a'.repeat(200)}`],
    ['an encoded odd id', '/api/exercises/%00%ff'],
  ])('answers %s with a 4xx problem, never a 5xx', async (_case, url) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('contraindication checklists', () => {
  const checklist = CHECKLISTS_BY_ID['abdominal-release'];
  const allNo = Object.fromEntries(checklist.questions.map((q) => [q.id, 'no']));

  it('serves the questions', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/checklists/abdominal-release' });
    expect(res.statusCode).toBe(200);
    expect(checklistSchema.parse(res.json()).questions).toHaveLength(checklist.questions.length);
  });

  it('clears only when every answer is no', async () => {
    const cleared = await app.inject({
      method: 'POST',
      url: '/api/checklists/abdominal-release/answers',
      payload: { answers: allNo },
    });
    expect(checklistOutcomeSchema.parse(cleared.json())).toEqual({ cleared: true });

    const oneYes = await app.inject({
      method: 'POST',
      url: '/api/checklists/abdominal-release/answers',
      payload: { answers: { ...allNo, pregnancy: 'yes' } },
    });
    expect(checklistOutcomeSchema.parse(oneYes.json())).toEqual({
      cleared: false,
      yes: ['pregnancy'],
      unanswered: [],
    });

    const missing = await app.inject({
      method: 'POST',
      url: '/api/checklists/abdominal-release/answers',
      payload: { answers: { aneurysm: 'no' } },
    });
    const outcome = checklistOutcomeSchema.parse(missing.json());
    expect(outcome.cleared).toBe(false);
    if (!outcome.cleared) expect(outcome.unanswered).toHaveLength(checklist.questions.length - 1);
  });

  it.each([
    ['an unknown checklist', '/api/checklists/other/answers', { answers: {} }],
    [
      'an answer that is not yes or no',
      '/api/checklists/abdominal-release/answers',
      { answers: { hernia: 'maybe' } },
    ],
    ['an unknown field', '/api/checklists/abdominal-release/answers', { answers: {}, extra: 1 }],
    ['a missing body', '/api/checklists/abdominal-release/answers', undefined],
  ])('rejects %s with a 400 problem', async (_case, url, payload) => {
    const res = await app.inject({ method: 'POST', url, ...(payload ? { payload } : {}) });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
