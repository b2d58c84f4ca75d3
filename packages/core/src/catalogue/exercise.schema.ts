import { z } from 'zod';
import { keyframeSchema } from '../pose/pose.schema.ts';

/**
 * The exercise catalogue's shape. These schemas are the single source of truth for the wire
 * format: the server validates and documents its responses with them (and derives OpenAPI from
 * them), and web and CLI parse what they receive with them.
 */

/** The care method's order: release, then stretch, then activate and strengthen. */
export const PHASES = [
  'release',
  'stretch',
  'activate',
  'strengthen',
  'habit',
  'traction',
] as const;
export const phaseSchema = z.enum(PHASES);
export type Phase = z.infer<typeof phaseSchema>;

export const MUSCLES = [
  'psoas',
  'iliacus',
  'rectus-femoris',
  'tfl',
  'quadriceps',
  'glutes',
  'deep-hip-rotators',
  'spinal-erectors',
  'hamstrings',
  'abdominals',
] as const;
export const muscleSchema = z.enum(MUSCLES);
export type Muscle = z.infer<typeof muscleSchema>;

export const EQUIPMENT = [
  'none',
  'mat',
  'foam-roller',
  'ball',
  'table-or-chair',
  'wall',
  'band',
] as const;
export const equipmentSchema = z.enum(EQUIPMENT);
export type Equipment = z.infer<typeof equipmentSchema>;

export const exerciseIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an exercise id is a lowercase slug, like "glute-bridge"')
  .max(80)
  .brand<'ExerciseId'>();
export type ExerciseId = z.infer<typeof exerciseIdSchema>;

/** Keys into the evidence register (see evidence.ts); the schema only checks the shape. */
const evidenceKeysSchema = z.array(z.string().min(1)).min(1);

/**
 * One number of a dose: its default, the range a plan may move it within, and why, with the
 * evidence it rests on. Every clinical number the app shows carries its source.
 */
export const doseRangeSchema = z
  .object({
    default: z.number().int().nonnegative(),
    min: z.number().int().nonnegative(),
    max: z.number().int().nonnegative(),
    /** Why this number, in one sentence, naming any disagreement with practice. */
    why: z.string().min(1),
    evidence: evidenceKeysSchema,
  })
  .refine((r) => r.min <= r.default && r.default <= r.max, {
    message: 'default must lie within min..max',
  });
export type DoseRange = z.infer<typeof doseRangeSchema>;

export const doseSchema = z.object({
  /** Seconds per hold (stretches, isometric holds) or per set of rolling; null for pure reps. */
  holdSeconds: doseRangeSchema.nullable(),
  /** Repetitions per set (per side when the exercise is per side); null for a single hold. */
  reps: doseRangeSchema.nullable(),
  sets: doseRangeSchema,
  restSeconds: doseRangeSchema,
  sessionsPerDay: doseRangeSchema,
  daysPerWeek: doseRangeSchema,
  /** The dose as a whole in one or two sentences, for the person reading the exercise page. */
  why: z.string().min(1),
});
export type Dose = z.infer<typeof doseSchema>;

/** Rungs of one progression ladder, easiest first (evidence.md §3.3 for the glute ladder). */
export const ladderSchema = z.object({
  /** The ladder's slug, shared by all its rungs ("glute-bridge"). */
  name: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** 1 for the easiest rung. */
  rung: z.number().int().min(1),
  easier: exerciseIdSchema.nullable(),
  harder: exerciseIdSchema.nullable(),
});
export type Ladder = z.infer<typeof ladderSchema>;

export const CHECKLISTS = ['abdominal-release'] as const;
export const checklistIdSchema = z.enum(CHECKLISTS);
export type ChecklistId = z.infer<typeof checklistIdSchema>;

/**
 * An exercise that is only offered after the person has answered a contraindication checklist
 * with every answer "no" (evidence.md §7.3).
 */
export const lockSchema = z.object({
  checklist: checklistIdSchema,
  /** Why it is locked, in plain words, shown before the checklist. */
  reason: z.string().min(1),
});
export type Lock = z.infer<typeof lockSchema>;

export const exerciseSchema = z.object({
  id: exerciseIdSchema,
  name: z.string().min(1),
  /** Other names people know it by, Sanskrit names of yoga poses included. */
  otherNames: z.array(z.string()),
  phase: phaseSchema,
  summary: z.string().min(1),
  targetMuscles: z.array(muscleSchema).min(1),
  equipment: z.array(equipmentSchema).min(1),
  laterality: z.enum(['both-sides', 'per-side']),
  level: z.number().int().min(1).max(3),
  dose: doseSchema,
  steps: z.array(z.string().min(1)).min(1),
  cues: z.array(z.string().min(1)),
  mistakes: z.array(z.string().min(1)),
  cautions: z.array(z.string().min(1)),
  /** When not to do it at all. */
  contraindications: z.array(z.string().min(1)),
  ladder: ladderSchema.nullable(),
  professionalOnly: z.boolean(),
  /**
   * True for techniques that press through the belly towards the psoas. evidence.md §7.3 found
   * no safety data and advises against self-applied pressure there, so a self-applied one must
   * carry the abdominal-release lock and is never scheduled by a plan.
   */
  pressesOnAbdomen: z.boolean(),
  lock: lockSchema.nullable(),
  /** At least two poses for the animated figure; per-side exercises are drawn for the left side. */
  keyframes: z.array(keyframeSchema).min(2),
});
export type Exercise = z.infer<typeof exerciseSchema>;

export const exerciseListSchema = z.object({
  items: z.array(exerciseSchema),
  total: z.number().int().nonnegative(),
});
export type ExerciseList = z.infer<typeof exerciseListSchema>;

export const evidenceRefSchema = z.object({
  id: z.string(),
  citation: z.string(),
  /** Where it sits in shared/domain/evidence.md, so a reviewer can check the number. */
  section: z.string(),
  finding: z.string(),
});
export type EvidenceRef = z.infer<typeof evidenceRefSchema>;

/** One exercise with the evidence behind its dose spelled out, as the detail endpoint serves it. */
/** One rung of a ladder as the detail page lists it. */
export const ladderRungSchema = z.object({
  id: exerciseIdSchema,
  name: z.string(),
  rung: z.number().int().min(1),
});
export type LadderRung = z.infer<typeof ladderRungSchema>;

export const exerciseDetailSchema = exerciseSchema.extend({
  references: z.array(evidenceRefSchema),
  /** Every rung of the exercise's ladder, easiest first; empty when it is on no ladder. */
  ladderRungs: z.array(ladderRungSchema),
});
export type ExerciseDetail = z.infer<typeof exerciseDetailSchema>;
