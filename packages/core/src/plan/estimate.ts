/**
 * How long a planned exercise takes. The estimate errs long on purpose: a plan that says ten
 * minutes must not take twelve.
 */

/**
 * Seconds per repetition: ACSM 2009 tempo is 1-2 s lifting and 1-2 s lowering, so 4 s at the
 * slow end. A held repetition (a stretch, a bridge held at the top) adds its hold to this,
 * which covers moving into and out of the position.
 */
export const SECONDS_PER_REP = 4;

/** Getting into position for an exercise, or switching to the other side. */
export const CHANGEOVER_SECONDS = 10;

/** The numbers of one planned exercise that determine its duration. */
export type TimedDose = {
  readonly laterality: 'both-sides' | 'per-side';
  /** Seconds per hold (or per set of rolling); null for plain reps. */
  readonly holdSeconds: number | null;
  /** Reps per set (per side); null for a single hold per set. */
  readonly reps: number | null;
  /** Sets per side. */
  readonly sets: number;
  /** Rest between sets, and between the holds of a set when `restBetweenHolds`. */
  readonly restSeconds: number;
  /**
   * True when each rep is a hold with a rest after it (stretches and rolling: "30 s hold, 8 s
   * rest, 10 reps", Hatefi 2021); false when a hold is a pause at the top of a rep (a bridge
   * held for 3 s), where the rest comes between sets only.
   */
  readonly restBetweenHolds: boolean;
  /** One more set on one side (the tighter or weaker side); per-side exercises only. */
  readonly extraSet: boolean;
};

function oneSet(dose: TimedDose): number {
  const reps = dose.reps ?? 1;
  const work = reps * ((dose.holdSeconds ?? 0) + SECONDS_PER_REP);
  const restsBetweenHolds =
    dose.restBetweenHolds && dose.holdSeconds !== null
      ? Math.max(0, reps - 1) * dose.restSeconds
      : 0;
  return work + restsBetweenHolds;
}

function oneSide(dose: TimedDose, sets: number): number {
  if (sets <= 0) return 0;
  return sets * oneSet(dose) + (sets - 1) * dose.restSeconds;
}

/**
 * Estimated seconds for one planned exercise: every hold and rep (at SECONDS_PER_REP each, plus
 * the hold), the rests between holds and between sets, both sides for per-side exercises with
 * one changeover between them, the extra set, and one changeover to get into position.
 */
export function estimateSeconds(dose: TimedDose): number {
  if (dose.laterality === 'both-sides') return CHANGEOVER_SECONDS + oneSide(dose, dose.sets);
  const extra = dose.extraSet ? 1 : 0;
  return (
    CHANGEOVER_SECONDS +
    oneSide(dose, dose.sets) +
    CHANGEOVER_SECONDS +
    oneSide(dose, dose.sets + extra)
  );
}
