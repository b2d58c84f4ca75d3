import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BREAK_EVENTS_MAX,
  EXERCISES,
  SESSION_COOKIE,
  SESSION_NOTE_MAX,
  breakEventsRequestSchema,
  problemSchema,
  sessionLogRequestSchema,
  type BreakEventsRequest,
  type SessionLogRequest,
} from '@psoas/core';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type AppDeps } from '../src/app.ts';
import { createCatalogueService } from '../src/catalogue/catalogue.service.ts';
import type { Database } from '../src/db/database.ts';
import { loggerOptions } from '../src/http/logging.ts';
import {
  CONTENT_SECURITY_POLICY,
  DOCS_CONTENT_SECURITY_POLICY,
} from '../src/http/security-headers.ts';
import { TEST_PASSWORD, signUpPerson, type TestPerson } from './support/accounts.ts';
import { openTestDatabase } from './support/test-database.ts';
import { TEST_INSTANCE_ID } from './support/test-app.ts';

/**
 * Hardening (issue 7): security headers on every answer, a trusted proxy, logs without secrets
 * or query strings, body limits and problem+json for every failure, even those Fastify raises
 * before a route runs.
 */

type LogLine = Record<string, unknown>;

/** A pino destination that keeps every line, parsed. */
function captureLogs(): { readonly stream: { write(line: string): void }; lines: string[] } {
  const lines: string[] = [];
  return { stream: { write: (line) => lines.push(line) }, lines };
}

type Started = { readonly app: FastifyInstance; readonly database: Database };

async function startApp(
  options: Pick<AppDeps, 'webDir' | 'trustProxy'> & {
    readonly logs?: { write(line: string): void };
  } = {},
): Promise<Started> {
  const database = await openTestDatabase();
  const catalogue = await createCatalogueService(database.db, EXERCISES);
  const app = await buildApp({
    database,
    catalogue,
    instanceId: TEST_INSTANCE_ID,
    version: '0.0.0-test',
    now: () => Date.UTC(2026, 10, 23, 9, 0, 0),
    webDir: options.webDir,
    trustProxy: options.trustProxy,
    logger: options.logs ? { ...loggerOptions('info'), stream: options.logs } : false,
  });
  return { app, database };
}

/** A built web app in miniature: the server only needs an index.html and a hashed asset. */
async function writeWebDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'psoas-hardening-web-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/app-1a2b3c.js"></script></head><body><div id="root"></div></body></html>',
  );
  await writeFile(join(dir, 'assets', 'app-1a2b3c.js'), 'export {};\n');
  return dir;
}

function expectProblem(response: LightMyRequestResponse, status: number, code?: string): void {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.headers['x-request-id']).toEqual(expect.any(String));
  const body = problemSchema.parse(response.json());
  expect(body.status).toBe(status);
  if (code !== undefined) expect(body.code).toBe(code);
}

const BIG = 64 * 1024;

// ------------------------------------------------------------------------- headers

