import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problemSchema } from '@psoas/core';
import { z } from 'zod';
import { pingDatabase, type Database } from '../db/database.ts';
import { problem, sendProblem } from './problem.ts';

const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
  instanceId: z.string(),
  uptimeSeconds: z.number(),
});

export type HealthInfo = { readonly version: string; readonly instanceId: string };

/** Liveness that means something: the answer is "ok" only if the database answers too. */
export function registerHealthRoutes(
  app: FastifyInstance,
  database: Database,
  info: HealthInfo,
  now: () => number,
): void {
  const startedAt = now();
  app.withTypeProvider<ZodTypeProvider>().get(
    '/healthz',
    {
      schema: {
        tags: ['operations'],
        summary: 'Liveness',
        response: { 200: healthSchema, 503: problemSchema },
      },
    },
    async (request, reply) => {
      try {
        await pingDatabase(database.db);
      } catch (error) {
        request.log.error({ err: error }, 'health check: database did not answer');
        sendProblem(reply, problem(503, 'DATABASE_UNAVAILABLE', 'The database is not answering.'));
        return undefined;
      }
      return {
        status: 'ok' as const,
        database: database.kind,
        version: info.version,
        instanceId: info.instanceId,
        uptimeSeconds: Math.round((now() - startedAt) / 1000),
      };
    },
  );
}
