import {
  CSRF_HEADER,
  SESSION_COOKIE,
  accessTokenListSchema,
  accountSchema,
  adminAccountListSchema,
  auditLogSchema,
  createdTokenSchema,
  meResponseSchema,
  problemSchema,
} from '@psoas/core';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSON_OWNED_TABLES } from '../src/auth/account.repository.ts';
import { SESSION_IDLE_MS } from '../src/auth/auth-session.repository.ts';
import {
  TEST_PASSWORD,
  browserWriteHeaders,
  createAccountsHarness,
  signInBrowser,
  signUpPerson,
  selectRows,
  type AccountsHarness,
  type TestPerson,
} from './support/accounts.ts';

let h: AccountsHarness;
/** The install's first account: signed up in beforeAll, after the pre-accounts rows. */
let admin: TestPerson;

const newEmail = (() => {
  let n = 0;
  return (prefix = 'someone') => `${prefix}-${++n}@example.test`;
})();

function sessionCookieOf(response: LightMyRequestResponse) {
  return response.cookies.find((cookie) => cookie.name === SESSION_COOKIE);
}

function codeOf(response: LightMyRequestResponse): string {
  return problemSchema.parse(response.json()).code;
}

beforeAll(async () => {
  h = await createAccountsHarness();
  // Rows the version before accounts wrote: they belong to 'local' until the first signup.
  await h.db.execute(
    sql`insert into break_settings (person_id, updated_at, data) values ('local', now(), '{}')`,
  );
  await h.db.execute(
    sql`insert into break_log (id, person_id, at, kind, entry) values (gen_random_uuid(), 'local', now(), 'sitting', '{}')`,
  );
  admin = await signUpPerson(h.app, { email: newEmail('first') });
});
afterAll(async () => {
  await h.app.close();
});

describe('signup', () => {
  it('makes the first account admin, and it adopts every row of the pre-accounts version', async () => {
    const me = meResponseSchema.parse((await admin.inject('/api/me')).json());
    expect(me.account.role).toBe('admin');
    const settings = await selectRows<{ person_id: string }>(
      h.db,
      sql`select person_id from break_settings`,
    );
    expect(settings).toEqual([{ person_id: admin.accountId }]);
    for (const table of PERSON_OWNED_TABLES) {
      const left = await selectRows<{ n: number }>(
        h.db,
        sql`select count(*)::int as n from ${sql.identifier(table)} where person_id = 'local'`,
      );
      expect(left[0]?.n, table).toBe(0);
    }
  });

  it('makes later accounts persons, signed in by cookie, with a lower-cased email', async () => {
    const email = newEmail('Later').toUpperCase();
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email, password: TEST_PASSWORD, name: '  Ana  ' },
    });
    expect(response.statusCode).toBe(201);
    const me = meResponseSchema.parse(response.json());
    expect(me.account).toMatchObject({ email: email.toLowerCase(), name: 'Ana', role: 'person' });
    expect(me.csrfToken).toEqual(expect.any(String));
    expect(sessionCookieOf(response)?.value).toMatch(/^pss_/);
  });

  it('refuses an email that has an account, whatever its case (409 EMAIL_TAKEN)', async () => {
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: admin.email.toUpperCase(), password: TEST_PASSWORD, name: 'Again' },
    });
    expect(response.statusCode).toBe(409);
    expect(codeOf(response)).toBe('EMAIL_TAKEN');
    expect(sessionCookieOf(response)).toBeUndefined();
  });

  it.each([
    ['a listed common password', 'someone@example.test', 'Password123'],
    ['another listed one, upper-cased', 'someone@example.test', 'QWERTYUIOP'],
    ['the email itself', 'long.local.part@example.test', 'Long.Local.Part@example.test'],
    ['the local part of the email', 'long.local.part@example.test', 'long.local.part'],
  ])('refuses %s (400 PASSWORD_TOO_COMMON)', async (_case, email, password) => {
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email, password, name: 'Weak' },
    });
    expect(response.statusCode).toBe(400);
    expect(codeOf(response)).toBe('PASSWORD_TOO_COMMON');
  });

  it.each([
    ['a password under 10 characters', { password: 'short-pw' }],
    ['an unknown field', { role: 'admin' }],
    ['a malformed email', { email: 'not-an-email' }],
  ])('refuses %s (400 VALIDATION_FAILED)', async (_case, patch) => {
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: newEmail(), password: TEST_PASSWORD, name: 'X', ...patch },
    });
    expect(response.statusCode).toBe(400);
    expect(codeOf(response)).toBe('VALIDATION_FAILED');
  });
});

