import { personOf } from '../auth/policy.ts';
import {
  CHECKLISTS_BY_ID,
  checklistAnswersSchema,
  checklistIdSchema,
  checklistOutcomeSchema,
  checklistSchema,
  evaluateChecklist,
  problemSchema,
} from '@psoas/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { insertClearance } from '../assessment/assessment.repository.ts';

export type ChecklistDeps = {
  readonly db: Db;
  readonly now: () => number;
};

const params = z.object({
  id: checklistIdSchema.describe('The checklist, e.g. "abdominal-release".'),
});

/**
 * Contraindication checklists that unlock an exercise (evidence.md §7.3). A cleared checklist
 * is stored with its time (for the one local person until accounts exist), so the plan can
 * include the exercise it unlocks; a clearance counts for 28 days.
 */
export function registerChecklistRoutes(app: FastifyInstance, deps: ChecklistDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/checklists/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['exercises'],
        summary: 'Get a contraindication checklist',
        params,
        response: { 200: checklistSchema, 400: problemSchema },
      },
    },
    (request) => CHECKLISTS_BY_ID[request.params.id],
  );

  api.post(
    '/api/checklists/:id/answers',
    {
      config: { access: 'person' },
      schema: {
        tags: ['exercises'],
        summary: 'Check answers to a contraindication checklist',
        description:
          'Cleared only when every question is answered "no". Any "yes" or missing answer keeps the exercise locked. A clearance is stored with its time and unlocks the exercise in the plan for 28 days.',
        params,
        body: z.object({ answers: checklistAnswersSchema }).strict(),
        response: { 200: checklistOutcomeSchema, 400: problemSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      const outcome = evaluateChecklist(CHECKLISTS_BY_ID[id], request.body.answers);
      if (outcome.cleared) {
        await insertClearance(
          deps.db,
          personOf(request.principal),
          id,
          request.body.answers,
          new Date(deps.now()),
        );
      }
      return outcome;
    },
  );
}
