import { randomUUID } from 'node:crypto';
import { createdTokenSchema } from '@psoas/core';

/**
 * People for the process tests: signed up through the real server's API (fetch, as any client
 * would), with a personal access token the CLI child gets as PSOAS_TOKEN.
 */

export const TEST_PASSWORD = 'plum-kestrel-harbour-42';

export type TestAccount = {
  readonly email: string;
  readonly password: string;
  readonly token: string;
  /** Headers for the test's own fetches as this person. */
  readonly headers: { readonly authorization: string };
};

async function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Signs a new person up on the server at `baseUrl` (no token yet; `psoas login` makes one). */
export async function signUp(
  baseUrl: string,
  email = `person-${randomUUID()}@example.test`,
): Promise<{ readonly email: string; readonly password: string }> {
  const response = await postJson(`${baseUrl}/api/auth/signup`, {
    email,
    password: TEST_PASSWORD,
    name: 'Test Person',
  });
  if (response.status !== 201) {
    throw new Error(`signup failed: ${response.status} ${await response.text()}`);
  }
  return { email, password: TEST_PASSWORD };
}

/** A token for an account, as `psoas login` gets one. */
export async function createToken(baseUrl: string, email: string, password: string) {
  const response = await postJson(`${baseUrl}/api/auth/tokens`, { email, password, name: 'tests' });
  if (response.status !== 201) {
    throw new Error(`token failed: ${response.status} ${await response.text()}`);
  }
  return createdTokenSchema.parse(await response.json()).token;
}

/** A new person, signed up, with a token. */
export async function signedUpAccount(baseUrl: string): Promise<TestAccount> {
  const { email, password } = await signUp(baseUrl);
  const token = await createToken(baseUrl, email, password);
  return { email, password, token, headers: { authorization: `Bearer ${token}` } };
}
