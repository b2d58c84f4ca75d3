import type { Dose, Exercise } from './exercise.schema.ts';
import type { EvidenceId } from './evidence.ts';

/**
 * The evidence bounds for each kind of dose: how far any exercise of that kind may set its
 * numbers, whatever its own range says. An exercise's range must sit inside these bounds, and
 * its default inside the (sometimes narrower) default bounds. Every bound names its evidence,
 * so a reviewer can follow each limit back to shared/domain/evidence.md.
 */

export const DOSE_KINDS = [
  'static-stretch',
  'self-release',
  'strength-reps',
  'strength-hold',
  'movement-break',
  'desk-exercise',
  'professional',
] as const;
export type DoseKind = (typeof DOSE_KINDS)[number];

export type DoseNumberName = Exclude<keyof Dose, 'why'>;

/** Limits for one number of a dose. */
export type NumberBound = {
  readonly min: number;
  readonly max: number;
  /** The default must be at least this (defaults to `min`). */
  readonly defaultMin?: number;
  /** The default must be at most this (defaults to `max`). */
  readonly defaultMax?: number;
  /** Whether the number may be left out (null); only hold and reps can be. */
  readonly optional?: boolean;
  readonly evidence: readonly EvidenceId[];
};

/** 'absent': this kind of dose must leave the number out (null). */
export type Bound = NumberBound | 'absent';

export type DoseBounds = Readonly<Record<DoseNumberName, Bound>>;

/** A working day of 8 hours with a break every 20 minutes (Dunstan 2012) gives 24 breaks. */
const MAX_BREAKS_PER_DAY = 24;
/** ...and every 30 minutes (Solomon 2018, the default prompt) gives 16. */
const DEFAULT_BREAKS_PER_DAY = 16;

