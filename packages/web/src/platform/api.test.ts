import { EXERCISES, detailOf } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from './api.ts';

type Call = { url: string; init: RequestInit | undefined };

function fakeFetch(respond: (url: string) => Response): {
  fetch: typeof globalThis.fetch;
  calls: Call[];
} {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, init });
    return Promise.resolve(respond(url));
  };
  return { fetch, calls };
}

const json = (body: unknown, status = 200, type = 'application/json'): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

const glute = EXERCISES.find((exercise) => exercise.id === 'glute-bridge');
if (!glute) throw new Error('glute-bridge is missing from the starter catalogue');

describe('createApiClient', () => {
  it('lists exercises, passing the phase in the query', async () => {
    const { fetch, calls } = fakeFetch(() => json({ items: [glute], total: 1 }));
    const list = await createApiClient({ fetch }).listExercises('activate');
    expect(calls[0]?.url).toBe('/api/exercises?phase=activate');
    expect(list.items.map((item) => item.id)).toEqual(['glute-bridge']);
  });

  it('asks for the whole catalogue without a phase', async () => {
    const { fetch, calls } = fakeFetch(() => json({ items: [], total: 0 }));
    await createApiClient({ fetch, baseUrl: 'http://example.test' }).listExercises();
    expect(calls[0]?.url).toBe('http://example.test/api/exercises');
  });

  it('parses an exercise detail with its references', async () => {
    const { fetch } = fakeFetch(() => json(detailOf(EXERCISES, glute)));
    const detail = await createApiClient({ fetch }).getExercise('glute-bridge');
    expect(detail.references.length).toBeGreaterThan(0);
  });

  it('turns problem+json into an ApiError carrying the code and detail', async () => {
    const problem = {
      type: 'https://psoas.coach/problems/exercise-not-found',
      title: 'Exercise not found',
      status: 404,
      detail: 'No exercise has the id "nope".',
      code: 'EXERCISE_NOT_FOUND',
      instance: '/api/exercises/nope',
    };
    const { fetch } = fakeFetch(() => json(problem, 404, 'application/problem+json'));
    const error = await createApiClient({ fetch })
      .getExercise('nope')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'EXERCISE_NOT_FOUND', status: 404, problem });
    expect((error as ApiError).isNotFound()).toBe(true);
  });

  it('keeps the status when an error body is not a problem', async () => {
    const { fetch } = fakeFetch(() => new Response('Bad gateway', { status: 502 }));
    await expect(createApiClient({ fetch }).listExercises()).rejects.toMatchObject({
      code: 'HTTP_502',
      status: 502,
    });
  });

  it('reports an unreachable server as NETWORK_UNREACHABLE', async () => {
    const fetch: typeof globalThis.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(createApiClient({ fetch }).listExercises()).rejects.toMatchObject({
      code: 'NETWORK_UNREACHABLE',
      status: null,
    });
  });

  it('rejects a response that breaks the contract', async () => {
    const { fetch } = fakeFetch(() => json({ items: [{ id: 'Not A Slug' }], total: 1 }));
    await expect(createApiClient({ fetch }).listExercises()).rejects.toMatchObject({
      code: 'INVALID_RESPONSE',
    });
  });

  it('encodes the id into the path', async () => {
    const { fetch, calls } = fakeFetch(() =>
      json({ ...detailOf(EXERCISES, glute), references: [] }),
    );
    await createApiClient({ fetch }).getExercise('a/b');
    expect(calls[0]?.url).toBe('/api/exercises/a%2Fb');
  });
});
