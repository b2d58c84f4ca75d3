import type {
  ChecklistId,
  Equipment,
  Exercise,
  Muscle,
  Phase,
} from '../catalogue/exercise.schema.ts';
import type { Side } from '../pose/pose.schema.ts';
import type { Asymmetry } from '../assessment/self-tests.ts';
import { currentDose, type ProgressionState } from './progression.ts';

/**
 * Which exercises a plan may use and which it picks. Internal to the plan module.
 */

export type Eligibility = {
  readonly equipment: readonly Equipment[];
  readonly clearedChecklists: readonly ChecklistId[];
  readonly gentle: boolean;
};

/** Phases done in a timed session, in the care method's order. Habits run alongside. */
export const SESSION_PHASES = ['release', 'stretch', 'activate', 'strengthen'] as const;
export type SessionPhase = (typeof SESSION_PHASES)[number];

export function isSessionPhase(phase: Phase): phase is SessionPhase {
  return (SESSION_PHASES as readonly Phase[]).includes(phase);
}

/**
 * What everyone has: the floor and their own body. A mat is listed on floor exercises for
 * comfort, but a rug, a towel or a bed does the same job, so it never keeps an exercise out.
 */
const ALWAYS_AT_HAND: readonly Equipment[] = ['none', 'mat'];

/** Every listed item is needed, apart from what everyone has. */
export function hasEquipment(exercise: Exercise, atHand: readonly Equipment[]): boolean {
  return exercise.equipment.every((item) => ALWAYS_AT_HAND.includes(item) || atHand.includes(item));
}

/**
 * Whether a plan may schedule an exercise at all:
 * - never traction or anything professional-only (psoas-facts.md: learned from a professional);
 * - never anything pressing on the abdomen, even with its checklist cleared: evidence.md §7.3
 *   advises against self-applied abdominal pressure, so a cleared lock only unlocks reading it;
 * - any other lock only when its checklist was cleared;
 * - only with the equipment at hand;
 * - gentle mode (triage "gentle"): level 1 only, and only the first rung of a ladder.
 */
export function isSchedulable(exercise: Exercise, rules: Eligibility): boolean {
  if (exercise.professionalOnly || exercise.phase === 'traction' || exercise.pressesOnAbdomen) {
    return false;
  }
  if (exercise.lock && !rules.clearedChecklists.includes(exercise.lock.checklist)) return false;
  if (!hasEquipment(exercise, rules.equipment)) return false;
  if (rules.gentle && (exercise.level !== 1 || (exercise.ladder && exercise.ladder.rung !== 1))) {
    return false;
  }
  return true;
}

/**
 * One exercise per ladder: the rung the person has reached (progression state), or the highest
 * schedulable rung below it; the first rung when they have not moved yet or in gentle mode.
 */
export function pickLadderRungs(
  exercises: readonly Exercise[],
  all: readonly Exercise[],
  state: ProgressionState,
): Exercise[] {
  const single = exercises.filter((e) => e.ladder === null);
  const names = [...new Set(exercises.flatMap((e) => (e.ladder ? [e.ladder.name] : [])))].sort();
  const rungs = names.flatMap((name) => {
    const currentId = state.ladders[name];
    const target = all.find((e) => e.id === currentId)?.ladder?.rung ?? 1;
    const onLadder = exercises
      .filter((e) => e.ladder?.name === name && e.ladder.rung <= target)
      .sort((a, b) => (b.ladder?.rung ?? 0) - (a.ladder?.rung ?? 0) || a.id.localeCompare(b.id));
    return onLadder.slice(0, 1);
  });
  return [...single, ...rungs];
}

const BASE_WEIGHTS: Readonly<Record<SessionPhase, Partial<Record<Muscle, number>>>> = {
  release: { 'rectus-femoris': 2, quadriceps: 2, tfl: 1, glutes: 1 },
  stretch: { psoas: 3, iliacus: 3, 'rectus-femoris': 2, tfl: 1, quadriceps: 1 },
  activate: { glutes: 3, 'deep-hip-rotators': 1, abdominals: 1, hamstrings: 1 },
  strengthen: { glutes: 3, 'deep-hip-rotators': 1, abdominals: 1, hamstrings: 1 },
};

/** How well an exercise matches what the self-tests found, for ordering within a phase. */
function score(exercise: Exercise, phase: SessionPhase, asymmetries: readonly Asymmetry[]): number {
  const weights: Partial<Record<Muscle, number>> = { ...BASE_WEIGHTS[phase] };
  const found = new Set(asymmetries.map((a) => a.finding));
  if (found.has('front-thigh-tighter'))
    weights['rectus-femoris'] = (weights['rectus-femoris'] ?? 0) + 2;
  if (found.has('thigh-drifts-out')) weights.tfl = (weights.tfl ?? 0) + 2;
  return exercise.targetMuscles.reduce((sum, muscle) => sum + (weights[muscle] ?? 0), 0);
}

/** How many exercises of each phase a session offers before the time budget trims it. */
export const PER_PHASE: Readonly<Record<SessionPhase, number>> = {
  release: 1,
  stretch: 2,
  activate: 1,
  strengthen: 1,
};

/** The best-matching exercises of a phase: by score, then easier first, then id. */
export function rankPhase(
  exercises: readonly Exercise[],
  phase: SessionPhase,
  asymmetries: readonly Asymmetry[],
): Exercise[] {
  return exercises
    .filter((e) => e.phase === phase)
    .map((e) => ({ e, s: score(e, phase, asymmetries) }))
    .sort((a, b) => b.s - a.s || a.e.level - b.e.level || a.e.id.localeCompare(b.e.id))
    .slice(0, PER_PHASE[phase])
    .map(({ e }) => e);
}

/** The dose a plan starts from: the person's progressed values, else the catalogue defaults. */
export function startingDose(state: ProgressionState, exercise: Exercise) {
  const { holdSeconds, reps } = currentDose(state, exercise);
  return {
    holdSeconds,
    reps,
    sets: exercise.dose.sets.default,
    restSeconds: exercise.dose.restSeconds.default,
  };
}

/** The side that gets the extra set: tighter for release and stretch, weaker for strength. */
export function extraSetSide(
  exercise: Exercise,
  sides: { readonly tighter: Side | null; readonly weaker: Side | null },
): Side | null {
  if (exercise.laterality !== 'per-side') return null;
  return exercise.phase === 'release' || exercise.phase === 'stretch'
    ? sides.tighter
    : sides.weaker;
}
