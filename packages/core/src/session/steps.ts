import type { Exercise } from '../catalogue/exercise.schema.ts';
import type { PlanItem, PlanSession } from '../plan/plan.ts';
import { CHANGEOVER_SECONDS, SECONDS_PER_REP } from '../plan/estimate.ts';
import type { Side } from '../pose/pose.schema.ts';
import { millis, secondsToMillis, type Millis } from './time.ts';
import { cuesOfStep } from './step-cues.ts';
import type {
  ExerciseStepBase,
  SessionStep,
  StepPreview,
  GetReadyStep,
  HoldStep,
  RepsStep,
  RestStep,
  DoneStep,
} from './session-step.ts';

/**
 * A plan session becomes the steps a player runs. Every step has a fixed duration, and the
 * durations mirror `estimateSeconds` term by term, so a session takes exactly what the plan
 * said (tolerance 0 ms, tested over the real catalogue):
 * - a changeover (CHANGEOVER_SECONDS) to get into position, and one to switch sides;
 * - a held rep lasts its hold plus SECONDS_PER_REP, half to move in, half to move out;
 * - a set of reps lasts reps × (SECONDS_PER_REP + the hold at the top), half the tempo up,
 *   half down;
 * - the rest between sets, and between the holds of a set for stretches and release (the
 *   plan's "rest between holds" rule); a rest of 0 s is no step at all;
 * - a final "done" of 0 ms.
 *
 * No step waits for the person ("reps at your own pace"): someone lying on a roller cannot
 * tap a screen, so reps run at a tempo and the "rep done" event lets them go faster.
 *
 * Sides: left then right; when the plan gives one side an extra set, that side goes first,
 * while the person is fresh (the usual advice to start with the weaker side), so it also
 * never ends up rushed at the end of a session.
 */

/** A step before it has its place in the list: no index, cues or "next" yet. */
export type StepDraft =
  | Omit<GetReadyStep, 'index' | 'cues' | 'next'>
  | Omit<HoldStep, 'index' | 'cues' | 'next'>
  | Omit<RepsStep, 'index' | 'cues' | 'next'>
  | Omit<RestStep, 'index' | 'cues' | 'next'>
  | Omit<DoneStep, 'index' | 'cues' | 'next'>;

type Position = Omit<ExerciseStepBase, 'index' | 'cues' | 'next' | 'durationMs'>;

/**
 * The plan's rule (plan.ts): stretches and release rest between holds ("30 s hold, 10 s rest");
 * activation and strength hold at the top of a rep and rest between sets only.
 */
function restsBetweenHolds(item: PlanItem): boolean {
  return item.phase === 'release' || item.phase === 'stretch';
}

/** The side order: the extra-set side first, else left then right; null for both sides. */
export function sideOrder(item: PlanItem): readonly (Side | null)[] {
  if (item.laterality === 'both-sides') return [null];
  if (item.extraSetSide === 'right') return ['right', 'left'];
  return ['left', 'right'];
}

/** The keyframe the figure holds longest after the starting pose: the held or worked pose. */
export function workLabel(exercise: Exercise | undefined): string | null {
  const [, ...rest] = exercise?.keyframes ?? [];
  const longest = rest.reduce<(typeof rest)[number] | null>(
    (best, k) => (best === null || k.holdMs > best.holdMs ? k : best),
    null,
  );
  return longest?.label ?? null;
}

function setSteps(item: PlanItem, exercise: Exercise | undefined, at: Position): StepDraft[] {
  const hold = item.holdSeconds;
  const half = millis((SECONDS_PER_REP * 1000) / 2);
  const label = workLabel(exercise);
  if (hold !== null && (item.reps === null || restsBetweenHolds(item))) {
    const rolling = exercise?.equipment.includes('foam-roller') === true;
    const steps: StepDraft[] = [];
    for (let rep = 1; rep <= at.repsPerSet; rep += 1) {
      if (rep > 1 && item.restSeconds > 0) {
        const durationMs = secondsToMillis(item.restSeconds);
        steps.push({ ...at, rep, kind: 'rest', reason: 'between-holds', durationMs });
      }
      const holdMs = secondsToMillis(hold);
      steps.push({
        ...at,
        rep,
        kind: 'hold',
        action: rolling ? 'roll' : 'hold',
        moveInMs: half,
        holdMs,
        moveOutMs: half,
        durationMs: millis(half + holdMs + half),
        keyframeLabel: label,
      });
    }
    return steps;
  }
  const tempo = { upMs: half, holdMs: secondsToMillis(hold ?? 0), downMs: half };
  const repMs = millis(tempo.upMs + tempo.holdMs + tempo.downMs);
  const reps = at.repsPerSet;
  const durationMs = millis(reps * repMs);
  return [{ ...at, kind: 'reps', reps, tempo, repMs, durationMs, keyframeLabel: label }];
}

