import { z } from 'zod';
import { sideSchema } from '../pose/pose.schema.ts';
import { instantSchema, list, recordId, type Expect, type Mirrors } from '../wire.schema.ts';
import { ageBandSchema, intakeSchema } from './intake.schema.ts';
import {
  RED_FLAG_GROUPS,
  redFlagIdSchema,
  screeningAnswersSchema,
  type RedFlagGroup,
} from './red-flags.ts';
import { selfTestResultsSchema, type Asymmetry, type AsymmetryFinding } from './self-tests.ts';
import { TRIAGE_LEVELS, type TriageAdvice, type TriageOutcome } from './triage.ts';

/**
 * Wire schemas of the assessment API (issue 4): intakes, screenings and self-tests, shared by
 * the server (validation and OpenAPI), the web app and the CLI. The plan's are in
 * plan/api.schema.ts, the shared pieces in wire.schema.ts.
 */

// ---------------------------------------------------------------- intakes

export const intakeRecordSchema = z.object({
  id: recordId,
  recordedAt: instantSchema,
  intake: intakeSchema,
});
export type IntakeRecord = z.infer<typeof intakeRecordSchema>;

/** Newest first. */
export const intakeListSchema = z.object({ items: z.array(intakeRecordSchema) });
export type IntakeList = z.infer<typeof intakeListSchema>;

// ---------------------------------------------------------------- screening

export const redFlagGroupSchema = z.enum(RED_FLAG_GROUPS);

export const screeningQuestionSchema = z.object({
  id: redFlagIdSchema,
  group: redFlagGroupSchema,
  /** The question in plain words, answerable yes or no. */
  text: z.string(),
  /** Group D answers are optional; every A, B and C question must be answered. */
  required: z.boolean(),
});
export type ScreeningQuestion = z.infer<typeof screeningQuestionSchema>;

export const screeningQuestionListSchema = z.object({ items: z.array(screeningQuestionSchema) });
export type ScreeningQuestionList = z.infer<typeof screeningQuestionListSchema>;

export const screeningRequestSchema = z.strictObject({
  answers: screeningAnswersSchema,
  ageBand: ageBandSchema,
});
export type ScreeningRequest = z.infer<typeof screeningRequestSchema>;

export const triageLevelSchema = z.enum(TRIAGE_LEVELS);
export const programmeAllowanceSchema = z.enum(['stopped', 'gentle', 'full']);

export const triageOutcomeSchema = z.object({
  level: triageLevelSchema,
  programme: programmeAllowanceSchema,
  triggeredBy: list(redFlagIdSchema),
  alsoFlagged: list(redFlagIdSchema),
  cautions: list(redFlagIdSchema),
});

export const triageAdviceSchema = z.object({ headline: z.string(), action: z.string() });

export const screeningRecordSchema = z.object({
  id: recordId,
  recordedAt: instantSchema,
  ageBand: ageBandSchema,
  answers: screeningAnswersSchema,
  outcome: triageOutcomeSchema,
  advice: triageAdviceSchema,
});
export type ScreeningRecord = z.infer<typeof screeningRecordSchema>;

// ---------------------------------------------------------------- self-tests

export const ASYMMETRY_FINDINGS = [
  'hip-flexors-tighter',
  'front-thigh-tighter',
  'thigh-drifts-out',
  'knee-to-chest-tighter',
  'pelvis-tilts-more',
  'bridge-weaker',
] as const;

export const asymmetrySchema = z.object({
  finding: z.enum(ASYMMETRY_FINDINGS),
  side: sideSchema,
  kind: z.enum(['tighter', 'weaker']),
  observation: z.string(),
});

export const selfTestRecordSchema = z.object({
  id: recordId,
  recordedAt: instantSchema,
  results: selfTestResultsSchema,
  asymmetries: z.array(asymmetrySchema),
});
export type SelfTestRecord = z.infer<typeof selfTestRecordSchema>;

/** Newest first. */
export const selfTestListSchema = z.object({ items: z.array(selfTestRecordSchema) });
export type SelfTestList = z.infer<typeof selfTestListSchema>;

export const selfTestChangeSchema = z.object({
  test: z.enum([
    'thomas-thigh',
    'thomas-knee',
    'thomas-drift',
    'knee-to-chest',
    'pelvic-tilt',
    'bridge-hold',
  ]),
  side: sideSchema,
  direction: z.enum(['better', 'same', 'worse', 'different']),
  observation: z.string(),
});

/** The latest self-tests against the first ones (re-assessment). */
export const selfTestComparisonSchema = z.object({
  first: selfTestRecordSchema,
  latest: selfTestRecordSchema,
  changes: z.array(selfTestChangeSchema).readonly(),
  evenedOut: z.array(asymmetrySchema).readonly(),
  newDifferences: z.array(asymmetrySchema).readonly(),
});
export type SelfTestComparisonRecord = z.infer<typeof selfTestComparisonSchema>;

// ---------------------------------------------------------------- compile-time checks

/** Fails to compile when a wire schema here drifts from the core type it mirrors. */
export type AssessmentApiMirrorChecks = [
  Expect<Mirrors<z.infer<typeof triageOutcomeSchema>, TriageOutcome>>,
  Expect<Mirrors<z.infer<typeof triageAdviceSchema>, TriageAdvice>>,
  Expect<Mirrors<z.infer<typeof redFlagGroupSchema>, RedFlagGroup>>,
  Expect<Mirrors<z.infer<typeof asymmetrySchema>, Asymmetry>>,
  Expect<Mirrors<(typeof ASYMMETRY_FINDINGS)[number], AsymmetryFinding>>,
];
