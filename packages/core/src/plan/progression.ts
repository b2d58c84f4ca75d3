import { assertNever } from '../result.ts';
import type { Exercise, ExerciseId } from '../catalogue/exercise.schema.ts';
import type { EpochMs } from '../assessment/review-timing.ts';

/**
 * Progression and regression from per-exercise feedback, as a pure reducer.
 *
 * Rules (issue 4, evidence.md §3.1 and "Glute strengthening"):
 * - Up: 3 sessions in a row rated "too easy", or every set done at target reps + 2 (ACSM
 *   2009), in a session with pain during 3 or less. We apply the pain limit to both triggers:
 *   nothing is made harder in a session that hurt more than 3/10.
 * - Down: 2 sessions in a row rated "too hard", or pain during 2 or more points above the
 *   lowest pain felt at this level (since the last change). Down wins over up.
 * - Up lengthens the hold within its dose range first; only a hold at its maximum (or an
 *   exercise without holds) moves up the ladder; at the top of the ladder the reps target
 *   rises within its range. Down moves down the ladder first (pain is a safety signal, so the
 *   easier exercise comes before a shorter hold); at the bottom it shortens the hold, then
 *   lowers the reps target.
 * - Every change is a value with a plain-words explanation and can be undone.
 */

export type Rating = 'too-easy' | 'about-right' | 'too-hard';

/** Where a person stands with one exercise. Null dose fields mean the catalogue default. */
export type ExerciseProgress = {
  readonly holdSeconds: number | null;
  readonly reps: number | null;
  readonly tooEasyStreak: number;
  readonly tooHardStreak: number;
  /** The lowest pain during this exercise since its last change; null before any feedback. */
  readonly lowestPain: number | null;
};

export type ChangeKind =
  'lengthen-hold' | 'raise-reps' | 'move-up' | 'move-down' | 'shorten-hold' | 'lower-reps';
export type ChangeTrigger = 'three-too-easy' | 'reps-above-target' | 'two-too-hard' | 'pain-rose';

export type DoseSnapshot = {
  readonly exerciseId: ExerciseId;
  readonly holdSeconds: number | null;
  readonly reps: number | null;
};

export type ProgressionChange = {
  /** Sequence number, 1 for the first change: deterministic, no id source needed. */
  readonly seq: number;
  readonly at: EpochMs;
  readonly kind: ChangeKind;
  readonly trigger: ChangeTrigger;
  readonly from: DoseSnapshot;
  readonly to: DoseSnapshot;
  /** What changed and why, in plain words. */
  readonly explanation: string;
  /** What to restore on undo. */
  readonly previous: {
    readonly exercises: Readonly<Record<string, ExerciseProgress | undefined>>;
    readonly ladder: { readonly name: string; readonly current: ExerciseId | undefined } | null;
  };
};

export type ProgressionState = {
  readonly exercises: Readonly<Record<string, ExerciseProgress>>;
  /** The current rung of each ladder the person has moved on, by ladder name. */
  readonly ladders: Readonly<Record<string, ExerciseId>>;
  /** Applied changes, oldest first; undo pops the last one. */
  readonly history: readonly ProgressionChange[];
};

export type FeedbackEvent = {
  readonly type: 'feedback';
  readonly at: EpochMs;
  /** The exercise done, as the catalogue has it (its dose ranges and ladder). */
  readonly exercise: Exercise;
  readonly rating: Rating;
  /** Pain during the exercise, NPRS 0-10. */
  readonly painDuring: number;
  /** Reps completed in every set (the lowest set); null for hold-only exercises. */
  readonly repsDone: number | null;
};
export type UndoEvent = { readonly type: 'undo' };
export type ProgressionEvent = FeedbackEvent | UndoEvent;

export const INITIAL_PROGRESSION: ProgressionState = { exercises: {}, ladders: {}, history: [] };

export const TOO_EASY_SESSIONS = 3;
export const TOO_HARD_SESSIONS = 2;
/** ACSM 2009: progress when the target is exceeded by 2 reps. */
export const REPS_ABOVE_TARGET = 2;
export const MAX_PAIN_TO_PROGRESS = 3;
export const PAIN_RISE_TO_REGRESS = 2;

const FRESH: ExerciseProgress = {
  holdSeconds: null,
  reps: null,
  tooEasyStreak: 0,
  tooHardStreak: 0,
  lowestPain: null,
};

function progressOf(state: ProgressionState, id: string): ExerciseProgress {
  return state.exercises[id] ?? FRESH;
}

