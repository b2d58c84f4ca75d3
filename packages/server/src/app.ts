import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerAccessControl } from './auth/access-control.ts';
import { registerAccountRoutes } from './auth/account.routes.ts';
import { registerPrivacyRoutes } from './privacy/privacy.routes.ts';
import { registerAssessmentRoutes } from './assessment/assessment.routes.ts';
import { registerBreakRoutes } from './breaks/breaks.routes.ts';
import { advanceBreakState } from './breaks/breaks.service.ts';
import type { CatalogueService } from './catalogue/catalogue.service.ts';
import { registerChecklistRoutes } from './catalogue/checklists.routes.ts';
import { registerExerciseRoutes } from './catalogue/exercises.routes.ts';
import type { PushConfig } from './config.ts';
import type { Database } from './db/database.ts';
import { registerHealthRoutes } from './http/health.routes.ts';
import { registerMetrics } from './http/metrics.ts';
import { registerOpenApi } from './http/openapi.ts';
import { answerFrameworkError, registerProblemHandlers } from './http/problem.ts';
import { applySecurityHeaders, registerSecurityHeaders } from './http/security-headers.ts';
import { registerStrictRequests } from './http/strict-requests.ts';
import { registerWebApp } from './http/web-app.ts';
import { registerPlanRoutes } from './plan/plan.routes.ts';
import { registerPush } from './push/push.ts';
import { registerSessionRoutes } from './sessions/sessions.routes.ts';

export type AppDeps = {
  readonly database: Database;
  readonly catalogue: CatalogueService;
  readonly instanceId: string;
  readonly version: string;
  /** Built web app to serve; absent (or not built) means API only. */
  readonly webDir?: string | undefined;
  readonly logger?: FastifyServerOptions['logger'];
  /** Milliseconds since the epoch; passed in so tests control time. */
  readonly now?: () => number;
  /** Web Push for break reminders; absent means off (tests that do not need it). */
  readonly push?: PushConfig | undefined;
  /** Which proxies' X-Forwarded-* headers to believe (PSOAS_TRUST_PROXY); none by default. */
  readonly trustProxy?: boolean | readonly string[] | undefined;
};

/**
 * Builds the whole HTTP app without listening: tests drive it with `app.inject()`. The app owns
 * the database from here on: closing the app closes it, after in-flight requests finished.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    // A route that takes more sets its own `bodyLimit` (the largest valid session log is about
    // 50 KB at every bound of its schema); less to buffer and parse for a hostile client.
    bodyLimit: 64 * 1024,
    trustProxy:
      typeof deps.trustProxy === 'object' ? [...deps.trustProxy] : (deps.trustProxy ?? false),
    // Raised before routing (a malformed URL, an overlong parameter), these answers skip every
    // hook, so the headers the onSend hooks add are set here too.
    frameworkErrors: (error, request, reply) => {
      reply.header('x-request-id', request.id);
      applySecurityHeaders(request, reply);
      answerFrameworkError(error, request, reply);
    },
    // Answer new requests with 503 while shutting down; in-flight ones still finish.
    return503OnClosing: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The API speaks JSON only: a text/plain body is a 415, not a string a schema then refuses.
  app.removeContentTypeParser('text/plain');
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    done(null, payload);
  });

  const spaFallback = deps.webDir ? await registerWebApp(app, deps.webDir) : undefined;
  registerProblemHandlers(app, spaFallback);
  registerSecurityHeaders(app);
  registerMetrics(app);
  const now = deps.now ?? Date.now;
  const db = deps.database.db;
  // Before any route: its onRoute hook refuses an /api route that declares no access.
  await registerAccessControl(app, { db, now });
  registerStrictRequests(app);
  await registerOpenApi(app, deps.version);
  registerHealthRoutes(
    app,
    deps.database,
    { version: deps.version, instanceId: deps.instanceId },
    now,
  );
  registerAccountRoutes(app, { db, now });
  registerPrivacyRoutes(app, { db, now });
  registerExerciseRoutes(app, deps.catalogue);
  registerChecklistRoutes(app, { db, now });
  registerAssessmentRoutes(app, { db, now });
  registerPlanRoutes(app, { db, catalogue: deps.catalogue, now });
  const push = await registerPush(app, {
    database: deps.database,
    now,
    config: deps.push,
    advance: (personId, at) => advanceBreakState(db, personId, at),
  });
  registerBreakRoutes(app, {
    db,
    now,
    onStateSaved: push.onStateSaved,
  });
  registerSessionRoutes(app, { db, catalogue: deps.catalogue, now });
  app.addHook('onClose', async () => {
    await deps.database.close();
    app.log.info('database closed');
  });
  await app.ready();
  return app;
}
