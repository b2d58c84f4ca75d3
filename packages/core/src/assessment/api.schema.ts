import { z } from 'zod';
import { exerciseIdSchema, phaseSchema } from '../catalogue/exercise.schema.ts';
import { sideSchema } from '../pose/pose.schema.ts';
import { problemSchema } from '../problem.schema.ts';
import type { HabitCode, HabitItem } from '../plan/habits.ts';
import type { Plan, PlanDay, PlanItem, PlanSession, ReasonCode } from '../plan/plan.ts';
import type {
  ChangeKind,
  ChangeTrigger,
  DoseSnapshot,
  ExerciseProgress,
  ProgressionChange,
  ProgressionState,
  Rating,
} from '../plan/progression.ts';
import { WEEKDAYS, isIsoDate } from '../plan/dates.ts';
import { ageBandSchema, intakeSchema, nprsSchema } from './intake.schema.ts';
import {
  RED_FLAG_GROUPS,
  redFlagIdSchema,
  screeningAnswersSchema,
  type RedFlagGroup,
} from './red-flags.ts';
import { selfTestResultsSchema, type Asymmetry, type AsymmetryFinding } from './self-tests.ts';
import { TRIAGE_LEVELS, type TriageAdvice, type TriageOutcome } from './triage.ts';

/**
 * Wire schemas of the assessment and plan API (issue 4), shared by the server (validation and
 * OpenAPI), the web app and the CLI. The mirrors of core types are checked at compile time at
 * the end of this file, so a change to a core type that is not made here fails to build.
 */

/** An instant as the server sends it: ISO 8601 in UTC, e.g. "2025-03-01T09:30:00.000Z". */
export const instantSchema = z.iso.datetime();

/** A calendar date "YYYY-MM-DD" that exists (no 31 February). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date like 2025-01-31' })
  .refine(isIsoDate, { message: 'a real calendar date like 2025-01-31' });

const recordId = z.string().min(1).max(64);

/** Arrays of core results are readonly in core, so their wire mirrors are too. */
function list<T extends z.ZodType>(item: T) {
  return z.array(item).readonly();
}

/** A problem (RFC 9457) that may carry machine-readable `details`, e.g. the missing ids. */
export const detailedProblemSchema = problemSchema.extend({
  details: z.record(z.string(), z.unknown()).optional(),
});
export type DetailedProblem = z.infer<typeof detailedProblemSchema>;

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

// ---------------------------------------------------------------- plan

export const REASON_CODES = [
  'tighter-side',
  'weaker-side',
  'long-sitting',
  'hip-flexor-length',
  'strength-days',
  'release-first',
] as const;

export const planItemSchema = z.object({
  exerciseId: exerciseIdSchema,
  name: z.string(),
  phase: phaseSchema,
  laterality: z.enum(['both-sides', 'per-side']),
  holdSeconds: z.number().nullable(),
  reps: z.number().nullable(),
  sets: z.number(),
  restSeconds: z.number(),
  extraSetSide: sideSchema.nullable(),
  estimatedSeconds: z.number(),
  reasonCode: z.enum(REASON_CODES),
  reason: z.string(),
});

export const planSessionSchema = z.object({
  kind: z.enum(['main', 'extra']),
  items: list(planItemSchema),
  estimatedSeconds: z.number(),
});

export const planDaySchema = z.object({
  date: z.string(),
  weekday: z.enum(WEEKDAYS),
  sessions: list(planSessionSchema),
});

export const HABIT_CODES = [
  'movement-break',
  'stand-more',
  'uncross-legs',
  'feet-flat',
  'sit-back',
  'sleep-position',
  'balance-core-work',
  'driving-breaks',
  'catalogue',
] as const;

export const habitItemSchema = z.object({
  code: z.enum(HABIT_CODES),
  exerciseId: exerciseIdSchema.nullable(),
  everyMinutes: z.number().nullable(),
  reason: z.string(),
});

