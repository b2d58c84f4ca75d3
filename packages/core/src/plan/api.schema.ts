import { z } from 'zod';
import { exerciseIdSchema, phaseSchema } from '../catalogue/exercise.schema.ts';
import { sideSchema } from '../pose/pose.schema.ts';
import { redFlagIdSchema } from '../assessment/red-flags.ts';
import {
  triageAdviceSchema,
  triageLevelSchema,
  asymmetrySchema,
} from '../assessment/api.schema.ts';
import {
  instantSchema,
  isoDateSchema,
  list,
  recordId,
  type Expect,
  type Mirrors,
} from '../wire.schema.ts';
import { nprsSchema } from '../assessment/intake.schema.ts';
import { WEEKDAYS } from './dates.ts';
import type { HabitCode, HabitItem } from './habits.ts';
import type { Plan, PlanDay, PlanItem, PlanSession, ReasonCode } from './plan.ts';
import type {
  ChangeKind,
  ChangeTrigger,
  DoseSnapshot,
  ExerciseProgress,
  ProgressionChange,
  ProgressionState,
  Rating,
} from './progression.ts';

/**
 * Wire schemas of the plan and progression API (issue 4), shared by the server, the web app
 * and the CLI; the shared pieces are in wire.schema.ts.
 */

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

/** Fails to compile when a wire schema here drifts from the core type it mirrors. */
export type PlanApiMirrorChecks = [
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
