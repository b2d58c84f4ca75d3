import { describe, expect, it } from 'vitest';
import {
  findAsymmetries,
  kneeBandFromAngle,
  thighPositionFromAngle,
  tighterSide,
  weakerSide,
  type SelfTestResults,
  type ThomasSide,
} from './self-tests.ts';

const thomas = (patch: Partial<ThomasSide> = {}): ThomasSide => ({
  thigh: 'below-horizontal',
  knee: 'hangs-down',
  thighDriftsOut: false,
  ...patch,
});

describe('findAsymmetries', () => {
  it('finds nothing when the sides match', () => {
    const results: SelfTestResults = {
      thomas: { left: thomas({ thigh: 'level' }), right: thomas({ thigh: 'level' }) },
      kneeToChest: { left: { straightLegLifts: true }, right: { straightLegLifts: true } },
      pelvicTilt: { left: { tilt: 'neutral' }, right: { tilt: 'neutral' } },
      bridgeHold: { left: { seconds: 30 }, right: { seconds: 25 } },
    };
    expect(findAsymmetries(results)).toEqual([]);
  });

  it('finds nothing when no test was done', () => {
    expect(findAsymmetries({})).toEqual([]);
  });

  it.each([
    [
      'a thigh above horizontal on the left only',
      { thomas: { left: thomas({ thigh: 'above-horizontal' }), right: thomas() } },
      'hip-flexors-tighter',
      'left',
    ],
    [
      'a thigh level on the right, below on the left',
      { thomas: { left: thomas(), right: thomas({ thigh: 'level' }) } },
      'hip-flexors-tighter',
      'right',
    ],
    [
      'a knee sticking out on the right',
      { thomas: { left: thomas({ knee: 'partly-out' }), right: thomas({ knee: 'sticks-out' }) } },
      'front-thigh-tighter',
      'right',
    ],
    [
      'a thigh drifting out on the left',
      { thomas: { left: thomas({ thighDriftsOut: true }), right: thomas() } },
      'thigh-drifts-out',
      'left',
    ],
    [
      'the right leg lifting in knee-to-chest',
      { kneeToChest: { left: { straightLegLifts: false }, right: { straightLegLifts: true } } },
      'knee-to-chest-tighter',
      'right',
    ],
    [
      'the pelvis tipping forward on the left',
      { pelvicTilt: { left: { tilt: 'tilted-forward' }, right: { tilt: 'neutral' } } },
      'pelvis-tilts-more',
      'left',
    ],
    [
      'a bridge hold 20% shorter on the right',
      { bridgeHold: { left: { seconds: 50 }, right: { seconds: 40 } } },
      'bridge-weaker',
      'right',
    ],
    [
      'a left bridge hold of 0 against 10',
      { bridgeHold: { left: { seconds: 0 }, right: { seconds: 10 } } },
      'bridge-weaker',
      'left',
    ],
  ] as const)('flags %s', (_name, results, finding, side) => {
    const found = findAsymmetries(results);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ finding, side });
  });

  it.each([
    [50, 41],
    [0, 0],
    [10, 9],
  ])('does not flag bridge holds of %i and %i s (under 20%%)', (left, right) => {
    expect(
      findAsymmetries({ bridgeHold: { left: { seconds: left }, right: { seconds: right } } }),
    ).toEqual([]);
  });

  it('words results as observations naming the side, never as diagnoses', () => {
    const found = findAsymmetries({
      thomas: { left: thomas({ thigh: 'above-horizontal' }), right: thomas() },
    });
    expect(found[0]?.observation).toBe('Your left hip flexors tested tighter.');
    expect(found[0]?.observation).not.toMatch(/syndrome|dysfunction|diagnos|contracture/i);
  });

  it('ignores angles when categories match (a single reading is within measurement error)', () => {
    const left = thomas({ thigh: 'below-horizontal', hipAngleDegrees: -6 });
    const right = thomas({ thigh: 'below-horizontal', hipAngleDegrees: -20 });
    expect(findAsymmetries({ thomas: { left, right } })).toEqual([]);
  });
});

describe('tighterSide and weakerSide', () => {
  it('names the side with more tighter findings', () => {
    const found = findAsymmetries({
      thomas: {
        left: thomas({ thigh: 'level' }),
        right: thomas({ knee: 'sticks-out', thighDriftsOut: true }),
      },
    });
    expect(tighterSide(found)).toBe('right');
  });

  it('breaks a tie with the hip flexor finding', () => {
    const found = findAsymmetries({
      thomas: { left: thomas({ thigh: 'level' }), right: thomas({ knee: 'sticks-out' }) },
    });
    expect(tighterSide(found)).toBe('left');
  });

  it('is null when nothing differs, and finds the weaker bridge side', () => {
    const found = findAsymmetries({
      bridgeHold: { left: { seconds: 10 }, right: { seconds: 30 } },
    });
    expect(tighterSide(found)).toBeNull();
    expect(weakerSide(found)).toBe('left');
  });
});

describe('angle conventions', () => {
  it.each([
    [10, 'above-horizontal'],
    [5, 'level'],
    [-5, 'level'],
    [-12, 'below-horizontal'],
  ] as const)('a thigh at %i° is %s', (deg, expected) => {
    expect(thighPositionFromAngle(deg)).toBe(expected);
  });

  it.each([
    [50, 'sticks-out'],
    [67, 'partly-out'],
    [80, 'hangs-down'],
  ] as const)('a knee at %i° flexion is %s', (deg, expected) => {
    expect(kneeBandFromAngle(deg)).toBe(expected);
  });
});