/** The dose a person is at for an exercise: progressed values, else the catalogue defaults. */
export function currentDose(
  state: ProgressionState,
  exercise: Exercise,
): { holdSeconds: number | null; reps: number | null } {
  const p = progressOf(state, exercise.id);
  return {
    holdSeconds: exercise.dose.holdSeconds
      ? (p.holdSeconds ?? exercise.dose.holdSeconds.default)
      : null,
    reps: exercise.dose.reps ? (p.reps ?? exercise.dose.reps.default) : null,
  };
}

/** Hold steps of a quarter of the current hold, rounded to 5 s, at least 5 s. */
export function holdStep(seconds: number): number {
  return Math.max(5, Math.round((seconds * 0.25) / 5) * 5);
}

type Direction = { dir: 'up' | 'down'; trigger: ChangeTrigger };

function direction(
  p: ExerciseProgress,
  event: FeedbackEvent,
  targetReps: number | null,
): Direction | null {
  if (p.tooHardStreak >= TOO_HARD_SESSIONS) return { dir: 'down', trigger: 'two-too-hard' };
  if (p.lowestPain !== null && event.painDuring - p.lowestPain >= PAIN_RISE_TO_REGRESS) {
    return { dir: 'down', trigger: 'pain-rose' };
  }
  if (event.painDuring > MAX_PAIN_TO_PROGRESS) return null;
  if (p.tooEasyStreak >= TOO_EASY_SESSIONS) return { dir: 'up', trigger: 'three-too-easy' };
  if (
    targetReps !== null &&
    event.repsDone !== null &&
    event.repsDone >= targetReps + REPS_ABOVE_TARGET
  ) {
    return { dir: 'up', trigger: 'reps-above-target' };
  }
  return null;
}

type Proposal = { kind: ChangeKind; to: DoseSnapshot };

function proposeUp(exercise: Exercise, dose: DoseSnapshot): Proposal | null {
  const hold = exercise.dose.holdSeconds;
  if (hold && dose.holdSeconds !== null && dose.holdSeconds < hold.max) {
    const holdSeconds = Math.min(hold.max, dose.holdSeconds + holdStep(dose.holdSeconds));
    return { kind: 'lengthen-hold', to: { ...dose, holdSeconds } };
  }
  if (exercise.ladder?.harder) {
    return {
      kind: 'move-up',
      to: { exerciseId: exercise.ladder.harder, holdSeconds: null, reps: null },
    };
  }
  const reps = exercise.dose.reps;
  if (reps && dose.reps !== null && dose.reps < reps.max) {
    return {
      kind: 'raise-reps',
      to: { ...dose, reps: Math.min(reps.max, dose.reps + REPS_ABOVE_TARGET) },
    };
  }
  return null;
}

function proposeDown(exercise: Exercise, dose: DoseSnapshot): Proposal | null {
  if (exercise.ladder?.easier) {
    return {
      kind: 'move-down',
      to: { exerciseId: exercise.ladder.easier, holdSeconds: null, reps: null },
    };
  }
  const hold = exercise.dose.holdSeconds;
  if (hold && dose.holdSeconds !== null && dose.holdSeconds > hold.min) {
    const holdSeconds = Math.max(hold.min, dose.holdSeconds - holdStep(dose.holdSeconds));
    return { kind: 'shorten-hold', to: { ...dose, holdSeconds } };
  }
  const reps = exercise.dose.reps;
  if (reps && dose.reps !== null && dose.reps > reps.min) {
    return {
      kind: 'lower-reps',
      to: { ...dose, reps: Math.max(reps.min, dose.reps - REPS_ABOVE_TARGET) },
    };
  }
  return null;
}

const BECAUSE: Readonly<Record<ChangeTrigger, string>> = {
  'three-too-easy': 'you rated it too easy three sessions in a row',
  'reps-above-target': 'you did at least two reps more than the target on every set',
  'two-too-hard': 'you rated it too hard two sessions in a row',
  'pain-rose': 'your pain during it rose by 2 points or more',
};

function explain(
  kind: ChangeKind,
  trigger: ChangeTrigger,
  from: DoseSnapshot,
  to: DoseSnapshot,
): string {
  const because = BECAUSE[trigger];
  switch (kind) {
    case 'lengthen-hold':
    case 'shorten-hold':
      return `Holds go from ${from.holdSeconds} to ${to.holdSeconds} seconds, because ${because}. You can undo this.`;
    case 'raise-reps':
    case 'lower-reps':
      return `The target goes from ${from.reps} to ${to.reps} reps, because ${because}. You can undo this.`;
    case 'move-up':
      return `Time for the next step up (${to.exerciseId}), because ${because}. You can undo this.`;
    case 'move-down':
      return `We go back one step (${to.exerciseId}), because ${because}. You can undo this.`;
    default:
      return assertNever(kind);
  }
}