describe('first signups at once', () => {
  it('make exactly one admin', async () => {
    const fresh = await createAccountsHarness();
    try {
      const responses = await Promise.all(
        ['a', 'b', 'c'].map((who) =>
          fresh.app.inject({
            method: 'POST',
            url: '/api/auth/signup',
            payload: { email: `${who}@example.test`, password: TEST_PASSWORD, name: who },
          }),
        ),
      );
      const roles = responses.map((r) => meResponseSchema.parse(r.json()).account.role);
      expect(roles.filter((role) => role === 'admin')).toHaveLength(1);
      expect(roles.filter((role) => role === 'person')).toHaveLength(2);
    } finally {
      await fresh.app.close();
    }
  });
});

describe('sign-in', () => {
  it('answers the account and sets an HttpOnly, SameSite=Lax, site-wide cookie, not Secure over http', async () => {
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: admin.email, password: admin.password },
    });
    expect(response.statusCode).toBe(200);
    expect(meResponseSchema.parse(response.json()).account.id).toBe(admin.accountId);
    const cookie = sessionCookieOf(response);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect(response.headers['set-cookie']).not.toMatch(/secure/i);
  });

  it('gives a wrong password and an unknown email the same 401', async () => {
    const wrongPassword = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: admin.email, password: 'not-the-password' },
      remoteAddress: '192.0.2.10',
    });
    const unknownEmail = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody-here@example.test', password: 'not-the-password' },
      remoteAddress: '192.0.2.10',
    });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(unknownEmail.json()).toEqual(wrongPassword.json());
    expect(codeOf(wrongPassword)).toBe('INVALID_CREDENTIALS');
    expect(sessionCookieOf(wrongPassword)).toBeUndefined();
  });

  it('rotates the session: the cookie sent along with a sign-in stops working', async () => {
    const before = await signInBrowser(h.app, admin.email);
    const again = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: admin.email, password: admin.password },
      headers: { cookie: before.cookie },
    });
    const after = sessionCookieOf(again);
    expect(after?.value).toBeDefined();
    expect(`${SESSION_COOKIE}=${after?.value}`).not.toBe(before.cookie);
    const old = await h.app.inject({ url: '/api/me', headers: { cookie: before.cookie } });
    expect(old.statusCode).toBe(401);
    const fresh = await h.app.inject({
      url: '/api/me',
      headers: { cookie: `${SESSION_COOKIE}=${after?.value}` },
    });
    expect(fresh.statusCode).toBe(200);
  });

  it('ends a session after 14 days without a request, not while it is used', async () => {
    const person = await signUpPerson(h.app);
    const used = await signInBrowser(h.app, person.email);
    const idle = await signInBrowser(h.app, person.email);
    const start = h.clock.now();
    try {
      h.clock.set(start + SESSION_IDLE_MS - 60 * 60 * 1000);
      expect(
        (await h.app.inject({ url: '/api/me', headers: { cookie: used.cookie } })).statusCode,
      ).toBe(200);
      h.clock.set(start + SESSION_IDLE_MS + 60 * 60 * 1000);
      expect(
        (await h.app.inject({ url: '/api/me', headers: { cookie: used.cookie } })).statusCode,
      ).toBe(200);
      const expired = await h.app.inject({ url: '/api/me', headers: { cookie: idle.cookie } });
      expect(expired.statusCode).toBe(401);
      expect(codeOf(expired)).toBe('AUTHENTICATION_REQUIRED');
      // The dead cookie is cleared, so the browser stops sending it.
      expect(sessionCookieOf(expired)?.value).toBe('');
    } finally {
      h.clock.set(start);
    }
  });
});

