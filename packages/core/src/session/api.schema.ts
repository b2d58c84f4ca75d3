import { z } from 'zod';
import { nprsSchema } from '../assessment/intake.schema.ts';
import { exerciseIdSchema } from '../catalogue/exercise.schema.ts';
import { feedbackItemSchema, progressionChangeSchema } from '../plan/api.schema.ts';
import { sideSchema } from '../pose/pose.schema.ts';
import { instantSchema, isoDateSchema, list, recordId } from '../wire.schema.ts';

/**
 * Wire schemas of the session log (issue 5): what a player records when a guided session ends,
 * shared by the server, the web app and the CLI. Requests are strict (an unknown field is a 400
 * naming it) and bounded, so a broken or hostile client cannot store nonsense.
 */

/**
 * The `Idempotency-Key` header of `POST /api/sessions`: chosen by the client once per session
 * (a UUID serves), sent again unchanged on every retry.
 */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const idempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,100}$/, { message: '8-100 letters, digits, "-" or "_"' });

/** One exercise on one side as planned and as done. */
export const sessionLogItemSchema = z.strictObject({
  exerciseId: exerciseIdSchema,
  /** The worked side; null for exercises done on both sides at once. */
  side: sideSchema.nullable(),
  planned: z.strictObject({
    sets: z.number().int().min(0).max(20),
    /** Reps or holds per set. */
    repsPerSet: z.number().int().min(1).max(200),
    /** Seconds per hold; null for reps without a hold. */
    holdSeconds: z.number().min(0).max(600).nullable(),
  }),
  done: z.strictObject({
    /** Sets whose every rep or hold ran to its end. */
    sets: z.number().int().min(0).max(20),
    /** Reps or holds finished, over all sets. */
    reps: z.number().int().min(0).max(4000),
    /** Seconds actually held, over all holds; null for reps without a hold. */
    heldSeconds: z.number().min(0).max(36_000).nullable(),
    /** Steps of this exercise and side the person skipped. */
    skippedSteps: z.number().int().min(0).max(1000),
  }),
});
export type SessionLogItem = z.infer<typeof sessionLogItemSchema>;

export const SESSION_OUTCOMES = ['completed', 'ended-early'] as const;
export const sessionOutcomeSchema = z.enum(SESSION_OUTCOMES);

export const SESSION_NOTE_MAX = 2000;

export const sessionLogRequestSchema = z
  .strictObject({
    /** The plan day the session belongs to, "YYYY-MM-DD" in the person's time zone. */
    date: isoDateSchema,
    startedAt: instantSchema,
    finishedAt: instantSchema,
    outcome: sessionOutcomeSchema,
    /** What the plan said the session takes, and the time it actually ran (pauses left out). */
    plannedSeconds: z
      .number()
      .int()
      .min(0)
      .max(6 * 3600),
    activeSeconds: z
      .number()
      .int()
      .min(0)
      .max(12 * 3600),
    items: z.array(sessionLogItemSchema).max(100),
    /** Per-exercise feedback; it drives the progression exactly as `POST /api/feedback`. */
    feedback: z.array(feedbackItemSchema).max(50),
    /** Pain right after the session, 0-10; null when the person did not say. */
    painNow: nprsSchema.nullable(),
    note: z.string().max(SESSION_NOTE_MAX),
  })
  .refine((r) => Date.parse(r.finishedAt) >= Date.parse(r.startedAt), {
    message: 'a session finishes after it starts',
    path: ['finishedAt'],
  });
export type SessionLogRequest = z.infer<typeof sessionLogRequestSchema>;

/** A stored session: the request as recorded, its id and the progression changes it made. */
export const sessionLogSchema = z.object({
  id: recordId,
  recordedAt: instantSchema,
  date: isoDateSchema,
  startedAt: instantSchema,
  finishedAt: instantSchema,
  outcome: sessionOutcomeSchema,
  plannedSeconds: z.number(),
  activeSeconds: z.number(),
  items: list(sessionLogItemSchema),
  feedback: list(feedbackItemSchema),
  painNow: z.number().nullable(),
  note: z.string(),
  changes: list(progressionChangeSchema),
});
export type SessionLog = z.infer<typeof sessionLogSchema>;

export const sessionLogListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Only sessions whose plan day is on or after this date. */
  from: isoDateSchema.optional(),
});

export const sessionLogListSchema = z.object({ sessions: list(sessionLogSchema) });
export type SessionLogList = z.infer<typeof sessionLogListSchema>;
