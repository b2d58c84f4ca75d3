import { describe, expect, it } from 'vitest';
import { aDetail } from '../test/support/exercises.ts';
import { createApiClient, filterQuery } from './api-client.ts';
import { CHECKLISTS_BY_ID, type ExerciseId } from '@psoas/core';
import { failureOf } from './test-support/failure-of.ts';

/** A fetch that answers every request with one canned response and records the URLs. */
function fakeFetch(
  status: number,
  body: string,
  seen: string[] = [],
  sent: (RequestInit | undefined)[] = [],
): typeof fetch {
  return (input, init) => {
    seen.push(input instanceof URL ? input.href : input instanceof Request ? input.url : input);
    sent.push(init);
    return Promise.resolve(new Response(body, { status }));
  };
}

const id = 'glute-bridge' as ExerciseId;

describe('createApiClient', () => {
  it('asks under the base path, with the phase in the query', async () => {
    const seen: string[] = [];
    const client = createApiClient({
      baseUrl: 'https://example.org/psoas',
      fetch: fakeFetch(200, JSON.stringify({ items: [], total: 0 }), seen),
    });
    await client.listExercises({ phase: 'stretch' });
    expect(seen).toEqual(['https://example.org/psoas/api/exercises?phase=stretch']);
  });

  it('sends every filter given, and only those', async () => {
    const seen: string[] = [];
    const client = createApiClient({
      baseUrl: 'http://x',
      fetch: fakeFetch(200, JSON.stringify({ items: [], total: 0 }), seen),
    });
    await client.listExercises({ equipment: 'none', muscle: 'psoas', level: 2, q: 'hip flexor' });
    const url = new URL(seen[0] ?? '');
    expect(url.pathname).toBe('/api/exercises');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      equipment: 'none',
      muscle: 'psoas',
      level: '2',
      q: 'hip flexor',
    });
  });

  it('fetches a checklist and posts the answers as JSON', async () => {
    const seen: string[] = [];
    const sent: (RequestInit | undefined)[] = [];
    const client = createApiClient({
      baseUrl: 'http://x',
      fetch: fakeFetch(200, JSON.stringify({ cleared: true }), seen, sent),
    });
    const answer = await client.answerChecklist('abdominal-release', { aneurysm: 'no' });
    expect(answer.data).toEqual({ cleared: true });
    expect(seen).toEqual(['http://x/api/checklists/abdominal-release/answers']);
    expect(sent[0]?.method).toBe('POST');
    const body = sent[0]?.body;
    expect(typeof body).toBe('string');
    expect(JSON.parse(typeof body === 'string' ? body : '')).toEqual({
      answers: { aneurysm: 'no' },
    });
  });

  it("parses a checklist with core's schema", async () => {
    const client = createApiClient({
      baseUrl: 'http://x',
      fetch: fakeFetch(200, JSON.stringify(CHECKLISTS_BY_ID['abdominal-release'])),
    });
    const answer = await client.getChecklist('abdominal-release');
    expect(answer.data.questions.length).toBeGreaterThan(0);
    const broken = createApiClient({ baseUrl: 'http://x', fetch: fakeFetch(200, '{"id":1}') });
    expect((await failureOf(broken.getChecklist('abdominal-release'))).kind).toBe(
      'unexpected-response',
    );
  });

  it('returns the parsed data and the JSON exactly as sent, unknown fields included', async () => {
    const sent = { ...aDetail('glute-bridge'), addedLater: true };
    const client = createApiClient({
      baseUrl: 'http://x',
      fetch: fakeFetch(200, JSON.stringify(sent)),
    });
    const answer = await client.getExercise(id);
    expect(answer.data.id).toBe('glute-bridge');
    expect(answer.json).toEqual(sent);
  });

  it('turns a problem+json answer into a problem failure', async () => {
    const problem = {
      type: 'urn:psoas:problem:exercise-not-found',
      title: 'Not found',
      status: 404,
      detail: 'No exercise has the id "nope".',
      code: 'EXERCISE_NOT_FOUND',
    };
    const client = createApiClient({
      baseUrl: 'http://x',
      fetch: fakeFetch(404, JSON.stringify(problem)),
    });
    const failure = await failureOf(client.getExercise(id));
    expect(failure.kind === 'problem' && failure.problem.code).toBe('EXERCISE_NOT_FOUND');
  });

  it.each([
    [200, 'not json'],
    [200, JSON.stringify({ items: 'wrong' })],
    [502, '<html>bad gateway</html>'],
    [500, JSON.stringify({ message: 'no problem shape' })],
  ])('reports an unexpected answer (%i %s)', async (status, body) => {
    const client = createApiClient({ baseUrl: 'http://x', fetch: fakeFetch(status, body) });
    const failure = await failureOf(client.listExercises({}));
    expect(failure.kind).toBe('unexpected-response');
  });

  it('reports a refused connection as unreachable, with the socket error code', async () => {
    const refused: typeof fetch = () =>
      Promise.reject(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }));
    const failure = await failureOf(
      createApiClient({ baseUrl: 'http://x', fetch: refused }).listExercises({}),
    );
    expect(failure).toEqual({
      kind: 'server-unreachable',
      url: 'http://x',
      reason: 'ECONNREFUSED',
    });
  });

  it('gives up after the timeout', async () => {
    const never: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('timed out', 'TimeoutError')),
        );
      });
    const client = createApiClient({ baseUrl: 'http://x', fetch: never, timeoutMs: 10 });
    expect((await failureOf(client.listExercises({}))).kind).toBe('server-timeout');
  });
});

