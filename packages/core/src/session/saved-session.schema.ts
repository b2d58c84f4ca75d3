import { z } from 'zod';
import { equipmentSchema, exerciseIdSchema, phaseSchema } from '../catalogue/exercise.schema.ts';
import { sideSchema } from '../pose/pose.schema.ts';
import { asInstant } from '../time/instant.ts';
import type { Expect, Mirrors } from '../wire.schema.ts';
import type { BeepTone, SpeechCode, StepKind } from './session-step.ts';
import type { StepOutcome } from './step-record.ts';
import { millis } from './time.ts';

/**
 * The shape of a session machine state as a player stores it (localStorage, a file) to resume
 * after a reload or a restart. Shapes only, strict and bounded; the rules that tie fields
 * together (an index within the steps, a cursor within the step's cues) are in saved-session.ts.
 * Numbers must be finite: zod 4 rejects NaN and Infinity.
 */

/** Long enough for any step of any plan, short enough to reject nonsense. */
const MAX_STEP_MS = 6 * 3600 * 1000;
const MAX_STEPS = 5000;
const MAX_CUES_PER_STEP = 1000;

const durationSchema = z.number().min(0).max(MAX_STEP_MS).transform(millis);
/** Any active time a session could reach, a day at most. */
const activeMsSchema = z
  .number()
  .min(0)
  .max(24 * 3600 * 1000)
  .transform(millis);
const instantSchema = z.number().transform(asInstant);
const countSchema = z.number().int().min(0);
const ordinalSchema = z.number().int().min(1);

const SPEECH_CODES = [
  'exercise',
  'switch-sides',
  'hold',
  'release',
  'roll',
  'stop-rolling',
  'last-set',
  'rest',
  'session-complete',
] as const;
const BEEP_TONES = ['go', 'lower'] as const;
const STEP_KINDS = ['get-ready', 'hold', 'reps', 'rest', 'done'] as const;
const STEP_OUTCOMES = ['done', 'skipped', 'cut-short'] as const;
export type SavedShapesMirrorCore = [
  Expect<Mirrors<(typeof SPEECH_CODES)[number], SpeechCode>>,
  Expect<Mirrors<(typeof BEEP_TONES)[number], BeepTone>>,
  Expect<Mirrors<(typeof STEP_KINDS)[number], StepKind>>,
  Expect<Mirrors<(typeof STEP_OUTCOMES)[number], StepOutcome>>,
];

const stepCueSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('speak'), say: z.enum(SPEECH_CODES), atMs: durationSchema }),
  z.strictObject({
    kind: z.literal('count'),
    value: z.number().int().min(0).max(10_000),
    direction: z.enum(['down', 'up']),
    atMs: durationSchema,
  }),
  z.strictObject({ kind: z.literal('beep'), tone: z.enum(BEEP_TONES), atMs: durationSchema }),
]);

const stepPreviewSchema = z.strictObject({
  index: countSchema,
  kind: z.enum(STEP_KINDS),
  exerciseId: exerciseIdSchema.nullable(),
  name: z.string().max(200).nullable(),
  side: sideSchema.nullable(),
  set: ordinalSchema.nullable(),
  rep: ordinalSchema.nullable(),
});

const stepBase = {
  index: countSchema,
  durationMs: durationSchema,
  cues: z.array(stepCueSchema).max(MAX_CUES_PER_STEP),
};

const exerciseStepBase = {
  ...stepBase,
  exerciseId: exerciseIdSchema,
  name: z.string().max(200),
  phase: phaseSchema,
  side: sideSchema.nullable(),
  set: ordinalSchema.nullable(),
  setsOnSide: countSchema,
  rep: ordinalSchema.nullable(),
  repsPerSet: ordinalSchema,
  keyframeLabel: z.string().max(200).nullable(),
  next: stepPreviewSchema.nullable(),
};

export const sessionStepSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...exerciseStepBase,
    kind: z.literal('get-ready'),
    reason: z.enum(['new-exercise', 'switch-sides']),
    equipment: z.array(equipmentSchema).max(20),
  }),
  z.strictObject({
    ...exerciseStepBase,
    kind: z.literal('hold'),
    action: z.enum(['hold', 'roll']),
    moveInMs: durationSchema,
    holdMs: durationSchema,
    moveOutMs: durationSchema,
  }),
  z.strictObject({
    ...exerciseStepBase,
    kind: z.literal('reps'),
    reps: ordinalSchema.max(1000),
    tempo: z.strictObject({ upMs: durationSchema, holdMs: durationSchema, downMs: durationSchema }),
    repMs: durationSchema,
  }),
  z.strictObject({
    ...exerciseStepBase,
    kind: z.literal('rest'),
    reason: z.enum(['between-holds', 'between-sets']),
  }),
  z.strictObject({ ...stepBase, kind: z.literal('done'), next: z.null() }),
]);

export const stepRecordSchema = z.strictObject({
  index: countSchema,
  outcome: z.enum(STEP_OUTCOMES),
  ranMs: durationSchema,
  repsDone: countSchema.nullable(),
});

const base = {
  steps: z.array(sessionStepSchema).max(MAX_STEPS),
  /** Cues are what one transition emitted; a saved state has played them already. */
  cues: z.tuple([]),
  record: z.array(stepRecordSchema).max(MAX_STEPS),
};

const position = { index: countSchema, entry: countSchema, cueCursor: countSchema };
const clock = { startedAt: instantSchema, activeMs: activeMsSchema };

/** A session machine state, shape only (see saved-session.ts for the rules between fields). */
export const sessionStateShapeSchema = z.discriminatedUnion('status', [
  z.strictObject({ ...base, status: z.literal('idle') }),
  z.strictObject({
    ...base,
    ...position,
    ...clock,
    status: z.literal('running'),
    deadline: instantSchema,
    lastAt: instantSchema,
    resumedAt: instantSchema,
  }),
  z.strictObject({
    ...base,
    ...position,
    ...clock,
    status: z.literal('paused'),
    remainingMs: durationSchema,
    pausedAt: instantSchema,
  }),
  z.strictObject({
    ...base,
    ...position,
    ...clock,
    status: z.literal('auto-paused'),
    remainingMs: durationSchema,
    pausedAt: instantSchema,
    detectedAt: instantSchema,
    reason: z.enum(['gap', 'clock-went-back']),
  }),
  z.strictObject({
    ...base,
    status: z.literal('finished'),
    index: countSchema,
    finishedAt: instantSchema,
    outcome: z.enum(['completed', 'ended-early']),
    startedAt: instantSchema.nullable(),
    activeMs: activeMsSchema,
  }),
]);
