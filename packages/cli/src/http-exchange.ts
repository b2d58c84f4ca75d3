import { detailedProblemSchema, type DetailedProblem } from '@psoas/core';
import type { Credential } from './auth/credential.ts';
import { CliError } from './errors.ts';

/**
 * One HTTP exchange with the server: fetch under a deadline, the bearer token when there is
 * one, and every failure as a CliError (unreachable, timeout, sign-in needed, a problem+json,
 * an answer that does not fit). api-client.ts builds the typed API on it.
 */

/** The parsed value for humans, and the JSON exactly as the server sent it for --json. */
export type ApiAnswer<T> = { readonly data: T; readonly json: unknown };

/** Structural view of a zod schema, so this module needs no direct zod dependency. */
export type Schema<T> = {
  safeParse(input: unknown):
    | { readonly success: true; readonly data: T }
    | {
        readonly success: false;
        readonly error: { readonly issues: readonly { path: PropertyKey[]; message: string }[] };
      };
};

export type ApiClientOptions = {
  readonly baseUrl: string;
  /** A slow answer is reported rather than waited on forever; 10 s suits a local server. */
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
  /**
   * The token to send, asked for once, on the first request: a command that needs no server
   * never reads the token file. Without it, requests go without a token.
   */
  readonly credential?: () => Promise<Credential>;
};

export const DEFAULT_TIMEOUT_MS = 10_000;

type Method = 'GET' | 'POST';

export type Http = {
  /** GET `path`, or POST `send` to it as JSON when given; the answer is parsed with `schema`. */
  json<T>(
    path: string,
    schema: Schema<T>,
    send?: unknown,
    headers?: Readonly<Record<string, string>>,
  ): Promise<ApiAnswer<T> & { readonly headers: Headers }>;
  /** GET `path` for a body that is not JSON (a CSV export), returned as sent. */
  text(path: string, accept: string): Promise<string>;
  /** A request whose success has no body (204), e.g. POST /api/auth/logout. */
  empty(method: Method, path: string): Promise<void>;
};

/** Node's fetch hides the socket error in `cause`; its code (ECONNREFUSED...) is the useful bit. */
function reasonOf(error: unknown): string {
  const cause: unknown = error instanceof Error ? error.cause : undefined;
  if (typeof cause === 'object' && cause !== null) {
    if ('code' in cause && typeof cause.code === 'string') return cause.code;
    if ('message' in cause && typeof cause.message === 'string') return cause.message;
  }
  return error instanceof Error ? error.message : String(error);
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

/** Retry-After in seconds (RFC 9110 allows a date too; the server sends seconds). */
function retryAfterOf(headers: Headers): number | null {
  const value = headers.get('retry-after');
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  return Number(value.trim());
}

type Answer = { status: number; ok: boolean; body: string; headers: Headers };

export function createHttp(options: ApiClientOptions): Http {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch = options.fetch ?? fetch;
  // A trailing slash makes relative paths resolve under a base path (a reverse proxy prefix).
  const base = new URL(`${options.baseUrl.replace(/\/+$/, '')}/`);
  let credential: Promise<Credential> | undefined;
  const credentialOnce = (): Promise<Credential> => {
    credential ??= options.credential?.() ?? Promise.resolve({ kind: 'none', signedInTo: null });
    return credential;
  };

  async function request(
    method: Method,
    url: URL,
    json: unknown,
    headers: Readonly<Record<string, string>>,
  ): Promise<Answer> {
    const given = await credentialOnce();
    const authorization: Record<string, string> =
      given.kind === 'token' ? { authorization: `Bearer ${given.token}` } : {};
    const body = json === undefined ? {} : { body: JSON.stringify(json) };
    const contentType: Record<string, string> =
      json === undefined ? {} : { 'content-type': 'application/json' };
    try {
      const response = await doFetch(url, {
        method,
        headers: { ...headers, ...authorization, ...contentType },
        ...body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      // The body is read under the same deadline: a server that stalls mid-answer still times out.
      const { status, ok, headers: answered } = response;
      return { status, ok, body: await response.text(), headers: answered };
    } catch (error) {
      if (isTimeout(error)) {
        throw new CliError({
          kind: 'server-timeout',
          url: options.baseUrl,
          seconds: timeoutMs / 1000,
        });
      }
      throw new CliError({
        kind: 'server-unreachable',
        url: options.baseUrl,
        reason: reasonOf(error),
      });
    }
  }

  /** A problem the CLI explains itself (sign in, wait) rather than passing on the server's words. */
  async function failureOf(problem: DetailedProblem, answer: Answer): Promise<CliError> {
    if (answer.status === 401 && problem.code !== 'INVALID_CREDENTIALS') {
      const given = await credentialOnce();
      const server = options.baseUrl;
      if (given.kind === 'token') {
        const reason = given.source === 'env' ? 'env-token-rejected' : 'token-rejected';
        return new CliError({ kind: 'sign-in-required', server, reason });
      }
      return given.signedInTo === null
        ? new CliError({ kind: 'sign-in-required', server, reason: 'not-signed-in' })
        : new CliError({
            kind: 'sign-in-required',
            server,
            reason: 'other-server',
            signedInTo: given.signedInTo,
          });
    }
    if (answer.status === 429 && problem.code === 'TOO_MANY_ATTEMPTS') {
      return new CliError({
        kind: 'too-many-attempts',
        retryAfterSeconds: retryAfterOf(answer.headers),
      });
    }
    return new CliError({ kind: 'problem', problem });
  }

  /** Sends, and throws the CliError for any answer that is not a success. */
  async function exchange(
    method: Method,
    path: string,
    send: unknown,
    headers: Readonly<Record<string, string>>,
  ): Promise<Answer & { url: URL; unexpected: (reason: string) => CliError }> {
    const url = new URL(path, base);
    const answer = await request(method, url, send, headers);
    const unexpected = (reason: string): CliError =>
      new CliError({ kind: 'unexpected-response', url: url.href, status: answer.status, reason });
    if (!answer.ok) {
      let json: unknown;
      try {
        json = JSON.parse(answer.body);
      } catch {
        throw unexpected('the body is not JSON');
      }
      const problem = detailedProblemSchema.safeParse(json);
      if (problem.success) throw await failureOf(problem.data, answer);
      throw unexpected('an error without a problem+json body');
    }
    return { ...answer, url, unexpected };
  }

  const acceptJson = { accept: 'application/json, application/problem+json' };

  return {
    async json(path, schema, send, headers = {}) {
      const method = send === undefined ? 'GET' : 'POST';
      const answer = await exchange(method, path, send, { ...headers, ...acceptJson });
      let json: unknown;
      try {
        json = JSON.parse(answer.body);
      } catch {
        throw answer.unexpected('the body is not JSON');
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        throw answer.unexpected(
          first ? describeIssue(first) : 'the body does not match the schema',
        );
      }
      return { data: parsed.data, json, headers: answer.headers };
    },
    async text(path, accept) {
      const answer = await exchange('GET', path, undefined, {
        accept: `${accept}, application/problem+json`,
      });
      return answer.body;
    },
    async empty(method, path) {
      await exchange(method, path, undefined, acceptJson);
    },
  };
}
