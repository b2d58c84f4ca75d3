import type { Side } from '../pose/pose.schema.ts';
import {
  HOLD_ASYMMETRY_FRACTION,
  KNEE_RANK,
  THIGH_RANK,
  findAsymmetries,
  type Asymmetry,
  type SelfTestResults,
} from './self-tests.ts';

/**
 * Re-assessment: the latest self-tests against the first ones, per test and side (issue 4:
 * "re-assessment suggested after 4-6 weeks, with the self-test results compared to the first
 * ones"). Changes are reported as observations with honest thresholds, never as a verdict on
 * the body:
 * - categories (thigh above, level, below horizontal; knee band; drift; leg lifting) compare
 *   as they are;
 * - when both tests carry an inclinometer hip angle, only a change of 5° or more counts: a
 *   single reading's error is about that large (evidence.md §8, camera 4-7°; goniometer SEM 7°);
 * - bridge holds count when they differ by 20% or more, the same rule as between sides;
 * - the standing pelvic tilt is recorded but never called better or worse: it does not track
 *   hip-flexor length (Heino 1990, evidence.md §1.2).
 */

export type ComparedTest =
  'thomas-thigh' | 'thomas-knee' | 'thomas-drift' | 'knee-to-chest' | 'pelvic-tilt' | 'bridge-hold';

export type SelfTestChange = {
  readonly test: ComparedTest;
  readonly side: Side;
  readonly direction: 'better' | 'same' | 'worse' | 'different';
  /** In plain words, e.g. "Left hip flexors: the thigh now lowers to level (was above)." */
  readonly observation: string;
};

export type SelfTestComparison = {
  readonly changes: readonly SelfTestChange[];
  /** Side differences flagged at first and no longer flagged now. */
  readonly evenedOut: readonly Asymmetry[];
  /** Side differences flagged now that were not flagged at first. */
  readonly newDifferences: readonly Asymmetry[];
};

/** A real change in an inclinometer angle (degrees), the camera-estimate threshold of §8. */
export const ANGLE_CHANGE_DEGREES = 5;

const SIDES: readonly Side[] = ['left', 'right'];

type Direction = SelfTestChange['direction'];

/** Lower rank is looser: a drop is better. */
function byRank(before: number, after: number): Direction {
  return after < before ? 'better' : after > before ? 'worse' : 'same';
}

const THIGH_WORDS = {
  'above-horizontal': 'above level',
  level: 'level',
  'below-horizontal': 'below level',
} as const;

function thighChange(
  side: Side,
  first: SelfTestResults,
  latest: SelfTestResults,
): SelfTestChange | null {
  const a = first.thomas?.[side];
  const b = latest.thomas?.[side];
  if (!a || !b) return null;
  const angles = a.hipAngleDegrees !== undefined && b.hipAngleDegrees !== undefined;
  let direction: Direction;
  if (angles) {
    // A lower thigh (smaller angle to the horizontal) means more hip extension.
    const delta = (b.hipAngleDegrees ?? 0) - (a.hipAngleDegrees ?? 0);
    direction = Math.abs(delta) < ANGLE_CHANGE_DEGREES ? 'same' : delta < 0 ? 'better' : 'worse';
  } else {
    direction = byRank(THIGH_RANK[a.thigh], THIGH_RANK[b.thigh]);
  }
  const now = angles ? `${b.hipAngleDegrees}°` : THIGH_WORDS[b.thigh];
  const was = angles ? `${a.hipAngleDegrees}°` : THIGH_WORDS[a.thigh];
  const observation =
    direction === 'same'
      ? `${capital(side)} hip flexors: the thigh lowers about as before (${now}).`
      : `${capital(side)} hip flexors: the thigh now lowers to ${now} (was ${was}).`;
  return { test: 'thomas-thigh', side, direction, observation };
}

function simpleChanges(
  side: Side,
  first: SelfTestResults,
  latest: SelfTestResults,
): SelfTestChange[] {
  const changes: SelfTestChange[] = [];
  const name = capital(side);
  const a = first.thomas?.[side];
  const b = latest.thomas?.[side];
  if (a && b) {
    const knee = byRank(KNEE_RANK[a.knee], KNEE_RANK[b.knee]);
    changes.push({
      test: 'thomas-knee',
      side,
      direction: knee,
      observation: `${name} front of the thigh: the knee ${knee === 'same' ? 'bends as before' : knee === 'better' ? 'now bends further' : 'now bends less'}.`,
    });
    const drift = byRank(Number(a.thighDriftsOut), Number(b.thighDriftsOut));
    const driftWords = b.thighDriftsOut
      ? a.thighDriftsOut
        ? 'still drifts outwards'
        : 'now drifts outwards'
      : a.thighDriftsOut
        ? 'no longer drifts outwards'
        : 'stays in line, as before';
    changes.push({
      test: 'thomas-drift',
      side,
      direction: drift,
      observation: `${name} thigh: ${driftWords}.`,
    });
  }
  const k1 = first.kneeToChest?.[side];
  const k2 = latest.kneeToChest?.[side];
  if (k1 && k2) {
    const direction = byRank(Number(k1.straightLegLifts), Number(k2.straightLegLifts));
    changes.push({
      test: 'knee-to-chest',
      side,
      direction,
      observation: `${name} leg in the knee-to-chest test: ${k2.straightLegLifts ? 'lifts off the floor' : 'stays down'}${direction === 'same' ? ', as before' : ' now'}.`,
    });
  }
  const t1 = first.pelvicTilt?.[side];
  const t2 = latest.pelvicTilt?.[side];
  if (t1 && t2) {
    changes.push({
      test: 'pelvic-tilt',
      side,
      direction: t1.tilt === t2.tilt ? 'same' : 'different',
      observation: `${name} side of the pelvis: ${t2.tilt.replace('-', ' ')}${t1.tilt === t2.tilt ? ', as before' : ` (was ${t1.tilt.replace('-', ' ')})`}. Pelvic tilt is noted, not scored: it says little about the hip flexors.`,
    });
  }
  const h1 = first.bridgeHold?.[side];
  const h2 = latest.bridgeHold?.[side];
  if (h1 && h2) {
    const longer = Math.max(h1.seconds, h2.seconds);
    const relative = longer === 0 ? 0 : (h2.seconds - h1.seconds) / longer;
    const direction: Direction =
      Math.abs(relative) < HOLD_ASYMMETRY_FRACTION ? 'same' : relative > 0 ? 'better' : 'worse';
    changes.push({
      test: 'bridge-hold',
      side,
      direction,
      observation: `${name} single-leg bridge: held ${h2.seconds} s (was ${h1.seconds} s).`,
    });
  }
  return changes;
}

function capital(side: Side): string {
  return side === 'left' ? 'Left' : 'Right';
}

const key = (a: Asymmetry): string => `${a.finding}:${a.side}`;

/** The latest self-tests against the first: what changed per side, and which differences evened out. */
export function compareSelfTests(
  first: SelfTestResults,
  latest: SelfTestResults,
): SelfTestComparison {
  const changes = SIDES.flatMap((side) => {
    const thigh = thighChange(side, first, latest);
    return [...(thigh ? [thigh] : []), ...simpleChanges(side, first, latest)];
  });
  const before = findAsymmetries(first);
  const after = findAsymmetries(latest);
  const afterKeys = new Set(after.map(key));
  const beforeKeys = new Set(before.map(key));
  return {
    changes,
    evenedOut: before.filter((a) => !afterKeys.has(key(a))),
    newDifferences: after.filter((a) => !beforeKeys.has(key(a))),
  };
}
