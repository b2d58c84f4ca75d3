import { describe, expect, it } from 'vitest';
import { compareSelfTests } from './self-test-comparison.ts';
import type { SelfTestResults } from './self-tests.ts';

const thomas = (
  left: { thigh: 'above-horizontal' | 'level' | 'below-horizontal'; hip?: number },
  right: { thigh: 'above-horizontal' | 'level' | 'below-horizontal'; hip?: number },
): SelfTestResults['thomas'] => ({
  left: {
    thigh: left.thigh,
    knee: 'hangs-down',
    thighDriftsOut: false,
    ...(left.hip === undefined ? {} : { hipAngleDegrees: left.hip }),
  },
  right: {
    thigh: right.thigh,
    knee: 'hangs-down',
    thighDriftsOut: false,
    ...(right.hip === undefined ? {} : { hipAngleDegrees: right.hip }),
  },
});

const directionOf = (
  changes: ReturnType<typeof compareSelfTests>['changes'],
  test: string,
  side: string,
) => changes.find((c) => c.test === test && c.side === side)?.direction;

describe('compareSelfTests', () => {
  it('calls a lower thigh category better and names the side difference that evened out', () => {
    const first = { thomas: thomas({ thigh: 'above-horizontal' }, { thigh: 'level' }) };
    const latest = { thomas: thomas({ thigh: 'level' }, { thigh: 'level' }) };
    const result = compareSelfTests(first, latest);
    expect(directionOf(result.changes, 'thomas-thigh', 'left')).toBe('better');
    expect(directionOf(result.changes, 'thomas-thigh', 'right')).toBe('same');
    expect(result.evenedOut.map((a) => [a.finding, a.side])).toEqual([
      ['hip-flexors-tighter', 'left'],
    ]);
    expect(result.newDifferences).toEqual([]);
  });

  it('counts an angle change only from 5 degrees, the size of one reading error', () => {
    const first = {
      thomas: thomas(
        { thigh: 'above-horizontal', hip: 10 },
        { thigh: 'above-horizontal', hip: 10 },
      ),
    };
    const latest = {
      thomas: thomas({ thigh: 'above-horizontal', hip: 6 }, { thigh: 'level', hip: 4 }),
    };
    const { changes } = compareSelfTests(first, latest);
    expect(directionOf(changes, 'thomas-thigh', 'left')).toBe('same');
    expect(directionOf(changes, 'thomas-thigh', 'right')).toBe('better');
  });

  it('compares bridge holds with the 20% rule used between sides', () => {
    const first = { bridgeHold: { left: { seconds: 20 }, right: { seconds: 30 } } };
    const latest = { bridgeHold: { left: { seconds: 30 }, right: { seconds: 27 } } };
    const { changes, evenedOut } = compareSelfTests(first, latest);
    expect(directionOf(changes, 'bridge-hold', 'left')).toBe('better');
    expect(directionOf(changes, 'bridge-hold', 'right')).toBe('same');
    expect(evenedOut.map((a) => a.finding)).toEqual(['bridge-weaker']);
  });

  it('notes a pelvic tilt change without calling it better or worse', () => {
    const first = {
      pelvicTilt: {
        left: { tilt: 'tilted-forward' as const },
        right: { tilt: 'neutral' as const },
      },
    };
    const latest = {
      pelvicTilt: { left: { tilt: 'neutral' as const }, right: { tilt: 'neutral' as const } },
    };
    const { changes } = compareSelfTests(first, latest);
    expect(directionOf(changes, 'pelvic-tilt', 'left')).toBe('different');
    expect(directionOf(changes, 'pelvic-tilt', 'right')).toBe('same');
  });

  it('reports a new side difference and leaves out tests done only once', () => {
    const first = {
      kneeToChest: { left: { straightLegLifts: false }, right: { straightLegLifts: false } },
    };
    const latest = {
      kneeToChest: { left: { straightLegLifts: true }, right: { straightLegLifts: false } },
      bridgeHold: { left: { seconds: 30 }, right: { seconds: 30 } },
    };
    const result = compareSelfTests(first, latest);
    expect(directionOf(result.changes, 'knee-to-chest', 'left')).toBe('worse');
    expect(result.changes.some((c) => c.test === 'bridge-hold')).toBe(false);
    expect(result.newDifferences.map((a) => [a.finding, a.side])).toEqual([
      ['knee-to-chest-tighter', 'left'],
    ]);
  });

  it('never uses diagnosis words', () => {
    const first = { thomas: thomas({ thigh: 'above-horizontal' }, { thigh: 'below-horizontal' }) };
    const latest = { thomas: thomas({ thigh: 'below-horizontal' }, { thigh: 'above-horizontal' }) };
    for (const change of compareSelfTests(first, latest).changes) {
      expect(change.observation).not.toMatch(/syndrome|contracture|dysfunction|injury|diagnos/i);
    }
  });
});