export const DOSE_BOUNDS: Readonly<Record<DoseKind, DoseBounds>> = {
  // evidence.md §1.1 and "What the app should encode": 30 s holds (15-60 allowed), 2-4 per side,
  // 5-7 days a week (at least 2-3), more than one session a day adds no range.
  'static-stretch': {
    holdSeconds: { min: 15, max: 60, evidence: ['bandy-1994', 'bandy-1997', 'acsm-2011'] },
    reps: { min: 2, max: 4, evidence: ['acsm-2011', 'ayala-2010'] },
    sets: { min: 1, max: 1, evidence: ['acsm-2011'] },
    restSeconds: { min: 0, max: 30, evidence: ['hatefi-2021'] },
    sessionsPerDay: { min: 1, max: 3, defaultMax: 1, evidence: ['bandy-1997', 'cipriani-2012'] },
    daysPerWeek: { min: 2, max: 7, defaultMin: 5, evidence: ['acsm-2011', 'thomas-2018'] },
  },
  // evidence.md §7.1: 1-3 sets of 30-120 s per muscle; programmes longer than 4 weeks.
  'self-release': {
    holdSeconds: { min: 30, max: 120, evidence: ['behm-2020'] },
    reps: 'absent',
    sets: { min: 1, max: 3, evidence: ['behm-2020'] },
    restSeconds: { min: 0, max: 60, evidence: ['practice-care-method'] },
    sessionsPerDay: { min: 1, max: 2, defaultMax: 1, evidence: ['practice-care-method'] },
    daysPerWeek: { min: 2, max: 7, evidence: ['konrad-2022', 'thomas-2018'] },
  },
  // evidence.md §3.1: novices 8-12 reps (up to 15 for endurance), 1-3 sets, 2-3 days a week.
  'strength-reps': {
    holdSeconds: {
      min: 1,
      max: 10,
      optional: true,
      evidence: ['ratamess-2009', 'practice-care-method'],
    },
    reps: { min: 8, max: 15, defaultMax: 12, evidence: ['ratamess-2009', 'practice-care-method'] },
    sets: { min: 1, max: 3, defaultMin: 2, evidence: ['ratamess-2009'] },
    restSeconds: { min: 15, max: 120, evidence: ['practice-care-method'] },
    sessionsPerDay: { min: 1, max: 1, evidence: ['ratamess-2009'] },
    daysPerWeek: { min: 2, max: 3, evidence: ['ratamess-2009', 'csep-2020'] },
  },
  // Held strength positions (bridge hold, boat): the practitioners' 10 s holds, fewer reps.
  'strength-hold': {
    holdSeconds: { min: 5, max: 30, defaultMin: 10, evidence: ['practice-care-method'] },
    reps: { min: 3, max: 15, evidence: ['practice-care-method', 'ratamess-2009'] },
    sets: { min: 1, max: 3, evidence: ['ratamess-2009'] },
    restSeconds: { min: 5, max: 120, evidence: ['practice-care-method'] },
    sessionsPerDay: { min: 1, max: 1, evidence: ['ratamess-2009'] },
    daysPerWeek: { min: 2, max: 3, evidence: ['ratamess-2009', 'csep-2020'] },
  },
  // evidence.md §4.1: 2 min of light walking, every 20-30 min.
  'movement-break': {
    holdSeconds: { min: 60, max: 300, optional: true, evidence: ['dunstan-2012', 'hedge-cornell'] },
    reps: 'absent',
    sets: { min: 1, max: 1, evidence: ['dunstan-2012'] },
    restSeconds: { min: 0, max: 0, evidence: ['dunstan-2012'] },
    sessionsPerDay: {
      min: 1,
      max: MAX_BREAKS_PER_DAY,
      defaultMax: DEFAULT_BREAKS_PER_DAY,
      evidence: ['dunstan-2012', 'solomon-2018'],
    },
    daysPerWeek: { min: 1, max: 7, evidence: ['buckley-2015', 'csep-2020'] },
  },
  // Short moves done inside a desk break: a hold or a squeeze, a few times, at each break.
  'desk-exercise': {
    holdSeconds: {
      min: 3,
      max: 60,
      optional: true,
      evidence: ['bandy-1997', 'practice-care-method'],
    },
    reps: { min: 1, max: 15, evidence: ['practice-care-method'] },
    sets: { min: 1, max: 1, evidence: ['dunstan-2012'] },
    restSeconds: { min: 0, max: 30, evidence: ['practice-care-method'] },
    sessionsPerDay: {
      min: 1,
      max: MAX_BREAKS_PER_DAY,
      defaultMax: DEFAULT_BREAKS_PER_DAY,
      evidence: ['dunstan-2012', 'solomon-2018'],
    },
    daysPerWeek: { min: 1, max: 7, evidence: ['buckley-2015'] },
  },
  // Done with a professional, who sets the dose; the app only describes it.
  professional: {
    holdSeconds: 'absent',
    reps: 'absent',
    sets: { min: 1, max: 1, evidence: ['practice-traction'] },
    restSeconds: { min: 0, max: 0, evidence: ['practice-traction'] },
    sessionsPerDay: { min: 1, max: 1, evidence: ['practice-traction'] },
    daysPerWeek: { min: 1, max: 1, evidence: ['practice-traction'] },
  },
};

/**
 * Which bounds apply to an exercise, read from what it is:
 * - professional-only techniques: 'professional';
 * - release: 'self-release' (the locked abdominal release too: it may never exceed rolling doses);
 * - stretch: 'static-stretch';
 * - activate and strengthen: 'strength-hold' when the hold is the work (default over 5 s),
 *   otherwise 'strength-reps';
 * - habits: 'movement-break' when there are no repetitions (walk, sit, sleep), 'desk-exercise'
 *   when there are, except a held hip flexor stretch, which keeps the stretch bounds.
 */
export function doseKindOf(exercise: Exercise): DoseKind {
  const { dose } = exercise;
  if (exercise.professionalOnly) return 'professional';
  switch (exercise.phase) {
    case 'release':
      return 'self-release';
    case 'stretch':
      return 'static-stretch';
    case 'activate':
    case 'strengthen':
      return dose.holdSeconds && dose.holdSeconds.default > 5 ? 'strength-hold' : 'strength-reps';
    case 'habit':
      if (dose.reps === null) return 'movement-break';
      return isHeldStretch(exercise) ? 'static-stretch' : 'desk-exercise';
    case 'traction':
      return 'professional';
  }
}

const HIP_FLEXORS = new Set(['psoas', 'iliacus', 'rectus-femoris']);

function isHeldStretch(exercise: Exercise): boolean {
  const hold = exercise.dose.holdSeconds;
  return (
    hold !== null && hold.default >= 15 && exercise.targetMuscles.some((m) => HIP_FLEXORS.has(m))
  );
}