describe('GET /api/me', () => {
  it('gives a cookie session its CSRF token and a bearer token none', async () => {
    const browser = await signInBrowser(h.app, admin.email);
    const byCookie = meResponseSchema.parse(
      (await h.app.inject({ url: '/api/me', headers: { cookie: browser.cookie } })).json(),
    );
    expect(byCookie.csrfToken).toBe(browser.csrfToken);
    const byToken = meResponseSchema.parse((await admin.inject('/api/me')).json());
    expect(byToken).toMatchObject({ account: { id: admin.accountId }, csrfToken: null });
  });

  it('answers 401 to a caller without a credential, or with a made-up one', async () => {
    for (const headers of [
      {},
      { authorization: 'Bearer psoas_pat_made-up' },
      { cookie: `${SESSION_COOKIE}=pss_made-up` },
    ]) {
      const response = await h.app.inject({ url: '/api/me', headers });
      expect(response.statusCode).toBe(401);
      expect(codeOf(response)).toBe('AUTHENTICATION_REQUIRED');
    }
  });
});

describe('CSRF', () => {
  const settings = { workingHours: { timeZone: 'Europe/London' } };

  it.each([
    ['without the header', undefined],
    ['with a wrong token', 'not-the-token'],
  ])('refuses a cookie-signed-in write %s (403 CSRF_TOKEN_INVALID)', async (_case, token) => {
    const browser = await signInBrowser(h.app, admin.email);
    const headers = { cookie: browser.cookie, ...(token ? { [CSRF_HEADER]: token } : {}) };
    for (const request of [
      { method: 'POST' as const, url: '/api/auth/logout' },
      { method: 'PUT' as const, url: '/api/breaks/settings', payload: settings },
    ]) {
      const response = await h.app.inject({ ...request, headers });
      expect(response.statusCode, request.url).toBe(403);
      expect(codeOf(response)).toBe('CSRF_TOKEN_INVALID');
    }
    // Refused before anything ran: the session is still signed in.
    expect((await h.app.inject({ url: '/api/me', headers })).statusCode).toBe(200);
  });

  it("refuses another session's CSRF token", async () => {
    const mine = await signInBrowser(h.app, admin.email);
    const other = await signInBrowser(h.app, admin.email);
    const response = await h.app.inject({
      method: 'PUT',
      url: '/api/breaks/settings',
      payload: settings,
      headers: { cookie: mine.cookie, [CSRF_HEADER]: other.csrfToken },
    });
    expect(response.statusCode).toBe(403);
  });

  it('accepts a cookie write with the right token, and bearer writes without one', async () => {
    const browser = await signInBrowser(h.app, admin.email);
    const byCookie = await h.app.inject({
      method: 'PUT',
      url: '/api/breaks/settings',
      payload: settings,
      headers: browserWriteHeaders(browser),
    });
    expect(byCookie.statusCode).toBe(200);
    const byToken = await admin.inject({
      method: 'PUT',
      url: '/api/breaks/settings',
      payload: settings,
    });
    expect(byToken.statusCode).toBe(200);
  });
});

describe('sign-out', () => {
  it('ends the cookie session and clears the cookie', async () => {
    const browser = await signInBrowser(h.app, admin.email);
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: browserWriteHeaders(browser),
    });
    expect(response.statusCode).toBe(204);
    const cleared = sessionCookieOf(response);
    expect(cleared?.value).toBe('');
    expect(cleared?.expires?.getTime()).toBeLessThanOrEqual(Date.now());
    expect(
      (await h.app.inject({ url: '/api/me', headers: { cookie: browser.cookie } })).statusCode,
    ).toBe(401);
  });

  it('with a bearer token revokes that token only', async () => {
    const person = await signUpPerson(h.app);
    const other = await createToken(person, 'second');
    const response = await person.inject({ method: 'POST', url: '/api/auth/logout' });
    expect(response.statusCode).toBe(204);
    expect((await person.inject('/api/me')).statusCode).toBe(401);
    const stillThere = await h.app.inject({
      url: '/api/me',
      headers: { authorization: `Bearer ${other.token}` },
    });
    expect(stillThere.statusCode).toBe(200);
  });
});

