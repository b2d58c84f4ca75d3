import { CSRF_HEADER, createdTokenSchema } from '@psoas/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInBrowser, type TestPerson } from './support/accounts.ts';
import { startAttackApp, type AttackApp } from './support/attack/attack-app.ts';
import {
  assembleCast,
  memberOf,
  ownerMarkers,
  type Cast,
  type Role,
} from './support/attack/cast.ts';
import { MATRIX, type MatrixEntry, type Outcome } from './support/attack/matrix.ts';
import { listOperations, type Operation } from './support/attack/openapi-operations.ts';
import { changedCounts, countRows } from './support/attack/row-counts.ts';

/**
 * Who may call what, for every operation the API publishes (issue 7, "Tests that attack"):
 * the table in support/attack/matrix.ts against the live /api/openapi.json, played by an
 * anonymous caller, another person, an admin and the owner of real records.
 */

const ROLES: readonly Role[] = ['anonymous', 'other', 'admin', 'owner'];

let attack: AttackApp;
let cast: Cast;
let operations: Operation[];
/** Every answer given to someone other than the owner, for the leak check at the end. */
const answersToOthers: {
  readonly who: string;
  /** What the caller sent: an id they named themselves may come back (a 404's detail). */
  readonly sent: string;
  readonly text: string;
}[] = [];

beforeAll(async () => {
  attack = await startAttackApp();
  cast = await assembleCast(attack.app);
  operations = await listOperations(attack.app);
});
afterAll(async () => {
  await attack?.app.close();
});

/**
 * Reads first (they must find the owner's records as stored), then writes, then sign-out,
 * then account deletion.
 */
function phaseOf([key, entry]: [string, MatrixEntry]): number {
  if (entry.ends === 'account') return 3;
  if (entry.ends === 'credential') return 2;
  return key.startsWith('GET ') ? 0 : 1;
}
const ORDERED = Object.entries(MATRIX).sort((a, b) => phaseOf(a) - phaseOf(b));

function methodOf(key: string): string {
  return key.split(' ')[0] ?? '';
}

/** A token made for one request, so an operation that ends its credential ends only that. */
async function freshToken(person: TestPerson): Promise<string> {
  const created = await cast.app.inject({
    method: 'POST',
    url: '/api/auth/tokens',
    payload: { email: person.email, password: person.password, name: 'matrix, one request' },
  });
  expect(created.statusCode).toBe(201);
  return createdTokenSchema.parse(created.json()).token;
}

function expectOutcome(response: LightMyRequestResponse, outcome: Outcome, what: string): void {
  expect(response.statusCode, `${what}: ${response.body.slice(0, 500)}`).toBe(outcome.status);
  expect(response.headers['x-request-id'], `${what}: request id`).toBeTruthy();
  if (outcome.status >= 400) {
    expect(response.headers['content-type'], what).toContain('application/problem+json');
  }
  if (outcome.code !== undefined) {
    expect(response.json<{ code: string }>().code, what).toBe(outcome.code);
  }
  if (outcome.body !== undefined) {
    const body = typeof outcome.body === 'function' ? outcome.body(cast) : outcome.body;
    expect(response.json(), what).toMatchObject(body);
  }
}

async function play(key: string, entry: MatrixEntry, role: Role): Promise<void> {
  const actor = memberOf(cast, role);
  const request = entry.request(cast, actor);
  const token = actor && entry.ends === 'credential' ? await freshToken(actor) : null;
  const credential = token ? { authorization: `Bearer ${token}` } : (actor?.headers ?? {});
  const watched =
    methodOf(key) === 'GET' ||
    (entry.aimsAtOwner === true && (role === 'other' || role === 'admin'));
  const before = watched ? await countRows(attack.db) : null;

  const response = await cast.app.inject({
    method: methodOf(key) as 'GET',
    url: request.url,
    headers: { ...request.headers, ...credential },
    ...(request.payload === undefined ? {} : { payload: request.payload as object }),
  });
  const what = `${key} as ${role}`;
  expectOutcome(response, entry.expect[role], what);
  if (before) {
    const after = await countRows(attack.db);
    const allowed =
      entry.audited && response.statusCode < 300
        ? { ...after, 'public.audit_events': (after['public.audit_events'] ?? 0) - 1 }
        : after;
    expect(changedCounts(before, allowed), `${what} stored or removed rows`).toEqual([]);
  }
  if (role !== 'owner' && !(role === 'admin' && entry.access === 'admin')) {
    answersToOthers.push({
      who: what,
      sent: JSON.stringify(request),
      text: `${JSON.stringify(response.headers)}\n${response.body}`,
    });
  }
  if (actor && entry.ends) {
    const after = await cast.app.inject({ url: '/api/me', headers: credential });
    expect(after.statusCode, `${what}: the credential still works afterwards`).toBe(401);
  }
  if (role !== 'owner' && entry.ends === 'account') {
    // Their deletion must leave every record of the owner's: here, the first intake and session.
    for (const url of ['/api/intakes', `/api/sessions/${cast.records.sessionId}`]) {
      const owners = await cast.owner.inject(url);
      expect(owners.statusCode, `${what} touched the owner's ${url}`).toBe(200);
    }
    const intakes = (await cast.owner.inject('/api/intakes')).json<{ items: { id: string }[] }>();
    expect(
      intakes.items.map((item) => item.id),
      what,
    ).toContain(cast.records.intakeId);
  }
}