function sideSteps(item: PlanItem, exercise: Exercise | undefined, side: Side | null): StepDraft[] {
  const setsOnSide = item.sets + (side !== null && side === item.extraSetSide ? 1 : 0);
  const base: Position = {
    exerciseId: item.exerciseId,
    name: item.name,
    phase: item.phase,
    side,
    set: null,
    setsOnSide,
    rep: null,
    repsPerSet: item.reps ?? 1,
    keyframeLabel: null,
  };
  const steps: StepDraft[] = [];
  for (let set = 1; set <= setsOnSide; set += 1) {
    if (set > 1 && item.restSeconds > 0) {
      const durationMs = secondsToMillis(item.restSeconds);
      steps.push({ ...base, set, kind: 'rest', reason: 'between-sets', durationMs });
    }
    steps.push(...setSteps(item, exercise, { ...base, set }));
  }
  return steps;
}

function itemSteps(item: PlanItem, exercise: Exercise | undefined): StepDraft[] {
  const equipment = (exercise?.equipment ?? []).filter((e) => e !== 'none');
  const startLabel = exercise?.keyframes[0]?.label ?? null;
  return sideOrder(item).flatMap((side, i): StepDraft[] => [
    {
      kind: 'get-ready',
      reason: i === 0 ? 'new-exercise' : 'switch-sides',
      equipment,
      exerciseId: item.exerciseId,
      name: item.name,
      phase: item.phase,
      side,
      set: null,
      setsOnSide: item.sets + (side !== null && side === item.extraSetSide ? 1 : 0),
      rep: null,
      repsPerSet: item.reps ?? 1,
      keyframeLabel: startLabel,
      durationMs: secondsToMillis(CHANGEOVER_SECONDS),
    },
    ...sideSteps(item, exercise, side),
  ]);
}

function previewOf(step: StepDraft, index: number): StepPreview {
  if (step.kind === 'done') {
    return { index, kind: 'done', exerciseId: null, name: null, side: null, set: null, rep: null };
  }
  const { kind, exerciseId, name, side, set, rep } = step;
  return { index, kind, exerciseId, name, side, set, rep };
}

/**
 * The steps of a plan session, in order, ending with one "done" step. Exercises missing from
 * the catalogue still get their timed steps, without equipment or keyframe labels.
 */
export function buildSteps(session: PlanSession, catalogue: readonly Exercise[]): SessionStep[] {
  const byId = new Map(catalogue.map((e) => [e.id, e]));
  return placeSteps([
    ...session.items.flatMap((item) => itemSteps(item, byId.get(item.exerciseId))),
    { kind: 'done', durationMs: millis(0) },
  ]);
}

/** Numbers the drafts in order and gives each its "next" preview and its cues. */
export function placeSteps(drafts: readonly StepDraft[]): SessionStep[] {
  return drafts.map((draft, index): SessionStep => {
    const after = drafts[index + 1];
    const next = after ? previewOf(after, index + 1) : null;
    if (draft.kind === 'done') {
      const step: DoneStep = { ...draft, index, cues: [], next: null };
      return { ...step, cues: cuesOfStep(step) };
    }
    const step: SessionStep = { ...draft, index, cues: [], next };
    return { ...step, cues: cuesOfStep(step) };
  });
}

/** The length of a list of steps, in milliseconds. */
export function totalDurationMs(steps: readonly SessionStep[]): Millis {
  return millis(steps.reduce((total, step) => total + step.durationMs, 0));
}
