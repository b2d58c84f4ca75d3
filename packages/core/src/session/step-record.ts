import type { SessionStep } from './session-step.ts';
import { millis, type Millis } from './time.ts';

/**
 * What happened to each step of a session, kept in every state of the session machine so a
 * player can log the session however it ended (see summarize.ts). Types and small pure helpers;
 * the machine decides when a step is recorded.
 */

/**
 * How a step was left:
 * - "done": its deadline passed, or "rep done" on its last rep;
 * - "skipped": the person skipped it ("skip");
 * - "cut-short": the session was finished early while on it.
 * Leaving a step with "back" records nothing: the step comes again, and its outcome then counts.
 */
export type StepOutcome = 'done' | 'skipped' | 'cut-short';

export type StepRecord = {
  readonly index: number;
  readonly outcome: StepOutcome;
  /**
   * How far into the step it ran when it was left, pauses left out (0..durationMs). "Rep done"
   * moves a set of reps on to the next rep's start, so for reps this is progress, not wall time.
   */
  readonly ranMs: Millis;
  /** For a set of reps, the reps finished; null for every other step. */
  readonly repsDone: number | null;
};

/** Reps of a set finished after running `ranMs` into it: every rep whose end has passed. */
export function repsFinished(step: SessionStep, ranMs: number): number | null {
  if (step.kind !== 'reps') return null;
  if (ranMs >= step.durationMs) return step.reps;
  if (step.repMs <= 0) return 0;
  return Math.min(step.reps, Math.floor(ranMs / step.repMs));
}

/**
 * The record with `step` left with `outcome` after `ranMs`, replacing an earlier record of the
 * same step (the latest outcome wins after "back"); kept in step order, one entry per step.
 */
export function recordStep(
  record: readonly StepRecord[],
  step: SessionStep,
  outcome: StepOutcome,
  ranMs: number,
): readonly StepRecord[] {
  const ran = outcome === 'done' ? step.durationMs : Math.min(step.durationMs, Math.max(0, ranMs));
  const entry: StepRecord = {
    index: step.index,
    outcome,
    ranMs: millis(ran),
    repsDone: repsFinished(step, ran),
  };
  const others = record.filter((r) => r.index !== step.index);
  const at = others.findIndex((r) => r.index > step.index);
  return at === -1 ? [...others, entry] : [...others.slice(0, at), entry, ...others.slice(at)];
}

/** The latest record of each step, by step index. */
export function recordByIndex(record: readonly StepRecord[]): ReadonlyMap<number, StepRecord> {
  return new Map(record.map((r) => [r.index, r]));
}