describe('CSRF', () => {
  it('refuses every cookie-signed write without a valid X-CSRF-Token with 403, storing nothing', async () => {
    const browsers = {
      owner: await signInBrowser(cast.app, cast.owner.email, cast.owner.password),
      admin: await signInBrowser(cast.app, cast.admin.email, cast.admin.password),
      other: await signInBrowser(cast.app, cast.other.email, cast.other.password),
    };
    const writes = ORDERED.filter(
      ([key, entry]) => entry.access !== 'public' && methodOf(key) !== 'GET',
    );
    expect(writes.length).toBeGreaterThan(10);
    const before = await countRows(attack.db);
    for (const [key, entry] of writes) {
      // Admin routes refuse a person before CSRF is looked at: sign in as someone allowed.
      const actor = entry.access === 'admin' ? cast.admin : cast.owner;
      const browser = entry.access === 'admin' ? browsers.admin : browsers.owner;
      const request = entry.request(cast, actor);
      // No token; a token of another session (the other person's); an empty one.
      for (const csrf of [undefined, browsers.other.csrfToken, '']) {
        const response = await cast.app.inject({
          method: methodOf(key) as 'POST',
          url: request.url,
          headers: {
            ...request.headers,
            cookie: browser.cookie,
            ...(csrf === undefined ? {} : { [CSRF_HEADER]: csrf }),
          },
          ...(request.payload === undefined ? {} : { payload: request.payload as object }),
        });
        expectOutcome(
          response,
          { status: 403, code: 'CSRF_TOKEN_INVALID' },
          `${key} by cookie, CSRF ${JSON.stringify(csrf)}`,
        );
      }
    }
    expect(changedCounts(before, await countRows(attack.db))).toEqual([]);
    // The refused sign-out did not end the session either.
    const me = await cast.app.inject({
      url: '/api/me',
      headers: { cookie: browsers.owner.cookie },
    });
    expect(me.statusCode).toBe(200);
  });
});

describe('the authorization matrix', () => {
  it('has an entry for every operation of /api/openapi.json, and none for an operation that is gone', () => {
    const published = operations.map((operation) => operation.key);
    const missing = published.filter((key) => !(key in MATRIX));
    const gone = Object.keys(MATRIX).filter((key) => !published.includes(key));
    expect(missing, 'operations without an entry in support/attack/matrix.ts').toEqual([]);
    expect(gone, 'entries in support/attack/matrix.ts for operations that do not exist').toEqual(
      [],
    );
  });

  it('declares the access the document shows: public operations need no credential', () => {
    const disagreeing = operations
      .filter((operation) => {
        const entry = MATRIX[operation.key];
        return entry !== undefined && (entry.access === 'public') === operation.secured;
      })
      .map((operation) => operation.key);
    expect(disagreeing).toEqual([]);
  });

  for (const [key, entry] of ORDERED.filter((e) => phaseOf(e) < 3)) {
    it(`${key}: ${ROLES.map((role) => `${role} ${entry.expect[role].status}`).join(', ')}`, async () => {
      for (const role of ROLES) await play(key, entry, role);
    });
  }

  it("never shows the owner's records to anyone else", () => {
    expect(answersToOthers.length).toBeGreaterThan(Object.keys(MATRIX).length);
    const markers = ownerMarkers(cast);
    const leaks = answersToOthers.flatMap(({ who, sent, text }) =>
      markers
        .filter((value) => text.includes(value) && !sent.includes(value))
        .map((value) => `${who}: ${value}`),
    );
    expect(leaks).toEqual([]);
  });

  // Last: the accounts are gone afterwards.
  for (const [key, entry] of ORDERED.filter((e) => phaseOf(e) === 3)) {
    it(`${key}: ${ROLES.map((role) => `${role} ${entry.expect[role].status}`).join(', ')}`, async () => {
      for (const role of ROLES) await play(key, entry, role);
    });
  }
});
