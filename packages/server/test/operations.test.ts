import { problemSchema } from '@psoas/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_INSTANCE_ID, createTestApp } from './support/test-app.ts';
import { engineUnderTest } from './support/test-database.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('GET /healthz', () => {
  it('is ok only after asking the database', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ok',
      database: engineUnderTest,
      instanceId: TEST_INSTANCE_ID,
    });
  });
});

describe('GET /metrics', () => {
  it('counts requests and latencies by route template in Prometheus text format', async () => {
    await app.inject({ method: 'GET', url: '/api/exercises' });
    await app.inject({ method: 'GET', url: '/api/exercises/glute-bridge' });
    await app.inject({ method: 'GET', url: '/api/exercises/nope' });
    const res = await app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toMatch(
      /http_requests_total\{method="GET",route="\/api\/exercises\/:id",status_code="404"\} 1/,
    );
    expect(res.body).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/exercises",status_code="200"\} \d+/,
    );
    expect(res.body).toContain('process_resident_memory_bytes');
  });
});

describe('OpenAPI', () => {
  it('serves an OpenAPI 3.1 document generated from the request schemas', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{
      openapi: string;
      paths: Record<
        string,
        Record<string, { parameters?: { name: string; schema: { enum?: string[] } }[] }>
      >;
    }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/exercises', '/api/exercises/{id}', '/healthz']),
    );
    const phase = doc.paths['/api/exercises']?.get?.parameters?.find((p) => p.name === 'phase');
    expect(phase?.schema.enum).toContain('stretch');
  });

  it('serves human docs', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
  });
});

describe('errors', () => {
  it.each([
    ['GET', '/api/nothing-here'],
    ['POST', '/api/exercises'],
    ['DELETE', '/api/exercises/glute-bridge'],
    ['GET', '/not-a-page'],
  ] as const)('answers %s %s with a 404 problem', async (method, url) => {
    const res = await app.inject({ method, url, headers: { accept: 'application/json' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problemSchema.parse(res.json()).code).toBe('ROUTE_NOT_FOUND');
  });

  it('puts a request id on every response, keeping a sane one the client sent', async () => {
    const mine = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(mine.headers['x-request-id']).toBe('abc-123');
    const odd = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': '<script>' },
    });
    expect(odd.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
