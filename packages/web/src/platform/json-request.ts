import { detailedProblemSchema, type Problem } from '@psoas/core';

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

  constructor(init: {
    code: string;
    status: number | null;
    detail: string;
    problem?: Problem | null;
    cause?: unknown;
  }) {
    super(init.detail, { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.detail = init.detail;
    this.problem = init.problem ?? null;
  }

  isNotFound(): boolean {
    return this.status === 404;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The slice of a zod schema this module uses; keeps zod itself out of web's dependencies. */
export type Parser<T> = {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: unknown };
};

export type JsonClientOptions = {
  /** Injected so tests can answer without a server; the browser's fetch by default. */
  readonly fetch?: typeof globalThis.fetch;
  /** Prefix for every path; empty for the same origin the app was served from. */
  readonly baseUrl?: string;
};

export type JsonRequest = {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly body?: unknown;
  readonly signal?: AbortSignal | undefined;
};

export type JsonRequester = <T>(
  path: string,
  schema: Parser<T>,
  request?: JsonRequest,
) => Promise<T>;

export function createJsonRequester(options: JsonClientOptions = {}): JsonRequester {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const baseUrl = options.baseUrl ?? '';

  return async function requestJson<T>(
    path: string,
    schema: Parser<T>,
    request: JsonRequest = {},
  ): Promise<T> {
    const { method = 'GET', body, signal } = request;
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method,
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
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
    const data = await readJson(response);
    if (!response.ok) throw toProblemError(response.status, data);
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
  };
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

function toProblemError(status: number, body: unknown): ApiError {
  const problem = detailedProblemSchema.safeParse(body);
  if (problem.success) {
    return new ApiError({
      code: problem.data.code,
      status,
      detail: problem.data.detail,
      problem: problem.data,
    });
  }
  // A proxy or an older server may answer without problem details; keep the status.
  return new ApiError({
    code: status === 404 ? 'NOT_FOUND' : `HTTP_${status}`,
    status,
    detail: `The server answered with status ${status}.`,
  });
}
