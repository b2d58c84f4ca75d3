import { SESSION_COOKIE, createdTokenSchema, meResponseSchema } from '@psoas/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../src/auth/passwords.ts';
import { weakPasswordReason } from '../src/auth/common-passwords.ts';
import {
  createAccountsHarness,
  signInBrowser,
  signUpPerson,
  selectRows,
  type AccountsHarness,
} from './support/accounts.ts';

let h: AccountsHarness;

beforeAll(async () => {
  h = await createAccountsHarness();
});
afterAll(async () => {
  await h.app.close();
});

/** Every text value of every table of the database, one string per value. */
async function everyStoredText(): Promise<string[]> {
  const columns = await selectRows<{
    table_schema: string;
    table_name: string;
    column_name: string;
  }>(
    h.db,
    sql`select table_schema, table_name, column_name from information_schema.columns
        where table_schema not in ('pg_catalog', 'information_schema')
          and data_type in ('text', 'character varying', 'character', 'json', 'jsonb')`,
  );
  expect(columns.length).toBeGreaterThan(10);
  const values: string[] = [];
  for (const column of columns) {
    const table = sql`${sql.identifier(column.table_schema)}.${sql.identifier(column.table_name)}`;
    const result = await selectRows<{ value: string | null }>(
      h.db,
      sql`select ${sql.identifier(column.column_name)}::text as value from ${table}`,
    );
    for (const row of result) if (row.value !== null) values.push(row.value);
  }
  return values;
}

describe('the database', () => {
  it('holds no password, token, session cookie or CSRF token in the clear', async () => {
    const secrets: string[] = [];
    for (const password of ['umber-falcon-meadow-7', 'quiet-lantern-orbit-31']) {
      const person = await signUpPerson(h.app, { password });
      const browser = await signInBrowser(h.app, person.email, password);
      const extra = await h.app.inject({
        method: 'POST',
        url: '/api/auth/tokens',
        payload: { email: person.email, password, name: 'second device' },
      });
      const wrong = `${password}-typo`;
      await h.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: person.email, password: wrong },
      });
      secrets.push(
        password,
        wrong,
        person.token,
        createdTokenSchema.parse(extra.json()).token,
        browser.cookie.slice(`${SESSION_COOKIE}=`.length),
        browser.csrfToken,
      );
    }
    const signup = await h.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: 'cookie@example.test', password: 'amber-willow-signal-5', name: 'C' },
    });
    const signupCookie = signup.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
    expect(signupCookie).toBeDefined();
    secrets.push('amber-willow-signal-5', signupCookie ?? '');
    expect(meResponseSchema.parse(signup.json()).csrfToken).toEqual(expect.any(String));

    const stored = await everyStoredText();
    // The dump does read the accounts: what is meant to be stored in the clear is found.
    expect(stored).toContain('cookie@example.test');
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThanOrEqual(10);
      const found = stored.filter((value) => value.includes(secret));
      expect(found, `a secret is stored: ${secret.slice(0, 12)}…`).toEqual([]);
    }
  });

  it('stores passwords as argon2id hashes with at least the OWASP parameters', async () => {
    const result = await selectRows<{ password_hash: string }>(
      h.db,
      sql`select password_hash from accounts`,
    );
    expect(result.length).toBeGreaterThan(0);
    for (const row of result) {
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    }
  });
});

describe('passwords', () => {
  it('verify against their hash only', async () => {
    const hash = await hashPassword('copper-heron-valley-3');
    expect(await verifyPassword(hash, 'copper-heron-valley-3')).toBe(true);
    expect(await verifyPassword(hash, 'copper-heron-valley-4')).toBe(false);
    expect(await verifyPassword('not a hash', 'copper-heron-valley-3')).toBe(false);
  });

  it('have a dummy hash made like a real one, so an unknown email costs as much as a wrong password', async () => {
    const parameters = (hash: string) => hash.split('$').slice(1, 4).join('$');
    expect(parameters(DUMMY_HASH)).toBe(parameters(await hashPassword('any-password-1')));
    expect(await verifyPassword(DUMMY_HASH, 'any-password-1')).toBe(false);
  });

  it.each([
    ['password1234', 'a@example.test', true],
    ['PassWord1234', 'a@example.test', true],
    ['1q2w3e4r5t', 'a@example.test', true],
    ['ana.lopez@example.test', 'Ana.Lopez@example.test', true],
    ['Ana.Lopez1', 'ana.lopez1@example.test', true],
    ['umber-falcon-meadow-7', 'a@example.test', false],
    ['ana.lopez-is-here', 'ana.lopez@example.test', false],
  ])('%s for %s is refused: %s', (password, email, refused) => {
    expect(weakPasswordReason(password, email) !== null).toBe(refused);
  });
});
