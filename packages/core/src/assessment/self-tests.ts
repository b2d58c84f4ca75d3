import { z } from 'zod';
import type { Side } from '../pose/pose.schema.ts';

/**
 * Self-tests, each done on both sides, and the side-to-side comparison.
 *
 * Results are observations, never diagnoses: a self-test is a screen and a trend, not a
 * measurement a clinician would act on alone (evidence.md §2.3: Thomas test sensitivity 32%,
 * specificity 57% without pelvic control; goniometer SEM about 7°).
 *
 * Angle conventions (one fixed convention, evidence.md §2.2 warns never to mix them):
 * - hip: the angle of the hanging thigh to the horizontal, in degrees; positive when the thigh
 *   is above horizontal (hip still flexed), negative below. Harvey 1998 norm: -11.9°.
 * - knee: knee flexion, 0° with the knee straight, growing as the shin bends back under the
 *   table; below 67° suggests short two-joint hip flexors (BMC Sports Sci Med Rehabil 2021).
 */

/** Where the thigh of the test leg rests in the modified Thomas test. */
export const thighPositionSchema = z.enum(['above-horizontal', 'level', 'below-horizontal']);
export type ThighPosition = z.infer<typeof thighPositionSchema>;

/** How the lower leg hangs: its knee flexion band under the fixed convention above. */
export const kneeBandSchema = z.enum(['hangs-down', 'partly-out', 'sticks-out']);
export type KneeBand = z.infer<typeof kneeBandSchema>;

/** Within this many degrees of horizontal the thigh counts as level. */
export const LEVEL_THIGH_TOLERANCE_DEGREES = 5;
/** Knee flexion below this is "sticks out" (BMC 2021: <67° short two-joint flexors). */
export const SHORT_KNEE_DEGREES = 67;
/** Knee flexion at or above this is "hangs down" (Kendall's criterion: about 80°). */
export const HANGING_KNEE_DEGREES = 80;

/** The thigh category an inclinometer reading falls in. */
export function thighPositionFromAngle(degrees: number): ThighPosition {
  if (degrees > LEVEL_THIGH_TOLERANCE_DEGREES) return 'above-horizontal';
  if (degrees < -LEVEL_THIGH_TOLERANCE_DEGREES) return 'below-horizontal';
  return 'level';
}

/** The knee band an inclinometer reading of knee flexion falls in. */
export function kneeBandFromAngle(degrees: number): KneeBand {
  if (degrees < SHORT_KNEE_DEGREES) return 'sticks-out';
  if (degrees < HANGING_KNEE_DEGREES) return 'partly-out';
  return 'hangs-down';
}

export const thomasSideSchema = z
  .strictObject({
    thigh: thighPositionSchema,
    knee: kneeBandSchema,
    /** The thigh drifts out to the side as it lowers (short TFL / IT band). */
    thighDriftsOut: z.boolean(),
    hipAngleDegrees: z.number().min(-60).max(90).optional(),
    kneeAngleDegrees: z.number().min(0).max(160).optional(),
  })
  .refine(
    (r) => r.hipAngleDegrees === undefined || thighPositionFromAngle(r.hipAngleDegrees) === r.thigh,
    {
      message: 'the thigh position must match the hip angle',
    },
  )
  .refine(
    (r) => r.kneeAngleDegrees === undefined || kneeBandFromAngle(r.kneeAngleDegrees) === r.knee,
    {
      message: 'the knee band must match the knee angle',
    },
  );
export type ThomasSide = z.infer<typeof thomasSideSchema>;

/** Knee-to-chest (the original Thomas test): the side named is the leg lying straight. */
export const kneeToChestSideSchema = z.strictObject({ straightLegLifts: z.boolean() });
export type KneeToChestSide = z.infer<typeof kneeToChestSideSchema>;

/**
 * Standing pelvic tilt check, fingers on the front and back hip bones of each side. Tilt does
 * not track hip-flexor length (Heino 1990, r = -0.04), so it is recorded as an observation and
 * counts for the tighter side only together with the other tests.
 */
export const pelvicTiltSideSchema = z.strictObject({
  tilt: z.enum(['tilted-forward', 'neutral', 'tilted-back']),
});
export type PelvicTiltSide = z.infer<typeof pelvicTiltSideSchema>;

/** Single-leg bridge: seconds held before the hips drop, standing leg on the side named. */
export const bridgeHoldSideSchema = z.strictObject({
  seconds: z.number().min(0).max(600),
});
export type BridgeHoldSide = z.infer<typeof bridgeHoldSideSchema>;

function perSide<T extends z.ZodType>(side: T) {
  return z.strictObject({ left: side, right: side });
}

/** Each test is optional (a person may skip one); a test that was done has both sides. */
export const selfTestResultsSchema = z.strictObject({
  thomas: perSide(thomasSideSchema).optional(),
  kneeToChest: perSide(kneeToChestSideSchema).optional(),
  pelvicTilt: perSide(pelvicTiltSideSchema).optional(),
  bridgeHold: perSide(bridgeHoldSideSchema).optional(),
});
export type SelfTestResults = z.infer<typeof selfTestResultsSchema>;

