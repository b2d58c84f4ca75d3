import type { FastifyReply, FastifyRequest, onRequestHookHandler, RouteOptions } from 'fastify';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { problem, sendProblem } from './problem.ts';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every route with a schema (the API and /healthz) is strict about what it does not take: a
 * route without a querystring schema refuses any query parameter, and a write without a body
 * schema refuses any body, both with a 400 naming what was sent. Without this,
 * `DELETE /api/me?force=1` or a body sent to `POST /api/auth/logout` would be ignored silently,
 * and a client's mistake would go unseen. Added as an onRoute hook so no route can forget it.
 */
export function registerStrictRequests(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (!route.schema || route.schema.hide) return;
    route.schema = { ...route.schema, querystring: route.schema.querystring ?? z.strictObject({}) };
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (route.schema.body === undefined && methods.some((m) => BODY_METHODS.has(m))) {
      route.preValidation = [...hooksOf(route.preValidation), refuseBody];
    }
  });
}

function hooksOf(hooks: RouteOptions['preValidation']): onRequestHookHandler[] {
  if (hooks === undefined) return [];
  return Array.isArray(hooks) ? hooks : [hooks];
}

/**
 * A body schema cannot tell "no body" from a JSON `null` (both reach it as null), so the
 * request itself is looked at: any body sent but an empty object is refused.
 */
async function refuseBody(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const length = Number(request.headers['content-length'] ?? 0);
  if (length === 0 && request.headers['transfer-encoding'] === undefined) return;
  const body: unknown = request.body;
  const isObject = typeof body === 'object' && body !== null && !Array.isArray(body);
  // `{}` carries nothing: clients that always send a JSON object (the CLI) may.
  if (isObject && Object.keys(body).length === 0) return;
  const field = isObject ? Object.keys(body)[0] : undefined;
  const path = field === undefined ? 'body' : `body.${field}`;
  const message =
    field === undefined
      ? 'this operation takes no body'
      : `Unrecognized key: "${field}" (this operation takes no body)`;
  await sendProblem(
    reply,
    problem(400, 'VALIDATION_FAILED', `${path}: ${message}`, {
      instance: request.url,
      errors: [{ path, message }],
    }),
  );
}