describe('security headers', () => {
  let started: Started;
  let webDir: string;
  beforeAll(async () => {
    webDir = await writeWebDir();
    started = await startApp({ webDir });
  });
  afterAll(async () => {
    await started.app.close();
    await rm(webDir, { recursive: true, force: true });
  });

  const ANSWERS: readonly (readonly [string, InjectOptions])[] = [
    ['the API', { url: '/api/exercises' }],
    ['the health check', { url: '/healthz' }],
    ['the OpenAPI document', { url: '/api/openapi.json' }],
    ['the web app', { url: '/' }],
    ['a hashed asset', { url: '/assets/app-1a2b3c.js' }],
    ['the SPA fallback', { url: '/learn/anatomy', headers: { accept: 'text/html' } }],
    ['a missing file', { url: '/missing.png' }],
    ['an unknown API route', { url: '/api/no-such-route' }],
    ['a refused anonymous write', { method: 'POST', url: '/api/sessions', payload: {} }],
    [
      'malformed JSON',
      {
        method: 'POST',
        url: '/api/auth/login',
        payload: '{"email":',
        headers: { 'content-type': 'application/json' },
      },
    ],
    ['a malformed URL', { url: '/api/exercises/%E0%A4%A' }],
  ];

  it.each(ANSWERS)('are on %s', async (_name, request) => {
    const response = await started.app.inject(request);
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
      'permissions-policy': 'camera=(self), microphone=(), geolocation=()',
    });
    expect(response.headers['x-request-id']).toEqual(expect.any(String));
  });

  it('allow no inline or eval script, no plugin, no framing and no foreign origin', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((directive) => {
        const [name = '', ...sources] = directive.split(' ');
        return [name, sources] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|https?:|\*/);
  });

  it.each(['/api/docs', '/api/docs/', '/api/docs/static/swagger-ui.css'])(
    'give the API docs at %s inline styles, and nothing more',
    async (url) => {
      const response = await started.app.inject({ url });
      expect(response.statusCode).toBeLessThan(400);
      expect(response.headers['content-security-policy']).toBe(DOCS_CONTENT_SECURITY_POLICY);
      expect(DOCS_CONTENT_SECURITY_POLICY).toContain("style-src 'self' 'unsafe-inline'");
      expect(DOCS_CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
      expect(DOCS_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
      expect(response.headers['x-frame-options']).toBe('DENY');
    },
  );

  it('send no HSTS over plain HTTP, nor when an untrusted sender claims HTTPS', async () => {
    const plain = await started.app.inject({ url: '/api/exercises' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const claimed = await started.app.inject({
      url: '/api/exercises',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(claimed.headers['strict-transport-security']).toBeUndefined();
  });
});

// ------------------------------------------------------------------------- proxy

describe('behind a trusted TLS proxy (PSOAS_TRUST_PROXY)', () => {
  let started: Started;
  let person: TestPerson;
  beforeAll(async () => {
    // app.inject() comes from 127.0.0.1: that is the proxy here.
    started = await startApp({ trustProxy: ['127.0.0.1'] });
    person = await signUpPerson(started.app);
  });
  afterAll(async () => {
    await started.app.close();
  });

  async function login(headers: Record<string, string>): Promise<LightMyRequestResponse> {
    return started.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: person.email, password: TEST_PASSWORD },
      headers,
    });
  }

  it('sends HSTS when the proxy says the request came over HTTPS', async () => {
    const response = await started.app.inject({
      url: '/api/exercises',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(response.headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });

  it('marks the session cookie Secure over HTTPS only', async () => {
    const overTls = await login({ 'x-forwarded-proto': 'https' });
    expect(overTls.statusCode).toBe(200);
    expect(overTls.cookies.find((c) => c.name === SESSION_COOKIE)?.secure).toBe(true);
    const plain = await login({});
    expect(plain.statusCode).toBe(200);
    expect(plain.cookies.find((c) => c.name === SESSION_COOKIE)?.secure).toBeFalsy();
  });

  it('is not the default: without it a forwarded protocol is ignored', async () => {
    const untrusting = await startApp();
    try {
      const someone = await signUpPerson(untrusting.app);
      const response = await untrusting.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: someone.email, password: TEST_PASSWORD },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(response.cookies.find((c) => c.name === SESSION_COOKIE)?.secure).toBeFalsy();
    } finally {
      await untrusting.app.close();
    }
  });
});

// ------------------------------------------------------------------------- logs

describe('logs', () => {
  const logs = captureLogs();
  let started: Started;
  let person: TestPerson;
  const parsed = (): LogLine[] => logs.lines.map((line) => JSON.parse(line) as LogLine);

  beforeAll(async () => {
    started = await startApp({ logs: logs.stream });
    person = await signUpPerson(started.app, { password: 'secret-plum-kestrel-42' });
    logs.lines.length = 0;
  });
  afterAll(async () => {
    await started.app.close();
  });

  it('carry no credential, no body and no query string, and a request id on every line', async () => {
    const listed = await started.app.inject({
      url: '/api/exercises?q=secret-search-words',
      headers: {
        authorization: 'Bearer secret-token',
        cookie: `${SESSION_COOKIE}=secret-cookie`,
        'x-csrf-token': 'secret-csrf',
      },
    });
    const signIn = await started.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: person.email, password: 'secret-plum-kestrel-42' },
    });
    const refused = await started.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'secret@example.test', password: 'secret-wrong-password' },
    });
    // An unknown query parameter is refused (400), and still must not reach the log.
    const tokenUse = await person.inject({ url: '/api/me?secret=1' });
    expect([listed.statusCode, signIn.statusCode, refused.statusCode, tokenUse.statusCode]).toEqual(
      [200, 200, 401, 400],
    );

    const lines = parsed();
    expect(lines.length).toBeGreaterThanOrEqual(8);
    expect(logs.lines.join('\n')).not.toMatch(/secret/i);
    expect(logs.lines.join('\n')).not.toContain(person.token);
    for (const line of lines) expect(line['reqId']).toEqual(expect.any(String));

    const incoming = lines.filter((line) => line['msg'] === 'incoming request');
    expect(incoming.map((line) => (line['req'] as { url: string }).url)).toEqual([
      '/api/exercises',
      '/api/auth/login',
      '/api/auth/login',
      '/api/me',
    ]);
    expect(incoming[0]?.['reqId']).toBe(listed.headers['x-request-id']);
  });

  it('redact credentials and bodies even when code logs them', () => {
    started.app.log.info(
      {
        req: { headers: { authorization: 'Bearer secret', cookie: 'a=secret' }, body: 'secret' },
        res: { headers: { 'set-cookie': 'psoas_session=secret' } },
        headers: { 'x-csrf-token': 'secret' },
        body: { password: 'secret' },
        credentials: { password: 'secret', token: 'secret' },
      },
      'a careless debugging line',
    );
    const line = logs.lines.at(-1) ?? '';
    expect(line).toContain('a careless debugging line');
    expect(line).not.toContain('secret');
  });
});

