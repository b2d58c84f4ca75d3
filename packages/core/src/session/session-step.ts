import type { Equipment, ExerciseId, Phase } from '../catalogue/exercise.schema.ts';
import type { Side } from '../pose/pose.schema.ts';
import type { Millis } from './time.ts';

/**
 * The steps of a guided session and the cues each one schedules. Types only; `buildSteps`
 * (steps.ts) makes them from a plan session and `cuesOfStep` (step-cues.ts) schedules the cues.
 */

/**
 * What a spoken cue says, as a code: the shells turn codes into words in one place (and into
 * the person's language later). "exercise" is the step's exercise name; "switch-sides" names
 * the step's side ("switch to the right side").
 */
export type SpeechCode =
  | 'exercise'
  | 'switch-sides'
  | 'hold'
  | 'release'
  | 'roll'
  | 'stop-rolling'
  | 'last-set'
  | 'rest'
  | 'session-complete';

/** "go": a rest or a changeover is over; "lower": the hold at the top of a rep is over. */
export type BeepTone = 'go' | 'lower';

/**
 * A cue scheduled within a step, `atMs` after the step starts (0..durationMs inclusive).
 * `count` is 3-2-1 before a hold ends ("down") or the rep number as a rep starts ("up").
 */
export type StepCue =
  | { readonly kind: 'speak'; readonly say: SpeechCode; readonly atMs: Millis }
  | {
      readonly kind: 'count';
      readonly value: number;
      readonly direction: 'down' | 'up';
      readonly atMs: Millis;
    }
  | { readonly kind: 'beep'; readonly tone: BeepTone; readonly atMs: Millis };

export type StepKind = 'get-ready' | 'hold' | 'reps' | 'rest' | 'done';

/** What comes after a step, for the "next up" line of a player. */
export type StepPreview = {
  readonly index: number;
  readonly kind: StepKind;
  readonly exerciseId: ExerciseId | null;
  readonly name: string | null;
  readonly side: Side | null;
  readonly set: number | null;
  readonly rep: number | null;
};

/** Where a step sits in its exercise. Sets and reps count from 1. */
export type ExerciseStepBase = {
  readonly index: number;
  readonly durationMs: Millis;
  readonly exerciseId: ExerciseId;
  readonly name: string;
  readonly phase: Phase;
  /** The worked side; null for exercises done on both sides at once. */
  readonly side: Side | null;
  /** The set on this side; for a rest, the set it leads into; null for a changeover. */
  readonly set: number | null;
  /** Sets on this side (the extra-set side has one more). */
  readonly setsOnSide: number;
  /** The hold within its set; for a rest between holds, the hold it leads into; else null. */
  readonly rep: number | null;
  readonly repsPerSet: number;
  /** The keyframe the figure shows (its label is the instruction), when one fits the step. */
  readonly keyframeLabel: string | null;
  readonly cues: readonly StepCue[];
  readonly next: StepPreview | null;
};

/** A changeover: getting into position for an exercise, or switching to the other side. */
export type GetReadyStep = ExerciseStepBase & {
  readonly kind: 'get-ready';
  readonly reason: 'new-exercise' | 'switch-sides';
  /** What to fetch, from the catalogue ("none" left out). */
  readonly equipment: readonly Equipment[];
};

/**
 * One held repetition (a stretch, a pressure hold, a set of rolling): moving in, the hold,
 * moving out. "roll" for foam rolling, where the "hold" is a stretch of slow passes.
 */
export type HoldStep = ExerciseStepBase & {
  readonly kind: 'hold';
  readonly action: 'hold' | 'roll';
  readonly moveInMs: Millis;
  readonly holdMs: Millis;
  readonly moveOutMs: Millis;
};

/**
 * One set of repetitions at a tempo: up, an optional hold at the top (a bridge held 2 s), down.
 * Every rep lasts `repMs`; the person may go faster with the "rep done" event.
 */
export type RepsStep = ExerciseStepBase & {
  readonly kind: 'reps';
  readonly reps: number;
  readonly tempo: { readonly upMs: Millis; readonly holdMs: Millis; readonly downMs: Millis };
  readonly repMs: Millis;
};

export type RestStep = ExerciseStepBase & {
  readonly kind: 'rest';
  readonly reason: 'between-holds' | 'between-sets';
};

/** The last step of every session: zero long, it says the session is complete. */
export type DoneStep = {
  readonly kind: 'done';
  readonly index: number;
  readonly durationMs: Millis;
  readonly cues: readonly StepCue[];
  readonly next: null;
};

export type SessionStep = GetReadyStep | HoldStep | RepsStep | RestStep | DoneStep;