describe('createApiClient with accounts', () => {
  const unauthenticated = {
    type: 'urn:psoas:problem:authentication-required',
    title: 'Unauthorized',
    status: 401,
    detail: 'Sign in first: this needs an account.',
    code: 'AUTHENTICATION_REQUIRED',
  };
  const headersOf = (init: RequestInit | undefined) => new Headers(init?.headers);

  it('sends the bearer token on every request, reading the credential once', async () => {
    const sent: (RequestInit | undefined)[] = [];
    let asked = 0;
    const client = createApiClient({
      baseUrl: 'http://x',
      fetch: fakeFetch(200, JSON.stringify({ items: [], total: 0 }), [], sent),
      credential: () => {
        asked += 1;
        return Promise.resolve({ kind: 'token', token: 'pat_1', source: 'file' });
      },
    });
    await client.listExercises({});
    await client.listExercises({});
    expect(sent.map((init) => headersOf(init).get('authorization'))).toEqual([
      'Bearer pat_1',
      'Bearer pat_1',
    ]);
    expect(asked).toBe(1);
  });

  it('sends no authorization header without a token', async () => {
    const sent: (RequestInit | undefined)[] = [];
    const client = createApiClient({
      baseUrl: 'http://x',
      fetch: fakeFetch(200, JSON.stringify({ items: [], total: 0 }), [], sent),
      credential: () => Promise.resolve({ kind: 'none', signedInTo: null }),
    });
    await client.listExercises({});
    expect(headersOf(sent[0]).has('authorization')).toBe(false);
  });

  it.each([
    [{ kind: 'none', signedInTo: null } as const, { reason: 'not-signed-in' }],
    [
      { kind: 'none', signedInTo: 'http://other' } as const,
      { reason: 'other-server', signedInTo: 'http://other' },
    ],
    [{ kind: 'token', token: 't', source: 'file' } as const, { reason: 'token-rejected' }],
    [{ kind: 'token', token: 't', source: 'env' } as const, { reason: 'env-token-rejected' }],
  ])('turns a 401 into sign-in-required, with why (%o)', async (credential, expected) => {
    const client = createApiClient({
      baseUrl: 'http://x',
      fetch: fakeFetch(401, JSON.stringify(unauthenticated)),
      credential: () => Promise.resolve(credential),
    });
    expect(await failureOf(client.getPlan())).toEqual({
      kind: 'sign-in-required',
      server: 'http://x',
      ...expected,
    });
  });

  it('keeps a wrong password a problem, not a hint to sign in', async () => {
    const wrong = { ...unauthenticated, code: 'INVALID_CREDENTIALS', detail: 'Wrong.' };
    const client = createApiClient({
      baseUrl: 'http://x',
      fetch: fakeFetch(401, JSON.stringify(wrong)),
    });
    const failure = await failureOf(
      client.createToken({ email: 'a@b.c', password: 'p', name: 'n' }),
    );
    expect(failure.kind === 'problem' && failure.problem.code).toBe('INVALID_CREDENTIALS');
  });

  it('passes on how long to wait after too many attempts', async () => {
    const problem = { ...unauthenticated, status: 429, code: 'TOO_MANY_ATTEMPTS' };
    const tooMany: typeof fetch = () =>
      Promise.resolve(
        new Response(JSON.stringify(problem), { status: 429, headers: { 'retry-after': '840' } }),
      );
    const client = createApiClient({ baseUrl: 'http://x', fetch: tooMany });
    expect(
      await failureOf(client.createToken({ email: 'a@b.c', password: 'p', name: 'n' })),
    ).toEqual({ kind: 'too-many-attempts', retryAfterSeconds: 840 });
  });

  it('logs out with a bodiless POST and takes the 204', async () => {
    const seen: string[] = [];
    const sent: (RequestInit | undefined)[] = [];
    const noContent: typeof fetch = (input, init) => {
      seen.push(input instanceof URL ? input.href : input instanceof Request ? input.url : input);
      sent.push(init);
      return Promise.resolve(new Response(null, { status: 204 }));
    };
    const client = createApiClient({
      baseUrl: 'http://x/base',
      fetch: noContent,
      credential: () => Promise.resolve({ kind: 'token', token: 'pat_1', source: 'file' }),
    });
    await client.logout();
    expect(seen).toEqual(['http://x/base/api/auth/logout']);
    expect(sent[0]?.method).toBe('POST');
    expect(sent[0]?.body).toBeUndefined();
    expect(headersOf(sent[0]).has('content-type')).toBe(false);
  });

  it('returns a CSV export as the server wrote it', async () => {
    const seen: string[] = [];
    const csv = 'id,date\r\n1,"2026-01-05"\r\n';
    const client = createApiClient({ baseUrl: 'http://x', fetch: fakeFetch(200, csv, seen) });
    expect(await client.exportCsv('sessionLogs')).toBe(csv);
    expect(seen).toEqual(['http://x/api/me/export?format=csv&kind=sessionLogs']);
  });
});

describe('filterQuery', () => {
  it('is empty without filters', () => {
    expect(filterQuery({})).toBe('');
    expect(filterQuery({ phase: undefined })).toBe('');
  });

  it('keeps a fixed order and encodes spaces and symbols', () => {
    expect(filterQuery({ q: 'a b&c', phase: 'stretch', level: 1 })).toBe(
      '?phase=stretch&level=1&q=a%20b%26c',
    );
  });
});
