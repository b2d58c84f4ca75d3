import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every route with a schema (the API and /healthz) is strict about what it does not take: a route without a querystring schema
 * refuses any query parameter, and a write without a body schema refuses any body, both with a
 * 400 naming the field. Without this, `DELETE /api/me?force=1` or a body sent to
 * `POST /api/auth/logout` would be ignored silently, and a client's mistake would go unseen.
 * (Fastify hands a request without a body to the schema as null.) Added as an onRoute hook so no
 * route can forget it.
 */
export function registerStrictRequests(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (!route.schema || route.schema.hide) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    route.schema = {
      ...route.schema,
      querystring: route.schema.querystring ?? z.strictObject({}),
      ...(route.schema.body === undefined && methods.some((m) => BODY_METHODS.has(m))
        ? { body: z.strictObject({}).nullish() }
        : {}),
    };
  });
}
