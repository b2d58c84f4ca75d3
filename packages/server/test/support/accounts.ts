import { randomUUID } from 'node:crypto';
import {
  CSRF_HEADER,
  EXERCISES,
  SESSION_COOKIE,
  createdTokenSchema,
  meResponseSchema,
  type MeResponse,
} from '@psoas/core';
import type { SQL } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { createCatalogueService } from '../../src/catalogue/catalogue.service.ts';
import type { Db } from '../../src/db/database.ts';
import { fakeClock, type FakeClock } from './assessment-app.ts';
import { TEST_INSTANCE_ID } from './test-app.ts';
import { openTestDatabase } from './test-database.ts';

/**
 * Signing people up in tests through the real routes, so every test of a person's data runs
 * signed in, the way the app is used. A TestPerson's `inject` adds its bearer token.
 */

export const TEST_PASSWORD = 'plum-kestrel-harbour-42';

export type TestPerson = {
  readonly accountId: string;
  readonly email: string;
  readonly password: string;
  /** A personal access token: `Authorization: Bearer <token>`. */
  readonly token: string;
  readonly headers: { readonly authorization: string };
  /** `app.inject` with this person's token added. */
  readonly inject: (options: InjectOptions | string) => Promise<LightMyRequestResponse>;
};

export async function signUpPerson(
  app: FastifyInstance,
  options: { readonly email?: string; readonly name?: string; readonly password?: string } = {},
): Promise<TestPerson> {
  const email = options.email ?? `person-${randomUUID()}@example.test`;
  const password = options.password ?? TEST_PASSWORD;
  const signup = await app.inject({
    method: 'POST',
    url: '/api/auth/signup',
    payload: { email, password, name: options.name ?? 'Test Person' },
  });
  if (signup.statusCode !== 201)
    throw new Error(`signup failed: ${signup.statusCode} ${signup.body}`);
  const me = meResponseSchema.parse(signup.json());
  const created = await app.inject({
    method: 'POST',
    url: '/api/auth/tokens',
    payload: { email, password, name: 'tests' },
  });
  if (created.statusCode !== 201) {
    throw new Error(`token failed: ${created.statusCode} ${created.body}`);
  }
  const token = createdTokenSchema.parse(created.json()).token;
  const headers = { authorization: `Bearer ${token}` };
  return {
    accountId: me.account.id,
    email,
    password,
    token,
    headers,
    inject: (given) => {
      const injectOptions = typeof given === 'string' ? { url: given } : given;
      return app.inject({
        ...injectOptions,
        headers: { ...(injectOptions.headers ?? {}), ...headers },
      });
    },
  };
}

/**
 * The app as seen by `person`: every `inject` carries their token; everything else (close,
 * swagger...) is the app's own. Lets tests written before accounts run signed in unchanged.
 */
export function actingAs(app: FastifyInstance, person: TestPerson): FastifyInstance {
  return new Proxy(app, {
    get(target, property) {
      // Against this app (a restarted one may hold the same person), with the person's token.
      if (property === 'inject') {
        return (given: InjectOptions | string) => {
          const options = typeof given === 'string' ? { url: given } : given;
          return target.inject({
            ...options,
            headers: { ...(options.headers ?? {}), ...person.headers },
          });
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}

/** A fresh person signed up on `app`, and the app acting as them. */
export async function signedIn(
  app: FastifyInstance,
): Promise<{ readonly app: FastifyInstance; readonly person: TestPerson }> {
  const person = await signUpPerson(app);
  return { app: actingAs(app, person), person };
}

export type BrowserSession = {
  readonly me: MeResponse;
  /** The cookie to send back: `psoas_session=…`. */
  readonly cookie: string;
  readonly csrfToken: string;
};

/** Signs in as a browser would: the session cookie and the CSRF token from the answer. */
export async function signInBrowser(
  app: FastifyInstance,
  email: string,
  password: string = TEST_PASSWORD,
): Promise<BrowserSession> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
  });
  if (response.statusCode !== 200) {
    throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  }
  const me = meResponseSchema.parse(response.json());
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie || !me.csrfToken) throw new Error('login set no session cookie or CSRF token');
  return { me, cookie: `${SESSION_COOKIE}=${cookie.value}`, csrfToken: me.csrfToken };
}

/** Headers of a cookie-signed-in write. */
export function browserWriteHeaders(session: BrowserSession): Record<string, string> {
  return { cookie: session.cookie, [CSRF_HEADER]: session.csrfToken };
}

export type AccountsHarness = {
  readonly app: FastifyInstance;
  readonly db: Db;
  readonly clock: FakeClock;
};

/** The real app on a fresh test database with a hand-moved clock, and the database to inspect. */
export async function createAccountsHarness(
  clock: FakeClock = fakeClock(),
): Promise<AccountsHarness> {
  const database = await openTestDatabase();
  const catalogue = await createCatalogueService(database.db, EXERCISES);
  const app = await buildApp({
    database,
    catalogue,
    instanceId: TEST_INSTANCE_ID,
    version: '0.0.0-test',
    now: clock.now,
  });
  return { app, db: database.db, clock };
}

/**
 * Rows of a raw SQL query. `db.execute` is typed `unknown` on the engine-neutral Db; both
 * engines (PGlite and node-postgres) answer with `{ rows }`.
 */
export async function selectRows<T extends Record<string, unknown>>(
  db: Db,
  query: SQL,
): Promise<T[]> {
  const result = (await db.execute(query)) as { readonly rows: T[] };
  return result.rows;
}
