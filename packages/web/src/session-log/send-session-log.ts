import {
  CSRF_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  detailedProblemSchema,
  sessionLogSchema,
  type SessionLog,
} from '@psoas/core';
import { ApiError } from '../platform/json-request.ts';
import type { QueuedSession } from './queue-store.ts';

/**
 * One attempt to store one queued session: POST /api/sessions with its Idempotency-Key, and
 * what the answer means for the queue. Only a session log in the answer proves the server has
 * it; a refusal that will not change is told apart from trouble worth another try.
 */

export type SendOutcome =
  | { readonly kind: 'saved'; readonly log: SessionLog }
  | { readonly kind: 'refused'; readonly error: ApiError }
  | { readonly kind: 'retry'; readonly outcome: 'offline' | 'server-error'; readonly code: string };

export type SendDeps = {
  readonly fetch: typeof globalThis.fetch;
  readonly baseUrl?: string;
  /** A request that hangs (a half-open connection) is given up after this long. */
  readonly requestTimeoutMs?: number;
  /** The cookie session's CSRF token (platform/account-session.ts); null when none is known. */
  readonly csrfToken?: () => string | null;
};

export async function sendSessionLog(
  entry: Pick<QueuedSession, 'key' | 'body'>,
  deps: SendDeps,
): Promise<SendOutcome> {
  let response: Response;
  const csrfToken = deps.csrfToken?.() ?? null;
  try {
    response = await deps.fetch(`${deps.baseUrl ?? ''}/api/sessions`, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        [IDEMPOTENCY_KEY_HEADER]: entry.key,
        ...(csrfToken === null ? {} : { [CSRF_HEADER]: csrfToken }),
      },
      body: JSON.stringify(entry.body),
      signal: AbortSignal.timeout(deps.requestTimeoutMs ?? 30_000),
    });
  } catch {
    return { kind: 'retry', outcome: 'offline', code: 'NETWORK_UNREACHABLE' };
  }
  const body = await readJson(response);
  if (response.status === 200 || response.status === 201) {
    // A captive portal or a proxy may answer 200 with its own page: only a session log
    // proves the server has this one, so anything else keeps it queued.
    const log = sessionLogSchema.safeParse(body);
    return log.success
      ? { kind: 'saved', log: log.data }
      : { kind: 'retry', outcome: 'server-error', code: 'INVALID_RESPONSE' };
  }
  const refusal = refusalOf(response.status, body);
  if (isWaitingForSignIn(refusal)) {
    // Signed out, or a token gone stale: the session is fine and goes out once the person is
    // signed in again (queue.ts syncs on sign-in), so it stays queued rather than failed.
    return { kind: 'retry', outcome: 'server-error', code: refusal.code };
  }
  if (isPermanentRefusal(response.status)) return { kind: 'refused', error: refusal };
  return { kind: 'retry', outcome: 'server-error', code: `HTTP_${response.status}` };
}

/** 408 (timeout) and 429 (slow down) are worth another try; other 4xx will not change. */
function isPermanentRefusal(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}

function isWaitingForSignIn(error: ApiError): boolean {
  return error.code === 'AUTHENTICATION_REQUIRED' || error.code === 'CSRF_TOKEN_INVALID';
}

function refusalOf(status: number, body: unknown): ApiError {
  const problem = detailedProblemSchema.safeParse(body);
  if (problem.success) {
    return new ApiError({
      code: problem.data.code,
      status,
      detail: problem.data.detail,
      problem: problem.data,
    });
  }
  return new ApiError({
    code: `HTTP_${status}`,
    status,
    detail: `The server refused this session (status ${status}).`,
  });
}

async function readJson(response: Response): Promise<unknown> {
  try {
    const text = await response.text();
    return text === '' ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}