async function createToken(person: TestPerson, name: string) {
  const response = await h.app.inject({
    method: 'POST',
    url: '/api/auth/tokens',
    payload: { email: person.email, password: person.password, name },
  });
  expect(response.statusCode).toBe(201);
  return createdTokenSchema.parse(response.json());
}

describe('personal access tokens', () => {
  it('are made with email and password, work as bearer, listed without their value, and revoked', async () => {
    const person = await signUpPerson(h.app);
    // A minute later than its 'tests' token, so "newest first" has one answer.
    h.clock.set(h.clock.now() + 60 * 1000);
    const created = await createToken(person, 'psoas CLI on laptop');
    expect(created.token).toMatch(/^psoas_pat_[A-Za-z0-9_-]{43}$/);
    const bearer = { authorization: `Bearer ${created.token}` };
    expect((await h.app.inject({ url: '/api/me', headers: bearer })).statusCode).toBe(200);

    const list = accessTokenListSchema.parse((await person.inject('/api/auth/tokens')).json());
    expect(list.tokens.map((t) => t.name)).toEqual(['psoas CLI on laptop', 'tests']);
    expect(JSON.stringify(list)).not.toContain(created.token);

    const revoke = await person.inject({ method: 'DELETE', url: `/api/auth/tokens/${created.id}` });
    expect(revoke.statusCode).toBe(204);
    const revoked = await h.app.inject({ url: '/api/me', headers: bearer });
    expect(revoked.statusCode).toBe(401);
    const listAfter = accessTokenListSchema.parse((await person.inject('/api/auth/tokens')).json());
    expect(listAfter.tokens.map((t) => t.id)).not.toContain(created.id);
  });

  it.each([
    ['a revoked token', 'revoked'],
    ["another person's token", 'foreign'],
    ['an unknown id', 'unknown'],
    ['an id that is not a UUID', 'garbage'],
  ])('answers 404 TOKEN_NOT_FOUND for %s', async (_case, which) => {
    const person = await signUpPerson(h.app);
    const stranger = await signUpPerson(h.app);
    const own = await createToken(person, 'own');
    await person.inject({ method: 'DELETE', url: `/api/auth/tokens/${own.id}` });
    const foreign = await createToken(stranger, 'theirs');
    const id = {
      revoked: own.id,
      foreign: foreign.id,
      unknown: '00000000-0000-4000-8000-00000000abcd',
      garbage: 'not-a-uuid',
    }[which];
    const response = await person.inject({ method: 'DELETE', url: `/api/auth/tokens/${id}` });
    expect(response.statusCode).toBe(404);
    expect(codeOf(response)).toBe('TOKEN_NOT_FOUND');
    // The stranger's token was not touched.
    const theirs = await h.app.inject({
      url: '/api/me',
      headers: { authorization: `Bearer ${foreign.token}` },
    });
    expect(theirs.statusCode).toBe(200);
  });

  it('are refused for a wrong password (401 INVALID_CREDENTIALS)', async () => {
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      payload: { email: admin.email, password: 'wrong-password-1', name: 'x' },
      remoteAddress: '192.0.2.20',
    });
    expect(response.statusCode).toBe(401);
    expect(codeOf(response)).toBe('INVALID_CREDENTIALS');
  });
});

