import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/**
 * The OpenAPI 3.1 document is generated from the same zod schemas that validate requests and
 * serialise responses, so the docs cannot drift from the code.
 */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Psoas Coach API',
        version,
        description:
          'JSON API of Psoas Coach. Every error is answered as application/problem+json (RFC 9457).',
      },
      tags: [
        { name: 'exercises', description: 'The exercise catalogue of the care method.' },
        { name: 'operations', description: 'Liveness and service information.' },
        {
          name: 'assessment',
          description: 'Intake, red-flag screening and triage, and self-tests per side.',
        },
        {
          name: 'plan',
          description: 'The personal plan, session feedback and the progression it drives.',
        },
        {
          name: 'sessions',
          description: 'The log of guided sessions, recorded once per Idempotency-Key.',
        },
      ],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { deepLinking: true } });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
}
