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

const params = z.object({
  id: checklistIdSchema.describe('The checklist, e.g. "abdominal-release".'),
});

/**
 * Contraindication checklists that unlock an exercise (evidence.md §7.3). Evaluating answers
 * stores nothing yet: without accounts the web app and the CLI keep the outcome on the device.
 */
export function registerChecklistRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/checklists/:id',
    {
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
      schema: {
        tags: ['exercises'],
        summary: 'Check answers to a contraindication checklist',
        description:
          'Cleared only when every question is answered "no". Any "yes" or missing answer keeps the exercise locked.',
        params,
        body: z.object({ answers: checklistAnswersSchema }).strict(),
        response: { 200: checklistOutcomeSchema, 400: problemSchema },
      },
    },
    (request) => evaluateChecklist(CHECKLISTS_BY_ID[request.params.id], request.body.answers),
  );
}
