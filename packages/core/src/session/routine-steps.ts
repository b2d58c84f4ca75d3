import type { BreakRoutine, RoutineStep } from '../breaks/routine.ts';
import type { Exercise } from '../catalogue/exercise.schema.ts';
import type { SessionStep } from './session-step.ts';
import { placeSteps, workLabel, type StepDraft } from './steps.ts';
import { millis, secondsToMillis } from './time.ts';

/**
 * A break's standing routine (breaks/routine.ts) as steps the session player runs, so a break
 * gets the same figure, countdown and voice as a session, hands-free.
 *
 * Each routine step is one hold of its seconds: a stretch held, a squeeze held, the posture
 * reset, and walking too ("hold" as you start walking, 3-2-1 and "release" as you stop). The
 * holds have no move-in or move-out time of their own: the routine's seconds are the time in
 * the position (30 s per side for the stretch, bandy-1997), and getting there is the changeover.
 *
 * A changeover comes only where the exercise or the side changes, and before the first step, so
 * the player says what comes ("standing hip flexor stretch", "switch sides"). It lasts
 * ROUTINE_CHANGEOVER_SECONDS; the routine ends with the usual "done" step.
 */

/**
 * A break's changeover: enough to hear the next exercise and stand into it, short because the
 * whole break is 1-2 minutes (a session's changeover, CHANGEOVER_SECONDS, is 10 s for getting
 * down on a mat or fetching a roller). A product choice, not a clinical number.
 */
export const ROUTINE_CHANGEOVER_SECONDS = 5;

function changeover(
  part: RoutineStep,
  exercise: Exercise | undefined,
  reason: 'new-exercise' | 'switch-sides',
): StepDraft {
  return {
    kind: 'get-ready',
    reason,
    equipment: (exercise?.equipment ?? []).filter((e) => e !== 'none'),
    ...placeOf(part, exercise),
    keyframeLabel: exercise?.keyframes[0]?.label ?? null,
    durationMs: secondsToMillis(ROUTINE_CHANGEOVER_SECONDS),
  };
}

/** A routine step is one set of one hold; its phase is the catalogue's ("habit"). */
function placeOf(part: RoutineStep, exercise: Exercise | undefined) {
  return {
    exerciseId: part.exerciseId,
    name: part.name,
    phase: exercise?.phase ?? 'habit',
    side: part.side,
    set: 1,
    setsOnSide: 1,
    rep: 1,
    repsPerSet: 1,
  } as const;
}

function hold(part: RoutineStep, exercise: Exercise | undefined): StepDraft {
  const holdMs = secondsToMillis(Math.max(0, part.seconds));
  return {
    kind: 'hold',
    action: 'hold',
    ...placeOf(part, exercise),
    moveInMs: millis(0),
    holdMs,
    moveOutMs: millis(0),
    durationMs: holdMs,
    keyframeLabel: workLabel(exercise),
  };
}

/**
 * The steps of a break routine, in order: a changeover where the exercise or side changes, a
 * hold per routine step, and a final "done" step. Exercises missing from `exercises` still get
 * their timed steps, without equipment or keyframe labels.
 */
export function buildRoutineSteps(
  routine: BreakRoutine,
  exercises: readonly Exercise[],
): SessionStep[] {
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const drafts: StepDraft[] = [];
  let previous: RoutineStep | null = null;
  for (const part of routine.steps) {
    const exercise = byId.get(part.exerciseId);
    if (previous?.exerciseId !== part.exerciseId) {
      drafts.push(changeover(part, exercise, 'new-exercise'));
    } else if (previous.side !== part.side) {
      drafts.push(changeover(part, exercise, 'switch-sides'));
    }
    drafts.push(hold(part, exercise));
    previous = part;
  }
  drafts.push({ kind: 'done', durationMs: millis(0) });
  return placeSteps(drafts);
}
