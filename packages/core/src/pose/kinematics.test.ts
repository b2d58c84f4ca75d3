import { describe, expect, it } from 'vitest';
import { BODY_DEPTH, PROP_HEIGHTS, SEGMENTS, bodyPoint, poseGeometry } from './kinematics.ts';
import type { LimbAngles, Pose, Prop } from './pose.schema.ts';

const limb = (overrides: Partial<LimbAngles> = {}): LimbAngles => ({
  hip: 0,
  knee: 0,
  ankle: 0,
  shoulder: 0,
  elbow: 0,
  ...overrides,
});

const pose = (overrides: Partial<Pose> = {}): Pose => ({
  trunk: 0,
  neck: 0,
  left: limb(),
  right: limb(),
  props: [],
  ...overrides,
});

const standing = pose();
const lyingOnBack = pose({ trunk: -90 });

describe('poseGeometry', () => {
  it('stands one body height tall with the soles on the floor', () => {
    const { bounds, points } = poseGeometry(standing);
    expect(bounds.maxY - bounds.minY).toBeCloseTo(1, 2);
    expect(bounds.minY).toBeCloseTo(0, 9);
    for (const side of ['left', 'right'] as const) {
      expect(points[side].heel.y).toBeCloseTo(0, 9);
      expect(points[side].toe.y).toBeCloseTo(0, 9);
    }
    expect(points.head.y).toBeGreaterThan(points.shoulder.y);
    expect(points.shoulder.y).toBeGreaterThan(points.hip.y);
  });

  it('puts the toes in front of the heel when standing', () => {
    const { points } = poseGeometry(standing);
    expect(points.left.toe.x).toBeGreaterThan(points.left.heel.x);
  });

  it('lies flat on the back at floor level', () => {
    const { points, bounds } = poseGeometry(lyingOnBack);
    expect(points.shoulder.y).toBeCloseTo(points.hip.y, 9);
    expect(points.head.y).toBeCloseTo(points.hip.y, 9);
    expect(points.left.knee.y).toBeCloseTo(points.hip.y, 9);
    expect(bounds.minY).toBeCloseTo(0, 9);
    // The body rests on its skin: joint lines sit no higher than the body is thick.
    expect(points.hip.y).toBeLessThanOrEqual(SEGMENTS.headRadius + 1e-9);
    expect(bounds.maxY).toBeLessThan(0.15);
    // Head one way, feet the other.
    expect(points.head.x).toBeLessThan(points.hip.x);
    expect(points.left.ankle.x).toBeGreaterThan(points.hip.x);
  });

  it('puts the knee in front of the hip at hip height with the hip bent to 90°', () => {
    const { points } = poseGeometry(pose({ left: limb({ hip: 90 }) }));
    expect(points.left.knee.y).toBeCloseTo(points.hip.y, 9);
    expect(points.left.knee.x - points.hip.x).toBeCloseTo(SEGMENTS.thigh, 9);
  });

  it('bends the shin back with knee flexion and the arm forward with shoulder flexion', () => {
    const { points } = poseGeometry(pose({ left: limb({ knee: 90, shoulder: 90 }) }));
    expect(points.left.ankle.x).toBeLessThan(points.left.knee.x);
    expect(points.left.ankle.y).toBeCloseTo(points.left.knee.y, 9);
    expect(points.left.elbow.y).toBeCloseTo(points.shoulder.y, 9);
    expect(points.left.elbow.x).toBeGreaterThan(points.shoulder.x);
  });

  it('kneels on the skin of the knee, not on the joint line', () => {
    const kneeling = pose({
      left: limb({ hip: 0, knee: 90, ankle: -40 }),
      right: limb({ hip: 90, knee: 90 }),
    });
    const { points, bounds } = poseGeometry(kneeling);
    expect(bounds.minY).toBeCloseTo(0, 9);
    expect(points.left.knee.y).toBeGreaterThanOrEqual(BODY_DEPTH.knee - 1e-9);
  });

  it.each([
    ['foam-roller', 'lower-back'],
    ['ball', 'pelvis'],
    ['block', 'pelvis'],
    ['foam-roller', 'left-thigh'],
  ] as const)('lifts the body onto a %s under the %s', (kind, at) => {
    const facing = at === 'left-thigh' ? 90 : -90;
    const without = poseGeometry(pose({ trunk: facing }));
    const prop: Prop = { kind, at };
    const withProp = poseGeometry(pose({ trunk: facing, props: [prop] }));
    const height = PROP_HEIGHTS[kind];
    expect(withProp.points.hip.y).toBeGreaterThan(without.points.hip.y);
    // The skin over the body point rests on top of the prop.
    const point = bodyPoint(withProp.points, at);
    expect(point.y).toBeGreaterThanOrEqual(height);
    expect(withProp.props[0]?.height).toBe(height);
    expect(withProp.props[0]?.point).toEqual(point);
    expect(withProp.bounds.minY).toBeGreaterThanOrEqual(-1e-9);
  });

  it('places furniture under the skin of the body point it carries', () => {
    const sitting = pose({ left: limb({ hip: 90, knee: 90 }), right: limb({ hip: 90, knee: 90 }) });
    const { props, points } = poseGeometry({
      ...sitting,
      props: [{ kind: 'chair', at: 'pelvis' }],
    });
    expect(props[0]?.height).toBeCloseTo(points.hip.y - BODY_DEPTH.pelvis, 9);
    // Sitting on a chair leaves the feet on the floor.
    expect(points.left.heel.y).toBeCloseTo(0, 9);
  });

  it('is deterministic', () => {
    const p = pose({ trunk: 30, left: limb({ hip: 40, knee: 60 }) });
    expect(poseGeometry(p)).toEqual(poseGeometry(p));
  });
});
