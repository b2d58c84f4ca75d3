import { CSRF_HEADER, detailedProblemSchema, meResponseSchema, type Problem } from '@psoas/core';
import { accountSession, type AccountSession } from './account-session.ts';

/**
 * The one way the web app talks HTTP: JSON in and out, every response parsed with one of core's
 * wire schemas, every failure an ApiError carrying the server's problem code (and its details,
 * when the problem has them). api.ts and assessment-api.ts are thin lists of endpoints on top.
 */

/** Client-side failures get codes in the same style as the server's problem codes. */
export type ClientErrorCode = 'NETWORK_UNREACHABLE' | 'INVALID_RESPONSE';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** The server's problem code (e.g. EXERCISE_NOT_FOUND) or a ClientErrorCode. */
  readonly code: string;
  /** The HTTP status, or null when no response arrived. */
  readonly status: number | null;
  /** A sentence for people; from the problem's `detail` when the server sent one. */
  readonly detail: string;
  readonly problem: Problem | null;
  /** From a 429's (or 503's) Retry-After header: how many seconds to wait; null without one. */
  readonly retryAfterSeconds: number | null;

  constructor(init: {
    code: string;
    status: number | null;
    detail: string;
    problem?: Problem | null;
    retryAfterSeconds?: number | null;
    cause?: unknown;
  }) {
    super(init.detail, { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.detail = init.detail;
    this.problem = init.problem ?? null;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }

  isNotFound(): boolean {
    return this.status === 404;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The slice of a zod schema this module uses, so it depends on no zod types. */
export type Parser<T> = {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: unknown };
};

export type JsonClientOptions = {
  /** Injected so tests can answer without a server; the browser's fetch by default. */
  readonly fetch?: typeof globalThis.fetch;
  /** Prefix for every path; empty for the same origin the app was served from. */
  readonly baseUrl?: string;
  /** Who is signed in: the CSRF token comes from here and a 401 is reported here. */
  readonly session?: AccountSession;
};

export type JsonRequest = {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly body?: unknown;
  readonly signal?: AbortSignal | undefined;
};

export type JsonRequester = <T>(
  path: string,
  schema: Parser<T>,
  request?: JsonRequest,
) => Promise<T>;

/** The server's answer to a cookie-signed-in write without the current token. */
export const CSRF_TOKEN_INVALID = 'CSRF_TOKEN_INVALID';
/** The server's answer to a personal route when nobody is signed in (or the session expired). */
export const AUTHENTICATION_REQUIRED = 'AUTHENTICATION_REQUIRED';

export function createJsonRequester(options: JsonClientOptions = {}): JsonRequester {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const baseUrl = options.baseUrl ?? '';
  const session = options.session ?? accountSession;

  async function send(path: string, request: JsonRequest): Promise<Response> {
    const { method = 'GET', body, signal } = request;
    // Every write carries the token (one place, so no caller can forget it); a GET never needs
    // it, and sending it there would only spread it into logs and caches.
    const csrfToken = method === 'GET' ? null : session.csrfToken();
    try {
      return await doFetch(`${baseUrl}${path}`, {
        method,
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(csrfToken === null ? {} : { [CSRF_HEADER]: csrfToken }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        ...(signal ? { signal } : {}),
      });
    } catch (cause) {
      // An abort is the caller's own doing, not a failure to report.
      if (signal?.aborted) throw cause;
      throw new ApiError({
        code: 'NETWORK_UNREACHABLE',
        status: null,
        detail: 'The Psoas Coach server could not be reached. Check your connection and try again.',
        cause,
      });
    }
  }

  /**
   * The token can go stale while the page is open: the session was rotated by a sign-in in
   * another tab, or the page started before GET /api/me answered. Ask for the current one once;
   * a 401 there means the session is gone, which requestJson reports like any other.
   */
  async function refreshToken(): Promise<void> {
    await session.refreshOnce(async () => {
      try {
        session.signedIn(await requestJson('/api/me', meResponseSchema, {}, false));
      } catch {
        // Signed out (already reported) or offline: the write fails with its own error below.
      }
    });
  }

  async function requestJson<T>(
    path: string,
    schema: Parser<T>,
    request: JsonRequest = {},
    mayRetry = true,
  ): Promise<T> {
    let response = await send(path, request);
    let data = await readJson(response);
    if (mayRetry && response.status === 403 && problemCodeOf(data) === CSRF_TOKEN_INVALID) {
      await refreshToken();
      response = await send(path, request);
      data = await readJson(response);
    }
    if (!response.ok) {
      const error = toProblemError(response, data);
      if (error.code === AUTHENTICATION_REQUIRED) session.signedOut();
      throw error;
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      throw new ApiError({
        code: 'INVALID_RESPONSE',
        status: response.status,
        detail: 'The server answered with data this version of the app does not understand.',
        cause: parsed.error,
      });
    }
    return parsed.data;
  }

  return (path, schema, request) => requestJson(path, schema, request);
}

function problemCodeOf(body: unknown): string | null {
  const problem = detailedProblemSchema.safeParse(body);
  return problem.success ? problem.data.code : null;
}

/**
 * Retry-After is either whole seconds or an HTTP date (RFC 9110 §10.2.3); null when it is
 * missing or neither. `now` is passed in so the date form can be tested.
 */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | null {
  if (header === null) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text);
  // An HTTP date names its day and month; without letters it is a malformed number ("-3"),
  // which Date.parse would still read as a year.
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function toProblemError(response: Response, body: unknown): ApiError {
  const { status } = response;
  const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'));
  const problem = detailedProblemSchema.safeParse(body);
  if (problem.success) {
    return new ApiError({
      code: problem.data.code,
      status,
      detail: problem.data.detail,
      problem: problem.data,
      retryAfterSeconds,
    });
  }
  // A proxy or an older server may answer without problem details; keep the status.
  return new ApiError({
    code: status === 404 ? 'NOT_FOUND' : `HTTP_${status}`,
    status,
    detail: `The server answered with status ${status}.`,
    retryAfterSeconds,
  });
}