// ------------------------------------------------------------------------- limits and problems

/** 17 significant digits and a three-digit exponent: 23 characters of JSON, within any [0, n]. */
const LONGEST_NUMBER = Number('1.2345678901234567e-300');

/** A session log at every bound of its schema: the largest valid body of POST /api/sessions. */
function largestSessionLog(): SessionLogRequest {
  // An id at its 80-character bound, and numbers with the longest JSON one can have.
  const longNumber = LONGEST_NUMBER;
  const id = (i: number): string => `${'a'.repeat(76)}${String(i).padStart(3, '0')}`.slice(0, 80);
  return {
    date: '2026-11-23',
    startedAt: '2026-11-23T08:00:00.000Z',
    finishedAt: '2026-11-23T08:59:59.999Z',
    outcome: 'ended-early',
    plannedSeconds: 21_600,
    activeSeconds: 43_200,
    items: Array.from({ length: 100 }, (_, i) => ({
      exerciseId: id(i),
      side: 'right' as const,
      planned: { sets: 20, repsPerSet: 200, holdSeconds: longNumber },
      done: { sets: 20, reps: 4000, heldSeconds: longNumber, skippedSteps: 1000 },
    })),
    feedback: Array.from({ length: 50 }, (_, i) => ({
      exerciseId: id(i),
      rating: 'about-right' as const,
      pain: 10,
      repsDone: 200,
    })),
    painNow: 10,
    // Control characters travel escaped: six bytes of JSON each.
    note: '\u0001'.repeat(SESSION_NOTE_MAX),
  } as unknown as SessionLogRequest;
}

/** The largest batch of break events, ids at their 100-character bound. */
function largestBreakBatch(): BreakEventsRequest {
  return {
    source: 'web',
    events: Array.from({ length: BREAK_EVENTS_MAX }, (_, i) => ({
      id: `${'e'.repeat(96)}${String(i).padStart(4, '0')}`,
      event: {
        kind: 'break-taken' as const,
        now: '2026-11-23T08:00:00.000Z',
        minutes: LONGEST_NUMBER,
        breakKind: 'stretch' as const,
      },
    })),
  };
}

