import { z } from 'zod';
import { equipmentSchema } from '../catalogue/exercise.schema.ts';

/**
 * The intake: what a person tells the app about themselves, their day, their body and their
 * goals (issue 4, psoas-facts.md "Risk factors and habits"). Every object is strict, so a typo
 * in a field name is an error at the edge instead of a silently ignored answer.
 */

/**
 * Age bands. The cut points are the ones the evidence uses: under 18 (evidence.md §5.2 D19,
 * practitioner-only), under 20 and over 50 (§5.2 C13 and the "C with age over 50" escalation),
 * 65 and over (ACSM: 30-60 s holds for older adults). "Over 50" means 51 and older.
 */
export const AGE_BANDS = ['under-18', '18-19', '20-34', '35-50', '51-64', '65-plus'] as const;
export const ageBandSchema = z.enum(AGE_BANDS);
export type AgeBand = z.infer<typeof ageBandSchema>;

/** True for the bands above 50, the age that escalates any C answer (evidence.md §5.2). */
export function isOverFifty(ageBand: AgeBand): boolean {
  return ageBand === '51-64' || ageBand === '65-plus';
}

/** evidence.md §5.2 D19: pregnancy and the first six months after a birth. */
export const pregnancySchema = z.enum(['no', 'pregnant', 'gave-birth-in-last-6-months']);
export type Pregnancy = z.infer<typeof pregnancySchema>;

function isIanaTimeZone(value: string): boolean {
  try {
    // Intl is part of the language, not I/O: it throws a RangeError for an unknown zone.
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name such as "Europe/Paris" or "UTC". */
export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isIanaTimeZone, { message: 'an IANA time zone name, like "Europe/Paris"' });

/** How often something happens, for the habits that are a matter of frequency. */
export const frequencySchema = z.enum(['never', 'sometimes', 'often']);
export type Frequency = z.infer<typeof frequencySchema>;

export const aboutSchema = z.strictObject({
  ageBand: ageBandSchema,
  pregnancy: pregnancySchema,
  timeZone: timeZoneSchema,
});
export type About = z.infer<typeof aboutSchema>;

export const habitsSchema = z.strictObject({
  hoursSittingPerDay: z.number().min(0).max(24),
  /** The longest stretch of sitting without getting up, in minutes. */
  longestUnbrokenSittingMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  deskType: z.enum(['sit', 'sit-stand', 'no-desk']),
  hoursDrivingPerDay: z.number().min(0).max(24),
  leansForward: frequencySchema,
  hooksFeetUnderChair: frequencySchema,
  crossesLegs: frequencySchema,
  /** The leg usually on top: crossing shortens the hip flexors of that leg (psoas-facts.md). */
  legOnTop: z.enum(['left', 'right', 'either']).optional(),
  sleepsOnStomach: frequencySchema,
  /** One-sided sports (throwing, racket, golf...) and the side that leads. */
  asymmetricSports: z.enum(['none', 'left-dominant', 'right-dominant']),
  /** Many sit-ups, crunches or oblique crunches without balancing work. */
  hardCoreTraining: frequencySchema,
  /** How often they stand up or walk during the working day. */
  standsOrWalks: z.enum(['rarely', 'every-few-hours', 'hourly', 'every-30-minutes']),
});
export type Habits = z.infer<typeof habitsSchema>;

export const BODY_AREAS = ['low-back', 'hip', 'groin', 'thigh', 'knee'] as const;
export const bodyAreaSchema = z.enum(BODY_AREAS);
export type BodyArea = z.infer<typeof bodyAreaSchema>;

export const AGGRAVATING_FACTORS = [
  'standing-up-after-sitting',
  'sitting-long',
  'standing-long',
  'walking',
  'lying-flat',
  'bending-forward',
  'twisting',
  'stairs',
  'running',
] as const;
export const aggravatingFactorSchema = z.enum(AGGRAVATING_FACTORS);
export type AggravatingFactor = z.infer<typeof aggravatingFactorSchema>;

/** Numeric Pain Rating Scale, whole numbers 0 (no pain) to 10 (worst imaginable). */
export const nprsSchema = z.number().int().min(0).max(10);

function isUnique(keys: readonly string[]): boolean {
  return new Set(keys).size === keys.length;
}

export const symptomAreaSchema = z.strictObject({
  area: bodyAreaSchema,
  side: z.enum(['left', 'right', 'both', 'middle']),
});
export type SymptomArea = z.infer<typeof symptomAreaSchema>;

export const symptomsSchema = z.strictObject({
  areas: z
    .array(symptomAreaSchema)
    .max(BODY_AREAS.length)
    .refine((areas) => isUnique(areas.map((a) => a.area)), { message: 'each area once' }),
  painNow: nprsSchema,
  duration: z.enum(['none', 'under-2-weeks', '2-6-weeks', '6-12-weeks', 'over-12-weeks']),
  aggravatingFactors: z
    .array(aggravatingFactorSchema)
    .refine(isUnique, { message: 'each factor once' }),
  stiffness: z.enum(['none', 'mild', 'moderate', 'severe']),
});
export type Symptoms = z.infer<typeof symptomsSchema>;

export const GOALS = [
  'less-pain',
  'move-freely',
  'sit-comfortably',
  'stand-up-easily',
  'stronger-hips',
  'better-habits',
  'sport',
] as const;
export const goalSchema = z.enum(GOALS);
export type Goal = z.infer<typeof goalSchema>;

export const SESSION_MINUTES = [5, 10, 20] as const;
export const sessionMinutesSchema = z.union([z.literal(5), z.literal(10), z.literal(20)]);
export type SessionMinutes = z.infer<typeof sessionMinutesSchema>;

export const preferencesSchema = z.strictObject({
  goals: z.array(goalSchema).min(1).refine(isUnique, { message: 'each goal once' }),
  minutesPerSession: sessionMinutesSchema,
  sessionsPerDay: z.number().int().min(1).max(3),
  /** What they have at hand; "none" (bare floor, own body) is always assumed. */
  equipment: z.array(equipmentSchema).refine(isUnique, { message: 'each item once' }),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const intakeSchema = z.strictObject({
  about: aboutSchema,
  habits: habitsSchema,
  symptoms: symptomsSchema,
  preferences: preferencesSchema,
});
/** A validated intake. Storing it with its date is the shell's job (each intake is kept). */
export type Intake = z.infer<typeof intakeSchema>;