export const planSchema = z.object({
  startDate: z.string(),
  mode: z.enum(['full', 'gentle']),
  budgetSeconds: z.number(),
  today: planDaySchema,
  week: list(planDaySchema),
  habits: list(habitItemSchema),
  asymmetries: list(asymmetrySchema),
  tighterSide: sideSchema.nullable(),
  weakerSide: sideSchema.nullable(),
});

export const planQuerySchema = z.strictObject({
  date: isoDateSchema
    .optional()
    .describe('The first day of the plan; default today in the intake’s time zone.'),
});
export type PlanQuery = z.infer<typeof planQuerySchema>;

export const NOTICE_CODES = [
  /** Triage allowed the gentle programme only: a doctor within days. */
  'see-doctor-within-days',
  /** 28 days or more without meaningful pain improvement. */
  'clinician-review-suggested',
  /** Group D answers: a professional should have a say first. */
  'professional-caution',
  /** The self-tests are 28 days old or more: time to measure again and compare. */
  'reassessment-suggested',
] as const;
export const noticeCodeSchema = z.enum(NOTICE_CODES);
export type NoticeCode = z.infer<typeof noticeCodeSchema>;

export const noticeSchema = z.object({ code: noticeCodeSchema, text: z.string() });
export type Notice = z.infer<typeof noticeSchema>;

/** `GET /api/plan`: the plan, plus notices and when the next screening is due at the latest. */
export const planResponseSchema = planSchema.extend({
  notices: z.array(noticeSchema),
  screening: z.object({
    id: recordId,
    recordedAt: instantSchema,
    level: triageLevelSchema,
    /** The screening must be repeated by then (every 28 days), or sooner if pain rises. */
    dueBy: instantSchema,
  }),
  intakeId: recordId,
  selfTestsId: recordId.nullable(),
});
export type PlanResponse = z.infer<typeof planResponseSchema>;

/** The `details` of a 409 PLAN_STOPPED_BY_TRIAGE problem. */
export const planStoppedDetailsSchema = z.object({
  level: triageLevelSchema,
  triggeredBy: z.array(redFlagIdSchema),
  advice: triageAdviceSchema,
  screeningId: recordId,
});
/** The `details` of a 409 RESCREEN_DUE problem. */
export const rescreenDueDetailsSchema = z.object({
  reasons: z.array(z.enum(['pain-rose', 'interval-passed'])),
  lastScreenedAt: instantSchema,
});
/** The `details` of a 400 SCREENING_INCOMPLETE problem. */
export const screeningIncompleteDetailsSchema = z.object({
  unanswered: z.array(redFlagIdSchema),
});

// ---------------------------------------------------------------- progression

export const RATINGS = ['too-easy', 'about-right', 'too-hard'] as const;
export const ratingSchema = z.enum(RATINGS);

export const feedbackItemSchema = z.strictObject({
  exerciseId: exerciseIdSchema,
  rating: ratingSchema,
  /** Pain during the exercise, 0-10. */
  pain: nprsSchema,
  /** Reps done in every set (the lowest set), for rep-based exercises. */
  repsDone: z.number().int().min(0).max(200).optional(),
});
export const feedbackRequestSchema = z.strictObject({
  /** The session's day, "YYYY-MM-DD" in the person's time zone. */
  date: isoDateSchema,
  items: z.array(feedbackItemSchema).min(1).max(50),
});
export type FeedbackRequest = z.infer<typeof feedbackRequestSchema>;

const CHANGE_KINDS = [
  'lengthen-hold',
  'raise-reps',
  'move-up',
  'move-down',
  'shorten-hold',
  'lower-reps',
] as const;
const CHANGE_TRIGGERS = [
  'three-too-easy',
  'reps-above-target',
  'two-too-hard',
  'pain-rose',
] as const;

export const exerciseProgressSchema = z.object({
  holdSeconds: z.number().nullable(),
  reps: z.number().nullable(),
  tooEasyStreak: z.number(),
  tooHardStreak: z.number(),
  lowestPain: z.number().nullable(),
});

