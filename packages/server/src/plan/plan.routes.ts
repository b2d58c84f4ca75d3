import { personOf } from '../auth/policy.ts';
import {
  detailedProblemSchema,
  feedbackRequestSchema,
  feedbackResponseSchema,
  planQuerySchema,
  planResponseSchema,
  problemSchema,
  progressionStateSchema,
  undoResponseSchema,
} from '@psoas/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sendDomainError } from '../http/problem.ts';
import {
  getPlan,
  getProgression,
  recordFeedback,
  undoLastChange,
  type PlanDeps,
} from './plan.service.ts';

const TAGS = ['plan'];

/** The personal plan, session feedback and the progression it drives (issue 4). */
export function registerPlanRoutes(app: FastifyInstance, shared: Omit<PlanDeps, 'personId'>): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  // Every request works on its caller's own records: the policy says whose.
  const depsOf = (request: FastifyRequest): PlanDeps => ({
    ...shared,
    personId: personOf(request.principal),
  });

  api.get(
    '/api/plan',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: "Today's session and the week ahead",
        description:
          'Computed from the latest intake, screening and self-tests, the cleared checklists and the progression. Refused with 409 and a machine code: INTAKE_MISSING, SCREENING_MISSING, PLAN_STOPPED_BY_TRIAGE (details: level, triggeredBy, advice), RESCREEN_DUE (details: reasons) or PLAN_NO_EXERCISES.',
        querystring: planQuerySchema,
        response: { 200: planResponseSchema, 400: problemSchema, 409: detailedProblemSchema },
      },
    },
    async (request, reply) => {
      const result = await getPlan(depsOf(request), request.query.date);
      if (result.ok) return result.value;
      return sendDomainError(request, reply, result.error, { refusal: true });
    },
  );

  api.post(
    '/api/feedback',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'Rate the exercises of a session',
        description:
          'Per exercise: too easy, about right or too hard, and pain during (0-10). Returns the progression changes it caused, each explained in plain words and undoable.',
        body: feedbackRequestSchema,
        response: { 200: feedbackResponseSchema, 400: detailedProblemSchema },
      },
    },
    async (request, reply) => {
      const result = await recordFeedback(depsOf(request), request.body);
      if (result.ok) return result.value;
      return sendDomainError(request, reply, result.error);
    },
  );

  api.post(
    '/api/progression/undo',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'Undo the last progression change',
        response: { 200: undoResponseSchema, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const result = await undoLastChange(depsOf(request));
      if (result.ok) return result.value;
      return sendDomainError(request, reply, result.error);
    },
  );

  api.get(
    '/api/progression',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'The progression state and its change history',
        response: { 200: progressionStateSchema },
      },
    },
    (request) => getProgression(depsOf(request)),
  );
}
