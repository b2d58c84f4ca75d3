import {
  equipmentSchema,
  exerciseDetailSchema,
  exerciseListSchema,
  muscleSchema,
  phaseSchema,
  problemSchema,
  type CatalogueFilter,
  type ExerciseList,
} from '@psoas/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendDomainError } from '../http/problem.ts';
import type { CatalogueService } from './catalogue.service.ts';

const listQuery = z
  .object({
    phase: phaseSchema.optional().describe('Only exercises of this phase.'),
    equipment: equipmentSchema.optional().describe('Only exercises that use this equipment.'),
    muscle: muscleSchema.optional().describe('Only exercises that target this muscle.'),
    level: z.coerce.number().int().min(1).max(3).optional().describe('Only this level, 1 to 3.'),
    q: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe('Words that must all appear in the name, other names or summary.'),
  })
  .strict();

function isEmpty(filter: CatalogueFilter): boolean {
  return Object.values(filter).every((value) => value === undefined);
}
const idParams = z.object({
  id: z.string().min(1).max(80).describe('The exercise id, a slug such as "glute-bridge".'),
});

export function registerExerciseRoutes(app: FastifyInstance, catalogue: CatalogueService): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  // The whole list is the common request and changes only on sync: serialise it once per
  // catalogue version instead of on every request.
  let cached: { revision: number; body: string } | undefined;

  api.get(
    '/api/exercises',
    {
      config: { access: 'public' },
      schema: {
        tags: ['exercises'],
        summary: 'List exercises',
        description:
          'In the care method order (release, stretch, activate, strengthen, habit, traction), then by level. Filters combine: an exercise must match all of them.',
        querystring: listQuery,
        response: { 200: exerciseListSchema, 400: problemSchema },
      },
    },
    (request, reply) => {
      const filter: CatalogueFilter = request.query;
      if (!isEmpty(filter)) {
        const items = catalogue.list(filter);
        return { items, total: items.length };
      }
      if (cached?.revision !== catalogue.revision()) {
        const items = catalogue.list({});
        cached = {
          revision: catalogue.revision(),
          body: JSON.stringify(exerciseListSchema.parse({ items, total: items.length })),
        };
      }
      // Already serialised (and checked against the schema above): send the bytes as they are.
      // The cast only tells the type provider so; the serializer passes the string through.
      void reply
        .type('application/json; charset=utf-8')
        .serializer((body: unknown) => String(body))
        .send(cached.body as unknown as ExerciseList);
      return undefined;
    },
  );

  api.get(
    '/api/exercises/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['exercises'],
        summary: 'Get one exercise',
        description: 'The exercise with the evidence behind its dose.',
        params: idParams,
        response: { 200: exerciseDetailSchema, 404: problemSchema },
      },
    },
    (request, reply) => {
      const found = catalogue.get(request.params.id);
      if (found.ok) return found.value;
      sendDomainError(request, reply, found.error);
      return undefined;
    },
  );
}
