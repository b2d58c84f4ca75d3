import {
  PHASES,
  STARTER_EXERCISES,
  exerciseDetailSchema,
  exerciseListSchema,
  problemSchema,
} from '@psoas/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './support/test-app.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await createTestApp();
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
    expect(body.total).toBe(STARTER_EXERCISES.length);
    expect(body.items.map((e) => e.id).sort()).toEqual(STARTER_EXERCISES.map((e) => e.id).sort());
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
    const expected = STARTER_EXERCISES.filter((e) => e.phase === phase).length;
    expect(body.total).toBe(expected);
    expect(body.items.every((e) => e.phase === phase)).toBe(true);
  });

  it.each([
    ['an unknown phase', '/api/exercises?phase=yoga'],
    ['an empty phase', '/api/exercises?phase='],
    ['an unknown parameter', '/api/exercises?colour=red'],
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
    expect(body.references.map((r) => r.id)).toEqual(body.dose.evidence);
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
