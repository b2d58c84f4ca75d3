import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { DetailedProblem, DomainError, Problem } from '@psoas/core';

/**
 * Every error leaves the server as RFC 9457 problem details. Domain codes map to HTTP statuses
 * in this one table; core never knows about HTTP.
 */
const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  EXERCISE_NOT_FOUND: 404,
  // Assessment (issue 4): asking for a record that does not exist yet.
  INTAKE_MISSING: 404,
  SCREENING_MISSING: 404,
  SELF_TESTS_MISSING: 404,
  SCREENING_INCOMPLETE: 400,
  UNKNOWN_EXERCISE: 400,
  // Plan and progression: the request is fine but the person's state refuses it.
  PLAN_STOPPED_BY_TRIAGE: 409,
  RESCREEN_DUE: 409,
  PLAN_NO_EXERCISES: 409,
  PLAN_INVALID_START_DATE: 400,
  NOTHING_TO_UNDO: 409,
  // Session log (issue 5): a retry must send the same body with its Idempotency-Key.
  IDEMPOTENCY_KEY_REUSED: 422,
  SESSION_NOT_FOUND: 404,
  // Accounts and access (issue 7).
  AUTHENTICATION_REQUIRED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_TOKEN_INVALID: 403,
  EMAIL_TAKEN: 409,
  PASSWORD_TOO_COMMON: 400,
  TOO_MANY_ATTEMPTS: 429,
  TOKEN_NOT_FOUND: 404,
  ACCOUNT_NOT_FOUND: 404,
  EXPORT_KIND_UNKNOWN: 400,
  IMPORT_INVALID: 400,
  IMPORT_CONFLICT: 409,
};

/**
 * A plan refused for a missing prerequisite (INTAKE_MISSING, SCREENING_MISSING) is a conflict
 * with the person's state, 409, whatever that code's status is when the record is asked for.
 */
export const REFUSAL_STATUS = 409;

const TITLE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  406: 'Not acceptable',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

function typeFor(code: string): string {
  return `urn:psoas:problem:${code.toLowerCase().replaceAll('_', '-')}`;
}

export function problem(
  status: number,
  code: string,
  detail: string,
  extra: Partial<Pick<Problem, 'instance' | 'errors' | 'title'>> & {
    readonly details?: Readonly<Record<string, unknown>> | undefined;
  } = {},
): DetailedProblem {
  return {
    type: typeFor(code),
    title: extra.title ?? TITLE_BY_STATUS[status] ?? 'Error',
    status,
    detail,
    code,
    ...(extra.instance === undefined ? {} : { instance: extra.instance }),
    ...(extra.errors === undefined ? {} : { errors: extra.errors }),
    // RFC 9457 extension member: machine-readable facts (the missing ids, the triage level).
    ...(extra.details === undefined ? {} : { details: extra.details }),
  };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).type(PROBLEM_CONTENT_TYPE).send(body);
}

/**
 * Answers a core DomainError with the status from the table above (or REFUSAL_STATUS when it
 * refuses a request for a missing prerequisite), its `details` passed on.
 */
export function sendDomainError(
  request: FastifyRequest,
  reply: FastifyReply,
  error: DomainError,
  options: { readonly refusal?: boolean } = {},
): FastifyReply {
  const status = options.refusal ? REFUSAL_STATUS : (STATUS_BY_CODE[error.code] ?? 400);
  return sendProblem(
    reply,
    problem(status, error.code, error.message, {
      instance: request.url,
      details: error.details,
    }),
  );
}

/** Fastify's own client-error codes that deserve a specific code for clients to branch on. */
const FASTIFY_CODES: Readonly<Record<string, string>> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'EMPTY_BODY',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_BAD_URL: 'BAD_URL',
  FST_ERR_MAX_PARAM_LENGTH: 'PARAMETER_TOO_LONG',
};

function toProblem(error: FastifyError, request: FastifyRequest): Problem {
  const instance = request.url;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'request';
    const errors = error.validation.map((issue) => ({
      path: [where, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
      message: issue.message ?? 'is invalid',
    }));
    const first = errors[0];
    const detail = first ? `${first.path}: ${first.message}` : 'The request is invalid.';
    return problem(400, 'VALIDATION_FAILED', detail, { instance, errors });
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code =
      FASTIFY_CODES[error.code] ?? (error.code.startsWith('FST_') ? 'BAD_REQUEST' : error.code);
    return problem(status, code, error.message, { instance });
  }
  return problem(500, 'INTERNAL_ERROR', 'Something went wrong on our side. It has been logged.', {
    instance,
  });
}

/**
 * Errors Fastify raises before routing (a malformed URL, an overlong parameter) bypass the
 * error handler; the `frameworkErrors` option routes them here so they are problems too.
 */
export function answerFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  void sendProblem(reply, toProblem(error, request));
}

export function registerProblemHandlers(
  app: FastifyInstance,
  fallback?: (request: FastifyRequest, reply: FastifyReply) => FastifyReply | undefined,
): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const body = toProblem(error, request);
    // Stack traces and SQL go to the log, never to the client.
    if (body.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, body);
  });
  app.setNotFoundHandler((request, reply) => {
    const handled = fallback?.(request, reply);
    if (handled) return handled;
    return sendProblem(
      reply,
      problem(
        404,
        'ROUTE_NOT_FOUND',
        `There is no ${request.method} ${request.url.split('?')[0]}.`,
        {
          instance: request.url,
        },
      ),
    );
  });
}
