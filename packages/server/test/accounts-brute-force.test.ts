import { problemSchema } from '@psoas/core';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LOGIN_FAILURE_LIMIT, LOGIN_FAILURE_WINDOW_MS } from '../src/auth/login-throttle.ts';
import {
  createAccountsHarness,
  signUpPerson,
  selectRows,
  type AccountsHarness,
  type TestPerson,
} from './support/accounts.ts';

/**
 * The rate limit on password guessing. Every test starts a window later than the last, so the
 * failures of one test never count in another.
 */
let h: AccountsHarness;
let ana: TestPerson;

beforeAll(async () => {
  h = await createAccountsHarness();
  ana = await signUpPerson(h.app, { email: 'ana@example.test' });
});
afterAll(async () => {
  await h.app.close();
});
beforeEach(() => {
  h.clock.set(h.clock.now() + LOGIN_FAILURE_WINDOW_MS + 60 * 1000);
});

type Attempt = { email: string; password: string; address: string };

function login(attempt: Attempt): Promise<LightMyRequestResponse> {
  return h.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: attempt.email, password: attempt.password },
    remoteAddress: attempt.address,
  });
}

function createToken(attempt: Attempt): Promise<LightMyRequestResponse> {
  return h.app.inject({
    method: 'POST',
    url: '/api/auth/tokens',
    payload: { email: attempt.email, password: attempt.password, name: 'cli' },
    remoteAddress: attempt.address,
  });
}

/**
 * `count` wrong passwords for `email(i)` from `address(i)`; the clock moves on 10 s after each
 * (or only after those `tick(i)` says, so several can share an instant).
 */
async function fail(
  count: number,
  email: (i: number) => string,
  address: (i: number) => string,
  tick: (i: number) => boolean = () => true,
): Promise<void> {
  for (let i = 0; i < count; i++) {
    const response = await login({
      email: email(i),
      password: `wrong-guess-${i}`,
      address: address(i),
    });
    expect(response.statusCode).toBe(401);
    if (tick(i)) h.clock.set(h.clock.now() + 10 * 1000);
  }
}

function expectTooMany(response: LightMyRequestResponse, retryAfterSeconds: number): void {
  expect(response.statusCode).toBe(429);
  expect(problemSchema.parse(response.json()).code).toBe('TOO_MANY_ATTEMPTS');
  expect(response.headers['retry-after']).toBe(String(retryAfterSeconds));
}

async function failureRows(): Promise<number> {
  const result = await selectRows<{ n: number }>(
    h.db,
    sql`select count(*)::int as n from login_failures`,
  );
  return result[0]?.n ?? 0;
}

async function auditRows(kind: string): Promise<number> {
  const result = await selectRows<{ n: number }>(
    h.db,
    sql`select count(*)::int as n from audit_events where kind = ${kind}`,
  );
  return result[0]?.n ?? 0;
}

describe('per email', () => {
  it('refuses the 11th attempt on an account from any address, even with the right password', async () => {
    await fail(
      LOGIN_FAILURE_LIMIT,
      () => ana.email,
      (i) => `203.0.113.${i + 1}`,
    );
    const failedBefore = await auditRows('sign-in-failed');
    // The oldest failure was 100 s ago (10 failures, 10 s apart): it leaves the window in 800 s.
    const right = await login({
      email: ana.email,
      password: ana.password,
      address: '203.0.113.99',
    });
    expectTooMany(right, 800);
    expectTooMany(
      await createToken({ email: ana.email, password: ana.password, address: '203.0.113.98' }),
      800,
    );
    // Refused without checking the password: nothing more was counted or logged.
    expect(await auditRows('sign-in-failed')).toBe(failedBefore);
  });

  it('lets the account in again once the oldest failure leaves the window', async () => {
    await fail(
      LOGIN_FAILURE_LIMIT,
      () => ana.email,
      (i) => `203.0.113.${i + 1}`,
    );
    const blocked = await login({
      email: ana.email,
      password: ana.password,
      address: '203.0.113.99',
    });
    const wait = Number(blocked.headers['retry-after']);
    h.clock.set(h.clock.now() + (wait - 1) * 1000);
    expect(
      (await login({ email: ana.email, password: ana.password, address: '203.0.113.99' }))
        .statusCode,
    ).toBe(429);
    h.clock.set(h.clock.now() + 1000);
    expect(
      (await login({ email: ana.email, password: ana.password, address: '203.0.113.99' }))
        .statusCode,
    ).toBe(200);
  });

  it('answers an email without an account exactly as one with an account', async () => {
    // The same failures at the same instants, for an account and for an email without one.
    await fail(
      LOGIN_FAILURE_LIMIT * 2,
      (i) => (i % 2 === 0 ? ana.email : 'nobody@example.test'),
      (i) => `203.0.113.${i + 1}`,
      (i) => i % 2 === 1,
    );
    const known = await login({
      email: ana.email,
      password: 'x-guess-1234',
      address: '198.51.100.1',
    });
    const unknown = await login({
      email: 'nobody@example.test',
      password: 'x-guess-1234',
      address: '198.51.100.1',
    });
    expect(unknown.statusCode).toBe(429);
    expect(unknown.json()).toEqual(known.json());
    expect(unknown.headers['retry-after']).toBe(known.headers['retry-after']);
  });
});

describe('per address', () => {
  it('refuses an address that failed for 10 emails, also for a right password; others may go on', async () => {
    const address = '192.0.2.50';
    await fail(
      LOGIN_FAILURE_LIMIT,
      (i) => `guess-${i}@example.test`,
      () => address,
    );
    expectTooMany(await login({ email: ana.email, password: ana.password, address }), 800);
    expectTooMany(await createToken({ email: ana.email, password: ana.password, address }), 800);
    const elsewhere = await login({
      email: ana.email,
      password: ana.password,
      address: '192.0.2.51',
    });
    expect(elsewhere.statusCode).toBe(200);
  });

  it('keeps counting after a success from the address', async () => {
    const address = '192.0.2.60';
    await fail(
      LOGIN_FAILURE_LIMIT - 1,
      (i) => `guess-${i}@example.test`,
      () => address,
    );
    expect((await login({ email: ana.email, password: ana.password, address })).statusCode).toBe(
      200,
    );
    await fail(
      1,
      () => 'guess-last@example.test',
      () => address,
    );
    expect((await login({ email: ana.email, password: ana.password, address })).statusCode).toBe(
      429,
    );
  });

  it('counts failed token requests too', async () => {
    const address = '192.0.2.70';
    for (let i = 0; i < LOGIN_FAILURE_LIMIT; i++) {
      const response = await createToken({
        email: ana.email,
        password: `wrong-${i}-guess`,
        address,
      });
      expect(response.statusCode).toBe(401);
    }
    expectTooMany(await login({ email: ana.email, password: ana.password, address }), 900);
  });
});

describe('the failure table', () => {
  it('drops failures that left the window', async () => {
    await fail(
      3,
      () => ana.email,
      () => '192.0.2.80',
    );
    h.clock.set(h.clock.now() + LOGIN_FAILURE_WINDOW_MS);
    await fail(
      1,
      () => ana.email,
      () => '192.0.2.80',
    );
    expect(await failureRows()).toBe(1);
  });
});