function afterFeedback(p: ExerciseProgress, event: FeedbackEvent): ExerciseProgress {
  return {
    ...p,
    tooEasyStreak: event.rating === 'too-easy' ? p.tooEasyStreak + 1 : 0,
    tooHardStreak: event.rating === 'too-hard' ? p.tooHardStreak + 1 : 0,
    lowestPain: p.lowestPain === null ? event.painDuring : Math.min(p.lowestPain, event.painDuring),
  };
}

function applyChange(
  state: ProgressionState,
  event: FeedbackEvent,
  d: Direction,
  from: DoseSnapshot,
): ProgressionState | null {
  const { exercise } = event;
  const proposal = d.dir === 'up' ? proposeUp(exercise, from) : proposeDown(exercise, from);
  if (!proposal) return null;
  const { kind, to } = proposal;
  const ladder = exercise.ladder;
  const moves = kind === 'move-up' || kind === 'move-down';
  const touched = moves ? [exercise.id, to.exerciseId] : [exercise.id];
  const change: ProgressionChange = {
    seq: (state.history.at(-1)?.seq ?? 0) + 1,
    at: event.at,
    kind,
    trigger: d.trigger,
    from,
    to,
    explanation: explain(kind, d.trigger, from, to),
    previous: {
      exercises: Object.fromEntries(touched.map((id) => [id, state.exercises[id]])),
      ladder: moves && ladder ? { name: ladder.name, current: state.ladders[ladder.name] } : null,
    },
  };
  const exercises = moves
    ? { ...state.exercises, [exercise.id]: FRESH, [to.exerciseId]: FRESH }
    : {
        ...state.exercises,
        [exercise.id]: { ...FRESH, holdSeconds: to.holdSeconds, reps: to.reps },
      };
  const ladders =
    moves && ladder ? { ...state.ladders, [ladder.name]: to.exerciseId } : state.ladders;
  return { exercises, ladders, history: [...state.history, change] };
}

function onFeedback(state: ProgressionState, event: FeedbackEvent): ProgressionState {
  const { exercise } = event;
  const before = progressOf(state, exercise.id);
  const p = afterFeedback(before, event);
  const dose = currentDose(state, exercise);
  // Pain is compared with the lowest pain before this session, so this session can count.
  const d = direction({ ...p, lowestPain: before.lowestPain }, event, dose.reps);
  const recorded = { ...state, exercises: { ...state.exercises, [exercise.id]: p } };
  if (!d) return recorded;
  return applyChange(state, event, d, { exerciseId: exercise.id, ...dose }) ?? recorded;
}

function onUndo(state: ProgressionState): ProgressionState {
  const last = state.history.at(-1);
  if (!last) return state;
  const exercises: Record<string, ExerciseProgress> = { ...state.exercises };
  for (const [id, previous] of Object.entries(last.previous.exercises)) {
    // Counters restart, so the change just undone is not proposed again by the next session.
    if (previous) exercises[id] = { ...previous, tooEasyStreak: 0, tooHardStreak: 0 };
    else delete exercises[id];
  }
  const ladders: Record<string, ExerciseId> = { ...state.ladders };
  if (last.previous.ladder) {
    const { name, current } = last.previous.ladder;
    if (current) ladders[name] = current;
    else delete ladders[name];
  }
  return { exercises, ladders, history: state.history.slice(0, -1) };
}

/**
 * The progression reducer: feedback after a session, or undo of the last change. Never
 * mutates `state`.
 */
export function applyFeedback(state: ProgressionState, event: ProgressionEvent): ProgressionState {
  switch (event.type) {
    case 'feedback':
      return onFeedback(state, event);
    case 'undo':
      return onUndo(state);
    default:
      return assertNever(event);
  }
}

/** Undoes the last change: restores the dose and rung from before it. */
export function undoChange(state: ProgressionState): ProgressionState {
  return applyFeedback(state, { type: 'undo' });
}

/** The current rung of a ladder, if the person has moved on it. */
export function currentRung(state: ProgressionState, ladderName: string): ExerciseId | undefined {
  return state.ladders[ladderName];
}
