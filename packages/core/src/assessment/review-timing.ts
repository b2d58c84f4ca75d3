/**
 * When to ask the red-flag questions again, and when to suggest a clinician review.
 *
 * Instants are milliseconds since the Unix epoch (UTC), passed in by the shell: core never
 * reads the clock.
 */

/** Milliseconds since 1970-01-01T00:00:00Z. */
export type EpochMs = number;

/** One pain reading on the 0-10 Numeric Pain Rating Scale, with when it was given. */
export type PainReading = { readonly at: EpochMs; readonly nprs: number };

export const DAY_MS = 24 * 60 * 60 * 1000;

/** evidence.md "Red-flag triage": re-screen at least every 4 weeks. */
export const RESCREEN_INTERVAL_DAYS = 28;

/** evidence.md "Red-flag triage": re-screen whenever pain rises by 2 points or more. */
export const RESCREEN_PAIN_RISE = 2;

/**
 * A clinician review is suggested after 28 days without meaningful improvement. The evidence
 * gives 4-6 weeks (Bandy: change after 6 weeks; Gribble: plateau at 4-5 weeks) and the NHS
 * red-flag list names "failure to improve after 1 month" (evidence.md §5.1). We take the lower
 * bound: a month without improvement is itself a C-group flag (§5.2 C17), so waiting longer
 * would let a red flag sit unreported.
 */
export const CLINICIAN_REVIEW_AFTER_DAYS = 28;

/** Ostelo 2008 (evidence.md §6.1): 2 points or 30% on the NPRS is a meaningful change. */
export const NPRS_MEANINGFUL_POINTS = 2;
export const NPRS_MEANINGFUL_FRACTION = 0.3;

export type Improvement = 'recovered' | 'improved' | 'not-improved';

/**
 * Compares pain now with a baseline. "Recovered" is NPRS 0 (Kamper 2010); "improved" is a fall
 * of 2 points or 30% of the baseline (Ostelo 2008); anything else, a rise included, is "not
 * improved".
 */
export function compareWithBaseline(baseline: number, latest: number): Improvement {
  if (latest === 0) return 'recovered';
  const drop = baseline - latest;
  if (drop >= NPRS_MEANINGFUL_POINTS) return 'improved';
  if (baseline > 0 && drop / baseline >= NPRS_MEANINGFUL_FRACTION) return 'improved';
  return 'not-improved';
}

/** True for a meaningful improvement (or recovery) from `baseline` to `latest`. */
export function isMeaningfulImprovement(baseline: number, latest: number): boolean {
  return compareWithBaseline(baseline, latest) !== 'not-improved';
}

function byTime(readings: readonly PainReading[]): PainReading[] {
  return [...readings].sort((a, b) => a.at - b.at);
}

export type RescreenReason = 'pain-rose' | 'interval-passed';

/**
 * Why a new screening is due, if it is. The pain baseline is the last reading at or before the
 * last screening (or, if there is none, the first reading after it); any later reading 2 or
 * more points above it makes a screening due, even if the pain has eased again since, because
 * the questions are about what happened, not only about today.
 */
export function rescreenReasons(input: {
  readonly lastScreenedAt: EpochMs;
  readonly now: EpochMs;
  readonly painHistory: readonly PainReading[];
}): RescreenReason[] {
  const reasons: RescreenReason[] = [];
  const sorted = byTime(input.painHistory).filter((r) => r.at <= input.now);
  const before = sorted.filter((r) => r.at <= input.lastScreenedAt);
  const after = sorted.filter((r) => r.at > input.lastScreenedAt);
  const baseline = before.at(-1) ?? after[0];
  if (baseline && after.some((r) => r.nprs - baseline.nprs >= RESCREEN_PAIN_RISE)) {
    reasons.push('pain-rose');
  }
  if (input.now - input.lastScreenedAt >= RESCREEN_INTERVAL_DAYS * DAY_MS) {
    reasons.push('interval-passed');
  }
  return reasons;
}

/** True when pain rose by 2 or more since the last screening, or it is 28 days old. */
export function isRescreenDue(input: {
  readonly lastScreenedAt: EpochMs;
  readonly now: EpochMs;
  readonly painHistory: readonly PainReading[];
}): boolean {
  return rescreenReasons(input).length > 0;
}

/**
 * True when at least 28 days have passed since the programme started and the latest pain
 * reading is not a meaningful improvement on the baseline (the last reading at or before the
 * start, or else the first one after it). Without a reading both at the baseline and after 28
 * days there is nothing to compare, and no review is suggested on pain grounds; the four-weekly
 * re-screening (question C17) still asks the person directly.
 */
export function isClinicianReviewSuggested(input: {
  readonly startedAt: EpochMs;
  readonly now: EpochMs;
  readonly painHistory: readonly PainReading[];
}): boolean {
  const dueAt = input.startedAt + CLINICIAN_REVIEW_AFTER_DAYS * DAY_MS;
  if (input.now < dueAt) return false;
  const sorted = byTime(input.painHistory).filter((r) => r.at <= input.now);
  const baseline = sorted.filter((r) => r.at <= input.startedAt).at(-1) ?? sorted[0];
  const latest = sorted.at(-1);
  if (!baseline || !latest || latest.at < dueAt) return false;
  return !isMeaningfulImprovement(baseline.nprs, latest.nprs);
}