export const doseSnapshotSchema = z.object({
  exerciseId: exerciseIdSchema,
  holdSeconds: z.number().nullable(),
  reps: z.number().nullable(),
});

export const progressionChangeSchema = z.object({
  seq: z.number().int(),
  /** Milliseconds since the epoch. */
  at: z.number(),
  kind: z.enum(CHANGE_KINDS),
  trigger: z.enum(CHANGE_TRIGGERS),
  from: doseSnapshotSchema,
  to: doseSnapshotSchema,
  /** What changed and why, in plain words. */
  explanation: z.string(),
  previous: z.object({
    exercises: z.record(z.string(), exerciseProgressSchema.optional()),
    ladder: z
      .object({ name: z.string(), current: z.union([exerciseIdSchema, z.undefined()]) })
      .nullable(),
  }),
});

export const progressionStateSchema = z.object({
  exercises: z.record(z.string(), exerciseProgressSchema),
  ladders: z.record(z.string(), exerciseIdSchema),
  history: list(progressionChangeSchema),
});

export const feedbackResponseSchema = z.object({
  /** The changes this feedback made, possibly none, each explained in plain words. */
  changes: list(progressionChangeSchema),
});
export type FeedbackResponse = z.infer<typeof feedbackResponseSchema>;

export const undoResponseSchema = z.object({
  undone: progressionChangeSchema,
  progression: progressionStateSchema,
});
export type UndoResponse = z.infer<typeof undoResponseSchema>;

// ---------------------------------------------------------------- compile-time checks

type DeepMutable<T> = T extends readonly (infer U)[]
  ? DeepMutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;
/** True when the wire type and the core type have the same shape, readonly aside. */
type Mirrors<Wire, Core> = [DeepMutable<Wire>] extends [DeepMutable<Core>]
  ? [DeepMutable<Core>] extends [DeepMutable<Wire>]
    ? true
    : false
  : false;
type Expect<T extends true> = T;

/** Fails to compile when a wire schema here drifts from the core type it mirrors. */
export type ApiMirrorChecks = [
  Expect<Mirrors<z.infer<typeof triageOutcomeSchema>, TriageOutcome>>,
  Expect<Mirrors<z.infer<typeof triageAdviceSchema>, TriageAdvice>>,
  Expect<Mirrors<z.infer<typeof redFlagGroupSchema>, RedFlagGroup>>,
  Expect<Mirrors<z.infer<typeof asymmetrySchema>, Asymmetry>>,
  Expect<Mirrors<(typeof ASYMMETRY_FINDINGS)[number], AsymmetryFinding>>,
  Expect<Mirrors<z.infer<typeof planItemSchema>, PlanItem>>,
  Expect<Mirrors<(typeof REASON_CODES)[number], ReasonCode>>,
  Expect<Mirrors<z.infer<typeof planSessionSchema>, PlanSession>>,
  Expect<Mirrors<z.infer<typeof planDaySchema>, PlanDay>>,
  Expect<Mirrors<z.infer<typeof habitItemSchema>, HabitItem>>,
  Expect<Mirrors<(typeof HABIT_CODES)[number], HabitCode>>,
  Expect<Mirrors<z.infer<typeof planSchema>, Plan>>,
  Expect<Mirrors<z.infer<typeof ratingSchema>, Rating>>,
  Expect<Mirrors<(typeof CHANGE_KINDS)[number], ChangeKind>>,
  Expect<Mirrors<(typeof CHANGE_TRIGGERS)[number], ChangeTrigger>>,
  Expect<Mirrors<z.infer<typeof exerciseProgressSchema>, ExerciseProgress>>,
  Expect<Mirrors<z.infer<typeof doseSnapshotSchema>, DoseSnapshot>>,
  Expect<Mirrors<z.infer<typeof progressionChangeSchema>, ProgressionChange>>,
  Expect<Mirrors<z.infer<typeof progressionStateSchema>, ProgressionState>>,
];