describe('body limits', () => {
  let started: Started;
  let person: TestPerson;
  beforeAll(async () => {
    started = await startApp();
    person = await signUpPerson(started.app);
  });
  afterAll(async () => {
    await started.app.close();
  });

  it('refuse a body over 64 KB with 413 PAYLOAD_TOO_LARGE, before reading it as a person', async () => {
    const response = await started.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@example.test', password: 'x'.repeat(BIG) }),
    });
    expectProblem(response, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('still take the largest valid session log', async () => {
    const body = largestSessionLog();
    expect(sessionLogRequestSchema.safeParse(body).success).toBe(true);
    const payload = JSON.stringify(body);
    expect(Buffer.byteLength(payload)).toBeGreaterThan(BIG / 2);
    const response = await person.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'largest-session-1' },
      payload,
    });
    // Its made-up exercise ids are refused, which proves the body was read and validated.
    expectProblem(response, 400, 'UNKNOWN_EXERCISE');
  });

  it('still take the largest valid batch of break events', async () => {
    const body = largestBreakBatch();
    expect(breakEventsRequestSchema.safeParse(body).success).toBe(true);
    const response = await person.inject({
      method: 'POST',
      url: '/api/breaks/events',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });
    expect(response.statusCode, response.body).toBe(200);
  });
});

describe('problem+json for every failure', () => {
  let started: Started;
  beforeAll(async () => {
    started = await startApp();
  });
  afterAll(async () => {
    await started.app.close();
  });

  const FAILURES: readonly (readonly [string, InjectOptions, number, string])[] = [
    ['an unknown route', { url: '/api/no-such-route' }, 404, 'ROUTE_NOT_FOUND'],
    [
      'an unknown method on a route',
      { method: 'DELETE', url: '/api/exercises' },
      404,
      'ROUTE_NOT_FOUND',
    ],
    [
      'a body of a type no route reads',
      {
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/xml' },
        payload: '<login/>',
      },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'malformed JSON',
      {
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: '{"email": "a@example.test",',
      },
      400,
      'MALFORMED_JSON',
    ],
    [
      'an empty JSON body',
      { method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' } },
      400,
      'EMPTY_BODY',
    ],
    ['a malformed URL', { url: '/api/exercises/%E0%A4%A' }, 400, 'BAD_URL'],
    [
      'an overlong path parameter',
      { url: `/api/exercises/${'a'.repeat(200)}` },
      414,
      'PARAMETER_TOO_LONG',
    ],
  ];

  it.each(FAILURES)('answers %s', async (_name, request, status, code) => {
    expectProblem(await started.app.inject(request), status, code);
  });

  it('answers a text/plain body to a JSON route with a 4xx problem, not a 5xx', async () => {
    const response = await started.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: 'email=a@example.test&password=x',
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expectProblem(response, response.statusCode);
  });

  it('echoes a well-formed X-Request-Id and replaces a hostile one', async () => {
    const given = await started.app.inject({
      url: '/api/no-such-route',
      headers: { 'x-request-id': 'proxy-id-123' },
    });
    expect(given.headers['x-request-id']).toBe('proxy-id-123');
    const hostile = await started.app.inject({
      url: '/api/no-such-route',
      headers: { 'x-request-id': 'a\u0000b<script>' },
    });
    expect(hostile.headers['x-request-id']).toMatch(/^[\w-]{36}$/);
  });
});

describe('a failure inside a route', () => {
  const logs = captureLogs();
  let started: Started;
  let person: TestPerson;
  beforeAll(async () => {
    started = await startApp({ logs: logs.stream });
    person = await signUpPerson(started.app);
    // The session log's table goes missing: every query on it fails in the database.
    await started.database.db.execute(sql`alter table session_logs rename to session_logs_gone`);
    logs.lines.length = 0;
  });
  afterAll(async () => {
    await started.app.close();
  });

  it('is a 500 problem without stack or SQL, and is logged without its parameters', async () => {
    const response = await person.inject({
      url: '/api/sessions?from=2026-11-01',
      headers: { 'x-request-id': 'failing-request-1' },
    });
    expectProblem(response, 500, 'INTERNAL_ERROR');
    expect(response.body).not.toMatch(/select|session_logs|failed query|params|\bat \S+:\d+/i);

    const failure = logs.lines
      .map((line) => JSON.parse(line) as LogLine)
      .find((line) => line['msg'] === 'request failed');
    expect(failure?.['reqId']).toBe('failing-request-1');
    const logged = JSON.stringify(failure?.['err']);
    // The operator sees what failed (the query, the table)...
    expect(logged).toMatch(/session_logs/);
    // ...but not the values it was run with: the person's id is one of them.
    expect(logged).not.toContain(person.accountId);
    expect(logs.lines.join('\n')).not.toContain('2026-11-01');
  });
});
