import type { FastifyRequest, FastifyServerOptions } from 'fastify';

/**
 * The server's log options. Logs leave the machine (journald, a log shipper) and are kept
 * longer than anyone thinks about, so they carry what an operator needs to follow a request
 * (its id, method, path, status, timing) and nothing of what the person sent: no query strings,
 * no headers that sign in, no bodies, no SQL parameters.
 *
 * Every line written while a request is handled goes through `request.log`, a child logger that
 * Fastify binds to the request id (`reqId`), the same id the answer carries in X-Request-Id.
 */

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

const CENSOR = '[redacted]';

/**
 * Nothing logs headers or bodies today; these paths keep it so when someone later logs
 * `{ headers: request.headers }` or `{ body: request.body }` while debugging.
 */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'req.body',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  'headers["x-csrf-token"]',
  'body',
  'request.body',
  'password',
  '*.password',
  'token',
  '*.token',
];

/** The path without its query: queries may carry search words, dates or, by mistake, tokens. */
export function pathOnly(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/** Fastify logs `{ req: request }`; anything else logged as `req` keeps only these fields too. */
function serialiseRequest(request: Partial<FastifyRequest>): Record<string, unknown> {
  return {
    method: request.method,
    url: typeof request.url === 'string' ? pathOnly(request.url) : undefined,
    remoteAddress: request.ip,
  };
}

/**
 * drizzle's query errors put the SQL parameters (a person's pain scores, their email) into the
 * message (`Failed query: … params: …`) and into `params`; PostgreSQL's `detail` can hold a whole
 * failing row. Errors are logged from a whitelist of fields, the parameters cut off.
 */
const ERROR_FIELDS = ['code', 'statusCode', 'constraint', 'table', 'column', 'routine'] as const;
const MAX_CAUSES = 5;

function withoutParams(text: string): string {
  const at = text.indexOf('\nparams:');
  return at === -1 ? text : `${text.slice(0, at)}\nparams: ${CENSOR}`;
}

export type SerialisedError = {
  type: string;
  message: string;
  stack: string;
  [field: string]: unknown;
};

export function serialiseError(error: unknown, depth = 0): SerialisedError {
  if (!(error instanceof Error)) return { type: typeof error, message: CENSOR, stack: '' };
  const fields: SerialisedError = {
    type: error.constructor.name,
    message: withoutParams(error.message),
    stack: withoutParams(error.stack ?? ''),
  };
  const record = error as unknown as Record<string, unknown>;
  for (const field of ERROR_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' || typeof value === 'number') fields[field] = value;
  }
  if (error.cause !== undefined && depth < MAX_CAUSES) {
    fields['cause'] = serialiseError(error.cause, depth + 1);
  }
  return fields;
}

/** Fastify's logger options, which are pino's (redact, stream...) plus its serializers. */
type ServerLoggerOptions = Exclude<FastifyServerOptions['logger'], boolean | undefined>;

/** What main.ts passes to buildApp as `logger`; tests add a `stream` to read the lines. */
export function loggerOptions(level: LogLevel): ServerLoggerOptions {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: CENSOR },
    serializers: {
      req: serialiseRequest,
      err: (error: Error) => serialiseError(error),
    },
  };
}
