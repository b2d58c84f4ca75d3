import type { Exercise, ExerciseId } from '../catalogue/exercise.schema.ts';
import { EXERCISES } from '../catalogue/exercises/index.ts';

/**
 * The 1-2 minute standing routine offered with each break (issue 6, "Break content"). Routines
 * rotate by a break counter, not by chance, so the same person sees the same sequence on every
 * device and in every test, and the break does not get stale (research §5.8: users ask for
 * guided, varied exercises instead of one text).
 *
 * Every routine keeps some light walking, because walking beat standing still (dunstan-2012;
 * hedge-cornell: "simply standing is insufficient"). The stretch holds are 30 s per side
 * (bandy-1994, bandy-1997); glute squeezes and the posture reset are short activations
 * (practice-care-method, practice-habits); the sitting-setup check is done as you sit back down.
 */

export type RoutineSide = 'left' | 'right';

export type RoutineStep = {
  readonly exerciseId: ExerciseId;
  readonly name: string;
  readonly seconds: number;
  /** Which side, for exercises done per side; null otherwise. */
  readonly side: RoutineSide | null;
};

export type BreakRoutine = {
  /** Position in the rotation, 0-based; equal numbers mean the same routine. */
  readonly rotation: number;
  readonly steps: readonly RoutineStep[];
  readonly totalSeconds: number;
};

type Part = { readonly id: string; readonly seconds: number; readonly side?: RoutineSide };

const WALK = 'walking-break';
const STRETCH = 'standing-hip-flexor-stretch';

/**
 * The rotation, written for a 2-minute break. Walking (the `WALK` part without seconds) fills
 * whatever the other parts leave; the order keeps two stretch routines apart.
 */
const TEMPLATES: readonly (readonly Part[])[] = [
  [
    { id: STRETCH, seconds: 30, side: 'left' },
    { id: STRETCH, seconds: 30, side: 'right' },
    { id: WALK, seconds: 0 },
  ],
  [
    { id: WALK, seconds: 0 },
    { id: 'glute-squeeze', seconds: 30 },
  ],
  [
    { id: WALK, seconds: 0 },
    { id: 'posture-reset', seconds: 20 },
  ],
  [
    { id: STRETCH, seconds: 30, side: 'right' },
    { id: STRETCH, seconds: 30, side: 'left' },
    { id: WALK, seconds: 0 },
    { id: 'sitting-setup', seconds: 15 },
  ],
  [{ id: WALK, seconds: 0 }],
];

/** How many routines the rotation holds before it repeats. */
export const ROUTINE_COUNT = TEMPLATES.length;

/** At least this much walking in every routine. */
const MIN_WALK_SECONDS = 30;

/** The catalogue's habit exercises: the only source of routine steps. */
export const HABIT_EXERCISES: readonly Exercise[] = EXERCISES.filter((e) => e.phase === 'habit');

const routineCache = new Map<string, BreakRoutine>();

/**
 * The routine for the `breakNumber`-th break (0-based, any integer), sized to the break length:
 * 1 to 2 minutes. For a 1-minute break the stretch holds halve to 15 s per side, still within the
 * catalogue's range (STRETCH_HOLD: 15-60 s); longer breaks keep a 2-minute routine, and the rest
 * of the break is free walking.
 */
export function routineForBreak(
  breakNumber: number,
  breakMinutes: number,
  catalogue: readonly Exercise[] = HABIT_EXERCISES,
): BreakRoutine {
  const rotation =
    (((Math.trunc(breakNumber) % ROUTINE_COUNT) + ROUTINE_COUNT) % ROUTINE_COUNT) | 0;
  const total = Math.min(2, Math.max(1, breakMinutes)) * 60;
  const key = `${rotation}:${total}`;
  const cached = catalogue === HABIT_EXERCISES ? routineCache.get(key) : undefined;
  if (cached) return cached;
  const routine = buildRoutine(rotation, total, catalogue);
  if (catalogue === HABIT_EXERCISES) routineCache.set(key, routine);
  return routine;
}

function buildRoutine(
  rotation: number,
  total: number,
  catalogue: readonly Exercise[],
): BreakRoutine {
  const parts = TEMPLATES[rotation] ?? [];
  const scale = total < 120 ? 0.5 : 1;
  const fixed = parts.reduce((sum, p) => sum + Math.round(p.seconds * scale), 0);
  const walk = Math.max(MIN_WALK_SECONDS, total - fixed);
  const steps = parts.map((part): RoutineStep => {
    const exercise = catalogue.find((e) => e.id === part.id);
    // The catalogue is ours and checked by routine.test.ts; a missing habit is a build error.
    if (!exercise) throw new Error(`Routine step ${part.id} is not a habit in the catalogue`);
    return {
      exerciseId: exercise.id,
      name: exercise.name,
      seconds: part.id === WALK ? walk : Math.round(part.seconds * scale),
      side: part.side ?? null,
    };
  });
  return { rotation, steps, totalSeconds: steps.reduce((s, x) => s + x.seconds, 0) };
}