describe('roles', () => {
  it('let an admin list every account, without password hashes', async () => {
    const person = await signUpPerson(h.app);
    const response = await admin.inject('/api/admin/accounts');
    expect(response.statusCode).toBe(200);
    const list = adminAccountListSchema.parse(response.json());
    expect(list.accounts.map((a) => a.id)).toEqual(
      expect.arrayContaining([admin.accountId, person.accountId]),
    );
    expect(response.body).not.toMatch(/argon2|password/i);
  });

  it('refuse the admin routes to a person (403) and to nobody (401)', async () => {
    const person = await signUpPerson(h.app);
    const forbidden = await person.inject('/api/admin/accounts');
    expect(forbidden.statusCode).toBe(403);
    expect(codeOf(forbidden)).toBe('FORBIDDEN');
    const setRole = await person.inject({
      method: 'PUT',
      url: `/api/admin/accounts/${person.accountId}/role`,
      payload: { role: 'admin' },
    });
    expect(setRole.statusCode).toBe(403);
    expect((await h.app.inject('/api/admin/accounts')).statusCode).toBe(401);
  });

  it('let an admin change the role of another account, effective at once', async () => {
    const person = await signUpPerson(h.app);
    const response = await admin.inject({
      method: 'PUT',
      url: `/api/admin/accounts/${person.accountId}/role`,
      payload: { role: 'admin' },
    });
    expect(response.statusCode).toBe(200);
    expect(accountSchema.parse(response.json())).toMatchObject({
      id: person.accountId,
      role: 'admin',
    });
    // The token made while a person now carries the new role.
    expect((await person.inject('/api/admin/accounts')).statusCode).toBe(200);
  });

  it("refuse an admin's change of their own role (403)", async () => {
    const response = await admin.inject({
      method: 'PUT',
      url: `/api/admin/accounts/${admin.accountId}/role`,
      payload: { role: 'person' },
    });
    expect(response.statusCode).toBe(403);
    expect(codeOf(response)).toBe('FORBIDDEN');
    const me = meResponseSchema.parse((await admin.inject('/api/me')).json());
    expect(me.account.role).toBe('admin');
  });

  it.each(['00000000-0000-4000-8000-00000000abcd', 'not-a-uuid'])(
    'answer 404 ACCOUNT_NOT_FOUND for the id %s',
    async (id) => {
      const response = await admin.inject({
        method: 'PUT',
        url: `/api/admin/accounts/${id}/role`,
        payload: { role: 'practitioner' },
      });
      expect(response.statusCode).toBe(404);
      expect(codeOf(response)).toBe('ACCOUNT_NOT_FOUND');
    },
  );
});

describe('audit log', () => {
  it("shows the account's own events, newest first, with address and client", async () => {
    const person = await signUpPerson(h.app);
    const attempt = (password: string) =>
      h.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: person.email, password },
        remoteAddress: '198.51.100.7',
        headers: { 'user-agent': `Agent/${'x'.repeat(300)}` },
      });
    expect((await attempt('wrong-password-1')).statusCode).toBe(401);
    expect((await attempt(person.password)).statusCode).toBe(200);
    const token = await createToken(person, 'audit');
    await person.inject({ method: 'DELETE', url: `/api/auth/tokens/${token.id}` });
    const browser = await signInBrowser(h.app, person.email);
    await h.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: browserWriteHeaders(browser),
    });

    const log = auditLogSchema.parse((await person.inject('/api/me/audit')).json());
    // The clock stands still here, so "newest first" is the order of recording reversed.
    expect(log.events.map((e) => e.kind)).toEqual([
      'sign-out',
      'sign-in',
      'token-revoked',
      'token-created',
      'sign-in',
      'sign-in-failed',
      'token-created',
      'signup',
    ]);
    const failed = log.events.find((e) => e.kind === 'sign-in-failed');
    expect(failed?.address).toBe('198.51.100.7');
    expect(failed?.client).toHaveLength(200);
    // Nobody else's events.
    const adminLog = auditLogSchema.parse((await admin.inject('/api/me/audit')).json());
    expect(adminLog.events.map((e) => e.id)).not.toContain(failed?.id);
  });

  it('records nothing for a failed sign-in with an email that has no account', async () => {
    const count = async () =>
      (await selectRows<{ n: number }>(h.db, sql`select count(*)::int as n from audit_events`))[0]
        ?.n;
    const before = await count();
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'no-account@example.test', password: 'wrong-password-1' },
      remoteAddress: '198.51.100.8',
    });
    expect(response.statusCode).toBe(401);
    expect(await count()).toBe(before);
  });
});
