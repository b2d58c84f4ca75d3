import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@psoas/core';
import { createAccountSession, type AccountState } from './account-session.ts';
import { createJsonRequester, parseRetryAfter } from './json-request.ts';

const anything = { safeParse: (data: unknown) => ({ success: true as const, data }) };

const me = (csrfToken: string): MeResponse => ({
  account: {
    id: 'acc-1',
    email: 'ana@example.com',
    name: 'Ana',
    role: 'person',
    createdAt: '2025-03-01T09:00:00.000Z',
  },
  csrfToken,
});

const signedIn = (token: string): AccountState => ({
  status: 'signed-in',
  account: me(token).account,
  csrfToken: token,
});

const problem = (status: number, code: string, headers: Record<string, string> = {}) =>
  new Response(
    JSON.stringify({ type: 'urn:x', title: 't', status, detail: `detail ${code}`, code }),
    { status, headers: { 'content-type': 'application/problem+json', ...headers } },
  );

const ok = (body: unknown) =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });

type Call = { url: string; method: string; csrf: string | null };

/** A fake server: answers from `respond`, recording each call's method and CSRF header. */
function server(respond: (call: Call, index: number) => Response) {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    const call = {
      url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      method: init?.method ?? 'GET',
      csrf: headers.get('x-csrf-token'),
    };
    calls.push(call);
    return Promise.resolve(respond(call, calls.length - 1));
  };
  return { fetch, calls };
}

describe('json-request and the CSRF token', () => {
  it('sends the token on every write and never on a GET', async () => {
    const session = createAccountSession(signedIn('tok-1'));
    const { fetch, calls } = server(() => ok({}));
    const call = createJsonRequester({ fetch, session });
    await call('/api/plan', anything);
    await call('/api/breaks/events', anything, { method: 'POST', body: {} });
    await call('/api/breaks/settings', anything, { method: 'PUT', body: {} });
    await call('/api/me', anything, { method: 'DELETE', body: { password: 'x' } });
    expect(calls.map((c) => [c.method, c.csrf])).toEqual([
      ['GET', null],
      ['POST', 'tok-1'],
      ['PUT', 'tok-1'],
      ['DELETE', 'tok-1'],
    ]);
  });

  it('sends no token while signed out', async () => {
    const session = createAccountSession({ status: 'signed-out' });
    const { fetch, calls } = server(() => ok({}));
    await createJsonRequester({ fetch, session })('/api/auth/login', anything, {
      method: 'POST',
      body: {},
    });
    expect(calls[0]?.csrf).toBeNull();
  });

  it('on 403 CSRF_TOKEN_INVALID asks GET /api/me once and retries with the new token', async () => {
    const session = createAccountSession(signedIn('stale'));
    const { fetch, calls } = server((call) => {
      if (call.url === '/api/me') return ok(me('fresh'));
      return call.csrf === 'fresh' ? ok({ saved: true }) : problem(403, 'CSRF_TOKEN_INVALID');
    });
    const result = await createJsonRequester({ fetch, session })('/api/sessions', anything, {
      method: 'POST',
      body: {},
    });
    expect(result).toEqual({ saved: true });
    expect(calls.map((c) => `${c.method} ${c.url} ${c.csrf}`)).toEqual([
      'POST /api/sessions stale',
      'GET /api/me null',
      'POST /api/sessions fresh',
    ]);
    expect(session.csrfToken()).toBe('fresh');
  });

  it('retries only once: a second refusal is the caller’s error', async () => {
    const session = createAccountSession(signedIn('stale'));
    const { fetch, calls } = server((call) =>
      call.url === '/api/me' ? ok(me('still-wrong')) : problem(403, 'CSRF_TOKEN_INVALID'),
    );
    await expect(
      createJsonRequester({ fetch, session })('/api/x', anything, { method: 'POST', body: {} }),
    ).rejects.toMatchObject({ code: 'CSRF_TOKEN_INVALID', status: 403 });
    expect(calls).toHaveLength(3);
  });

  it('shares one GET /api/me between writes refused at the same time', async () => {
    const session = createAccountSession(signedIn('stale'));
    const { fetch, calls } = server((call) => {
      if (call.url === '/api/me') return ok(me('fresh'));
      return call.csrf === 'fresh' ? ok({}) : problem(403, 'CSRF_TOKEN_INVALID');
    });
    const call = createJsonRequester({ fetch, session });
    await Promise.all([
      call('/api/a', anything, { method: 'POST', body: {} }),
      call('/api/b', anything, { method: 'POST', body: {} }),
    ]);
    expect(calls.filter((c) => c.url === '/api/me')).toHaveLength(1);
  });

  it('a 401 AUTHENTICATION_REQUIRED flips the session to signed out', async () => {
    const session = createAccountSession(signedIn('tok'));
    const { fetch } = server(() => problem(401, 'AUTHENTICATION_REQUIRED'));
    await expect(
      createJsonRequester({ fetch, session })('/api/plan', anything),
    ).rejects.toMatchObject({
      code: 'AUTHENTICATION_REQUIRED',
    });
    expect(session.getSnapshot()).toEqual({ status: 'signed-out' });
  });

  it('a 401 INVALID_CREDENTIALS (a wrong password) leaves the session as it is', async () => {
    const session = createAccountSession(signedIn('tok'));
    const { fetch } = server(() => problem(401, 'INVALID_CREDENTIALS'));
    await expect(
      createJsonRequester({ fetch, session })('/api/me', anything, {
        method: 'DELETE',
        body: { password: 'nope' },
      }),
    ).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(session.isSignedIn()).toBe(true);
  });

  it('carries Retry-After on the error', async () => {
    const session = createAccountSession({ status: 'signed-out' });
    const { fetch } = server(() => problem(429, 'TOO_MANY_ATTEMPTS', { 'retry-after': '840' }));
    await expect(
      createJsonRequester({ fetch, session })('/api/auth/login', anything, {
        method: 'POST',
        body: {},
      }),
    ).rejects.toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 840 });
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2025, 2, 5, 9, 0, 0);
  it.each([
    [null, null],
    ['120', 120],
    [' 7 ', 7],
    ['Wed, 05 Mar 2025 09:02:30 GMT', 150],
    ['Wed, 05 Mar 2025 08:00:00 GMT', 0],
    ['soon', null],
    ['-3', null],
  ])('%j is %j seconds', (header, seconds) => {
    expect(parseRetryAfter(header, now)).toBe(seconds);
  });
});
