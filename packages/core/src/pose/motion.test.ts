import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cycleMs, easeInOut, frameAt, interpolatePose, mirrorPose } from './motion.ts';
import {
  BODY_POINTS,
  PROP_KINDS,
  type Keyframe,
  type LimbAngles,
  type Pose,
} from './pose.schema.ts';

// Adding 0 turns -0 into 0, which interpolation does too (a + (b - a) * 0).
const angle = fc.double({ min: -180, max: 180, noNaN: true }).map((v) => v + 0);
const limbArb: fc.Arbitrary<LimbAngles> = fc.record({
  hip: angle,
  knee: angle,
  ankle: angle,
  shoulder: angle,
  elbow: angle,
});
const poseArb: fc.Arbitrary<Pose> = fc.record({
  trunk: angle,
  neck: angle,
  left: limbArb,
  right: limbArb,
  props: fc.array(
    fc.record({ kind: fc.constantFrom(...PROP_KINDS), at: fc.constantFrom(...BODY_POINTS) }),
    {
      maxLength: 3,
    },
  ),
});

const still = (trunk: number): Pose => ({
  trunk,
  neck: 0,
  left: { hip: trunk, knee: 0, ankle: 0, shoulder: 0, elbow: 0 },
  right: { hip: 0, knee: 0, ankle: 0, shoulder: 0, elbow: 0 },
  props: [],
});

const frame = (label: string, trunk: number, moveMs: number, holdMs: number): Keyframe => ({
  label,
  pose: still(trunk),
  moveMs,
  holdMs,
});

describe('mirrorPose', () => {
  it('is its own inverse', () => {
    fc.assert(
      fc.property(poseArb, (pose) => {
        expect(mirrorPose(mirrorPose(pose))).toEqual(pose);
      }),
    );
  });

  it('swaps the sides and the sided props', () => {
    const pose: Pose = { ...still(0), props: [{ kind: 'foam-roller', at: 'left-thigh' }] };
    const mirrored = mirrorPose(pose);
    expect(mirrored.left).toEqual(pose.right);
    expect(mirrored.right).toEqual(pose.left);
    expect(mirrored.props).toEqual([{ kind: 'foam-roller', at: 'right-thigh' }]);
  });
});

describe('interpolatePose', () => {
  it('gives the endpoints at 0 and 1', () => {
    fc.assert(
      fc.property(poseArb, poseArb, (a, b) => {
        expect(interpolatePose(a, b, 0)).toEqual(a);
        const end = interpolatePose(a, b, 1);
        expect(end.props).toEqual(b.props);
        expect(end.trunk).toBeCloseTo(b.trunk, 9);
        expect(end.left.hip).toBeCloseTo(b.left.hip, 9);
        expect(end.right.elbow).toBeCloseTo(b.right.elbow, 9);
      }),
    );
  });

  it('lies between the endpoints', () => {
    fc.assert(
      fc.property(poseArb, poseArb, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) => {
        const mid = interpolatePose(a, b, t);
        expect(mid.left.knee).toBeGreaterThanOrEqual(Math.min(a.left.knee, b.left.knee) - 1e-9);
        expect(mid.left.knee).toBeLessThanOrEqual(Math.max(a.left.knee, b.left.knee) + 1e-9);
      }),
    );
  });
});

describe('easeInOut', () => {
  it('starts at 0, ends at 1 and passes 0.5 halfway', () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(0.5)).toBeCloseTo(0.5, 9);
  });

  it('never goes backwards', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 2, noNaN: true }),
        fc.double({ min: -1, max: 2, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(easeInOut(lo)).toBeLessThanOrEqual(easeInOut(hi));
        },
      ),
    );
  });

  it('stays within 0..1, clamping outside', () => {
    expect(easeInOut(-3)).toBe(0);
    expect(easeInOut(4)).toBe(1);
  });
});

describe('frameAt', () => {
  const frames = [
    frame('one', 0, 1000, 500),
    frame('two', 30, 1000, 500),
    frame('three', 60, 500, 0),
  ];

  it('walks the frames in order: moving into each, then holding it', () => {
    expect(frameAt(frames, 0)).toMatchObject({ index: 0, moving: true });
    expect(frameAt(frames, 1200)).toEqual({ pose: frames[0]?.pose, index: 0, moving: false });
    expect(frameAt(frames, 1600)).toMatchObject({ index: 1, moving: true });
    expect(frameAt(frames, 2700)).toEqual({ pose: frames[1]?.pose, index: 1, moving: false });
    expect(frameAt(frames, 3200)).toMatchObject({ index: 2, moving: true });
  });

  it('moves into the first frame from the last one', () => {
    const start = frameAt(frames, 0);
    expect(start.pose.trunk).toBeCloseTo(60, 9);
    expect(frameAt(frames, 500).pose.trunk).toBeCloseTo(30, 9);
  });

  it('loops', () => {
    const cycle = cycleMs(frames);
    expect(cycle).toBe(3500);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 5 }),
        (t, loops) => {
          expect(frameAt(frames, t + loops * cycle)).toEqual(frameAt(frames, t));
        },
      ),
    );
  });

  it('visits the frames in order over one cycle', () => {
    const seen: number[] = [];
    for (let t = 0; t < cycleMs(frames); t += 50) {
      const { index } = frameAt(frames, t);
      if (seen[seen.length - 1] !== index) seen.push(index);
    }
    expect(seen).toEqual([0, 1, 2]);
  });

  it('holds a single frame still when nothing moves', () => {
    const only = [frame('only', 10, 0, 0), frame('again', 10, 0, 0)];
    expect(frameAt(only, 12345).pose).toEqual(only[0]?.pose);
  });

  it('needs at least one keyframe', () => {
    expect(() => frameAt([], 0)).toThrow();
  });
});
