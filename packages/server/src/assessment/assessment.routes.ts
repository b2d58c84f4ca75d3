import { personOf } from '../auth/policy.ts';
import {
  compareSelfTests,
  selfTestComparisonSchema,
  RED_FLAG_QUESTIONS,
  TRIAGE_ADVICE,
  detailedProblemSchema,
  intakeListSchema,
  intakeRecordSchema,
  intakeSchema,
  problemSchema,
  screeningQuestionListSchema,
  screeningRecordSchema,
  screeningRequestSchema,
  selfTestListSchema,
  selfTestRecordSchema,
  selfTestResultsSchema,
  triageScreening,
} from '@psoas/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../db/database.ts';
import { sendDomainError } from '../http/problem.ts';
import {
  insertIntake,
  insertScreening,
  insertSelfTests,
  latestIntake,
  latestScreening,
  latestSelfTests,
  listIntakes,
  listSelfTests,
} from './assessment.repository.ts';

export type AssessmentDeps = {
  readonly db: Db;
  readonly now: () => number;
};

const TAGS = ['assessment'];

/**
 * Intake, red-flag screening and self-tests (issue 4). Every record is kept with the server's
 * time; a new one never replaces an old one.
 */
export function registerAssessmentRoutes(app: FastifyInstance, deps: AssessmentDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const at = () => new Date(deps.now());

  api.post(
    '/api/intakes',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'Record an intake',
        description:
          'About the person, their habits, symptoms and goals. Each intake is kept with its time; the latest is the current one.',
        body: intakeSchema,
        response: { 201: intakeRecordSchema, 400: problemSchema },
      },
    },
    async (request, reply) => {
      const record = await insertIntake(db, personOf(request.principal), request.body, at());
      return reply.code(201).send(record);
    },
  );

  api.get(
    '/api/intakes',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'List intakes, newest first',
        response: { 200: intakeListSchema },
      },
    },
    async (request) => ({ items: await listIntakes(db, personOf(request.principal)) }),
  );

  api.get(
    '/api/intakes/latest',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'Get the latest intake',
        response: { 200: intakeRecordSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const record = await latestIntake(db, personOf(request.principal));
      if (record) return record;
      return sendDomainError(request, reply, {
        code: 'INTAKE_MISSING',
        message: 'No intake has been recorded yet.',
      });
    },
  );

  api.get(
    '/api/screening/questions',
    {
      config: { access: 'public' },
      schema: {
        tags: TAGS,
        summary: 'The red-flag screening questions',
        description:
          'Every A, B and C question must be answered "yes" or "no"; group D answers are optional cautions.',
        response: { 200: screeningQuestionListSchema },
      },
    },
    () => ({
      items: RED_FLAG_QUESTIONS.map((q) => ({
        id: q.id,
        group: q.group,
        text: q.question,
        required: q.group !== 'D',
      })),
    }),
  );

  api.post(
    '/api/screenings',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'Answer the red-flag screening',
        description:
          'Applies the triage of evidence.md §5.2. A, B, two C answers or a C answer over 50 stop the programme until a new screening clears it. An incomplete screening is refused with SCREENING_INCOMPLETE naming the unanswered ids in details.unanswered.',
        body: screeningRequestSchema,
        response: { 201: screeningRecordSchema, 400: detailedProblemSchema },
      },
    },
    async (request, reply) => {
      const { answers, ageBand } = request.body;
      const triaged = triageScreening(answers, { ageBand });
      if (!triaged.ok) return sendDomainError(request, reply, triaged.error);
      const record = await insertScreening(
        db,
        personOf(request.principal),
        { answers, ageBand, outcome: triaged.value },
        at(),
      );
      return reply.code(201).send({ ...record, advice: TRIAGE_ADVICE[record.outcome.level] });
    },
  );

  api.get(
    '/api/screenings/latest',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'Get the latest screening and its triage outcome',
        response: { 200: screeningRecordSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const record = await latestScreening(db, personOf(request.principal));
      if (record) return record;
      return sendDomainError(request, reply, {
        code: 'SCREENING_MISSING',
        message: 'No screening has been answered yet.',
      });
    },
  );

  api.post(
    '/api/self-tests',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'Record self-test results, per side',
        description:
          'Each test is optional; a test that was done has both sides. The answer lists the side-to-side differences found.',
        body: selfTestResultsSchema,
        response: { 201: selfTestRecordSchema, 400: problemSchema },
      },
    },
    async (request, reply) => {
      const record = await insertSelfTests(db, personOf(request.principal), request.body, at());
      return reply.code(201).send(record);
    },
  );

  api.get(
    '/api/self-tests',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'List self-test results, newest first',
        response: { 200: selfTestListSchema },
      },
    },
    async (request) => ({ items: await listSelfTests(db, personOf(request.principal)) }),
  );

  api.get(
    '/api/self-tests/comparison',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'Compare the latest self-tests with the first ones',
        description:
          'For re-assessment after 4-6 weeks: per test and side, what changed, and which side differences evened out. Angle changes count from 5°, bridge holds from 20%; pelvic tilt is noted, never scored.',
        response: { 200: selfTestComparisonSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const items = await listSelfTests(db, personOf(request.principal));
      const latest = items[0];
      const first = items.at(-1);
      if (!latest || !first || items.length < 2) {
        return sendDomainError(request, reply, {
          code: 'SELF_TESTS_MISSING',
          message: 'A comparison needs at least two self-tests: the first and a later one.',
        });
      }
      return { first, latest, ...compareSelfTests(first.results, latest.results) };
    },
  );

  api.get(
    '/api/self-tests/latest',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'Get the latest self-test results',
        response: { 200: selfTestRecordSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const record = await latestSelfTests(db, personOf(request.principal));
      if (record) return record;
      return sendDomainError(request, reply, {
        code: 'SELF_TESTS_MISSING',
        message: 'No self-tests have been recorded yet.',
      });
    },
  );
}
