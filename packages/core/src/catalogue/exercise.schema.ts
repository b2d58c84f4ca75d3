import { z } from 'zod';

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

/** A number with its default and the range a plan may move it within. */
export const doseRangeSchema = z
  .object({
    default: z.number().int().nonnegative(),
    min: z.number().int().nonnegative(),
    max: z.number().int().nonnegative(),
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
  daysPerWeek: doseRangeSchema,
  /** Why these numbers, in one or two sentences, naming any disagreement with practice. */
  why: z.string().min(1),
  /** Keys into the evidence register (see evidence.ts). */
  evidence: z.array(z.string()).min(1),
});
export type Dose = z.infer<typeof doseSchema>;

export const exerciseSchema = z.object({
  id: exerciseIdSchema,
  name: z.string().min(1),
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
  professionalOnly: z.boolean(),
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
export const exerciseDetailSchema = exerciseSchema.extend({
  references: z.array(evidenceRefSchema),
});
export type ExerciseDetail = z.infer<typeof exerciseDetailSchema>;
