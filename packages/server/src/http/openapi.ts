import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { SECURITY_SCHEMES } from '../auth/access-control.ts';

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
          'JSON API of Psoas Coach. Every error is answered as application/problem+json (RFC 9457). Personal routes need a signed-in account: a session cookie (writes also send X-CSRF-Token from GET /api/me) or a personal access token as `Authorization: Bearer`.',
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
        {
          name: 'breaks',
          description:
            'Sitting-break settings, the events clients feed the scheduler, and statistics.',
        },
        { name: 'push', description: 'Web Push subscriptions for break reminders.' },
        {
          name: 'accounts',
          description:
            'Sign-up, sign-in by cookie (browsers) or personal access token (the CLI), and the audit log.',
        },
        {
          name: 'privacy',
          description: "The person's export (JSON, CSV per kind), import, and account deletion.",
        },
        { name: 'admin', description: 'Accounts and roles, for admins only.' },
      ],
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { deepLinking: true } });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
}