export type AsymmetryFinding =
  | 'hip-flexors-tighter'
  | 'front-thigh-tighter'
  | 'thigh-drifts-out'
  | 'knee-to-chest-tighter'
  | 'pelvis-tilts-more'
  | 'bridge-weaker';

export type Asymmetry = {
  readonly finding: AsymmetryFinding;
  /** The tighter side, or for the bridge the weaker one. */
  readonly side: Side;
  readonly kind: 'tighter' | 'weaker';
  /** An observation in plain words, never a diagnosis. */
  readonly observation: string;
};

/** A side difference of 20% or more in bridge hold time is flagged (issue 4). */
export const HOLD_ASYMMETRY_FRACTION = 0.2;

export const THIGH_RANK: Readonly<Record<ThighPosition, number>> = {
  'below-horizontal': 0,
  level: 1,
  'above-horizontal': 2,
};
export const KNEE_RANK: Readonly<Record<KneeBand, number>> = {
  'hangs-down': 0,
  'partly-out': 1,
  'sticks-out': 2,
};
const TILT_RANK = { 'tilted-back': 0, neutral: 1, 'tilted-forward': 2 } as const;

const OBSERVATIONS: Readonly<Record<AsymmetryFinding, (side: Side) => string>> = {
  'hip-flexors-tighter': (s) => `Your ${s} hip flexors tested tighter.`,
  'front-thigh-tighter': (s) => `The front of your ${s} thigh tested tighter.`,
  'thigh-drifts-out': (s) => `Your ${s} thigh drifted outwards as it lowered.`,
  'knee-to-chest-tighter': (s) => `Your ${s} leg lifted off the floor in the knee-to-chest test.`,
  'pelvis-tilts-more': (s) => `Your pelvis tipped further forward on the ${s}.`,
  'bridge-weaker': (s) => `Your ${s} side held the single-leg bridge for a shorter time.`,
};

function finding(finding: AsymmetryFinding, side: Side): Asymmetry {
  const kind = finding === 'bridge-weaker' ? 'weaker' : 'tighter';
  return { finding, side, kind, observation: OBSERVATIONS[finding](side) };
}

/** The side with the higher rank (the tighter one), or null when they are the same. */
function higher(left: number, right: number): Side | null {
  if (left === right) return null;
  return left > right ? 'left' : 'right';
}

function bridgeWeakerSide(left: number, right: number): Side | null {
  const longer = Math.max(left, right);
  if (longer === 0 || (longer - Math.min(left, right)) / longer < HOLD_ASYMMETRY_FRACTION) {
    return null;
  }
  return left < right ? 'left' : 'right';
}

/**
 * Side-to-side differences: a different category on any test, or bridge holds that differ by
 * 20% or more of the longer hold. Angles are kept for trends but not compared here: a single
 * reading's error (SEM about 7°, camera 4-7°) is as large as the side differences it would flag.
 */
export function findAsymmetries(results: SelfTestResults): Asymmetry[] {
  const found: Asymmetry[] = [];
  const add = (name: AsymmetryFinding, side: Side | null) => {
    if (side) found.push(finding(name, side));
  };
  const { thomas, kneeToChest, pelvicTilt, bridgeHold } = results;
  if (thomas) {
    add(
      'hip-flexors-tighter',
      higher(THIGH_RANK[thomas.left.thigh], THIGH_RANK[thomas.right.thigh]),
    );
    add('front-thigh-tighter', higher(KNEE_RANK[thomas.left.knee], KNEE_RANK[thomas.right.knee]));
    add(
      'thigh-drifts-out',
      higher(Number(thomas.left.thighDriftsOut), Number(thomas.right.thighDriftsOut)),
    );
  }
  if (kneeToChest) {
    add(
      'knee-to-chest-tighter',
      higher(Number(kneeToChest.left.straightLegLifts), Number(kneeToChest.right.straightLegLifts)),
    );
  }
  if (pelvicTilt) {
    add(
      'pelvis-tilts-more',
      higher(TILT_RANK[pelvicTilt.left.tilt], TILT_RANK[pelvicTilt.right.tilt]),
    );
  }
  if (bridgeHold)
    add('bridge-weaker', bridgeWeakerSide(bridgeHold.left.seconds, bridgeHold.right.seconds));
  return found;
}

/**
 * The side the plan treats as tighter: the side named by more "tighter" findings, the hip
 * flexor (thigh) finding breaking a tie since it is the one the stretches target. Null when the
 * sides are even.
 */
export function tighterSide(asymmetries: readonly Asymmetry[]): Side | null {
  const tighter = asymmetries.filter((a) => a.kind === 'tighter');
  const count = (side: Side) => tighter.filter((a) => a.side === side).length;
  const byCount = higher(count('left'), count('right'));
  if (byCount) return byCount;
  return tighter.find((a) => a.finding === 'hip-flexors-tighter')?.side ?? null;
}

/** The side that held the bridge for clearly less time, or null. */
export function weakerSide(asymmetries: readonly Asymmetry[]): Side | null {
  return asymmetries.find((a) => a.kind === 'weaker')?.side ?? null;
}
