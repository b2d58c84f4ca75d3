import { randomUUID } from 'node:crypto';
import { SESSION_COOKIE, meResponseSchema } from '@psoas/core';
import type { Browser, BrowserContext } from 'playwright-core';
import { baseUrl, newContext, type ContextOptions } from './browser.ts';

/**
 * A person of the server under test, signed up through the API. Every e2e file (and every test
 * where isolation matters) makes its own, so no file sees another's intake, sessions or breaks
 * and the files pass in any order.
 */
export type Person = Bearer & {
  readonly email: string;
  readonly password: string;
  readonly name: string;
  /** The `psoas_session` cookie from signing up, for a signed-in browser context. */
  readonly sessionCookie: string;
};

/** A personal access token for api() calls: a bearer needs no CSRF token. */
export type Bearer = { readonly token: string };

/**
 * A password no list of common passwords holds and no other person shares: random, so that a
 * test can never pass because of an account another test made.
 */
export function uniquePassword(): string {
  return `e2e-${randomUUID()}`;
}

/** "label-<random>@e2e.example": unique per call, and the label says which file made it. */
export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@e2e.example`;
}

async function postJson(path: string, body: unknown): Promise<Response> {
  return fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** The value of the session cookie a sign-up or sign-in answer sets. */
function sessionCookieOf(response: Response): string {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    const [name, ...value] = (pair ?? '').split('=');
    if (name?.trim() === SESSION_COOKIE) return value.join('=');
  }
  throw new Error(`${response.url} set no ${SESSION_COOKIE} cookie`);
}

/** Signs a new person up through the API, then asks for a personal access token for them. */
export async function signUpPerson(label: string, name = 'Ana'): Promise<Person> {
  const email = uniqueEmail(label);
  const password = uniquePassword();
  const signup = await postJson('/api/auth/signup', { email, password, name });
  if (signup.status !== 201) {
    throw new Error(`signing up ${email} failed: ${signup.status} ${await signup.text()}`);
  }
  meResponseSchema.parse(await signup.json());
  const sessionCookie = sessionCookieOf(signup);
  const { token } = await accessTokenFor(email, password, `e2e ${label}`);
  return { email, password, name, token, sessionCookie };
}

/** A new personal access token for an account, as `psoas login` would ask for one. */
export async function accessTokenFor(
  email: string,
  password: string,
  tokenName: string,
): Promise<Bearer> {
  const tokens = await postJson('/api/auth/tokens', { email, password, name: tokenName });
  if (tokens.status !== 201) {
    throw new Error(`a token for ${email} was refused: ${tokens.status} ${await tokens.text()}`);
  }
  const { token } = (await tokens.json()) as { token: string };
  return { token };
}

/** Headers that make a request the bearer's. */
export function authorization(bearer: Bearer): Record<string, string> {
  return { authorization: `Bearer ${bearer.token}` };
}

/**
 * A browser context signed in as `person`: their session cookie, as the browser would hold it
 * after signing in. The page asks GET /api/me for the CSRF token on load, as it does after any
 * reload. Contexts share the one session, which is how several tabs of one browser behave.
 */
export async function signedInContext(
  browser: Browser,
  person: Person,
  options: ContextOptions = {},
): Promise<BrowserContext> {
  const context = await newContext(browser, options);
  await context.addCookies([
    {
      name: SESSION_COOKIE,
      value: person.sessionCookie,
      url: baseUrl(),
      httpOnly: true,
      sameSite: 'Lax',
    },
  ]);
  return context;
}
