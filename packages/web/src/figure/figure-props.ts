import {
  bodyDepth,
  type BodyPoint,
  type FigureGeometry,
  type PlacedProp,
  type Point,
} from '@psoas/core';
import { legBones } from './figure-body.ts';
import { add, at, bone, scale, sub, unit, type Part, type Shape } from './figure-shapes.ts';

/**
 * Props in body-height units. Supports (roller, ball, block) sit on the floor under the body
 * point that core lifted onto them; furniture and the wall are drawn where the body meets them;
 * a band is a stripe across the limb it loops around.
 */

const TRUNK_POINTS = new Set<BodyPoint>([
  'head',
  'shoulders',
  'upper-back',
  'lower-back',
  'pelvis',
]);

const rect = (x0: number, x1: number, y0: number, y1: number): Shape => ({
  kind: 'polygon',
  points: [
    { x: x0, y: y0 },
    { x: x1, y: y0 },
    { x: x1, y: y1 },
    { x: x0, y: y1 },
  ],
});

const sign = (value: number, fallback: 1 | -1): 1 | -1 =>
  Math.abs(value) < 1e-6 ? fallback : value > 0 ? 1 : -1;

/** Which way from the body point the prop reaches: away from the hips, or under the trunk. */
function reach(geometry: FigureGeometry, prop: PlacedProp): 1 | -1 {
  const { hip, shoulder, left, right } = geometry.points;
  if (TRUNK_POINTS.has(prop.at)) {
    if (prop.kind === 'chair') return sign((left.knee.x + right.knee.x) / 2 - hip.x, 1);
    return sign(shoulder.x - hip.x, -1);
  }
  return sign(prop.point.x - hip.x, 1);
}

/** The parts of one prop. Furniture stays behind the body; a band goes on top (see bandPart). */
export function propPart(geometry: FigureGeometry, prop: PlacedProp, index: number): Part | null {
  const { x } = prop.point;
  const id = `prop-${index}-${prop.kind}`;
  const s = reach(geometry, prop);
  const h = prop.height;
  switch (prop.kind) {
    case 'foam-roller':
      return {
        id,
        role: 'prop',
        halo: true,
        shapes: [
          { kind: 'circle', center: { x, y: h / 2 }, r: h / 2 },
          { kind: 'ring', center: { x, y: h / 2 }, r: h / 4, width: 0.008 },
        ],
      };
    case 'ball':
      return {
        id,
        role: 'prop',
        halo: true,
        shapes: [{ kind: 'circle', center: { x, y: h / 2 }, r: h / 2 }],
      };
    case 'block':
      return { id, role: 'prop', halo: true, shapes: [rect(x - 0.07, x + 0.07, 0, h)] };
    case 'table': {
      const [near, far] = TRUNK_POINTS.has(prop.at) ? [-0.07, 0.6] : [-0.06, 0.34];
      const [x0, x1] = [x + s * near, x + s * far].sort((a, b) => a - b) as [number, number];
      const top = Math.max(h, 0.06);
      return {
        id,
        role: 'prop',
        halo: true,
        shapes: [
          rect(x0, x1, top - 0.028, top),
          rect(x0 + 0.02, x0 + 0.045, 0, top),
          rect(x1 - 0.045, x1 - 0.02, 0, top),
        ],
      };
    }
    case 'chair': {
      const seat = Math.max(h, 0.08);
      // Sitting, the seat reaches under the thighs and the backrest stands behind the sitter;
      // a foot or hand resting on the seat meets its front edge.
      const toFront = TRUNK_POINTS.has(prop.at) ? s : -s;
      const front = x + toFront * 0.13;
      const back = x - toFront * 0.09;
      const width = 0.022;
      return {
        id,
        role: 'prop-line',
        halo: true,
        shapes: [
          {
            kind: 'line',
            points: [
              { x: back, y: seat },
              { x: front, y: seat },
            ],
            width,
          },
          {
            kind: 'line',
            points: [
              { x: front, y: seat },
              { x: front, y: width / 2 },
            ],
            width,
          },
          {
            kind: 'line',
            points: [
              { x: back, y: seat + 0.26 },
              { x: back, y: width / 2 },
            ],
            width,
          },
        ],
      };
    }
    case 'wall': {
      const side = wallSide(geometry, prop.at);
      const face = prop.point.x + side * (bodyDepth(prop.at) + 0.006);
      const [x0, x1] = [face, face + side * 0.03].sort((a, b) => a - b) as [number, number];
      const top = Math.max(geometry.bounds.maxY, prop.point.y) + 0.06;
      return { id, role: 'prop', halo: true, shapes: [rect(x0, x1, 0, top)] };
    }
    case 'band':
      return null;
  }
}

/** The wall is on the side of the body point that leans on it or reaches out to it. */
function wallSide(geometry: FigureGeometry, point: BodyPoint): 1 | -1 {
  const { hip, shoulder, left, right } = geometry.points;
  const limb = point.startsWith('left') ? left : right;
  const trunk = bone(hip, shoulder, false);
  switch (point) {
    case 'head':
    case 'shoulders':
    case 'upper-back':
    case 'lower-back':
    case 'pelvis':
      return sign(-trunk.front.x, -1);
    case 'left-hand':
    case 'right-hand':
      return sign(limb.hand.x - limb.elbow.x, 1);
    case 'left-foot':
    case 'right-foot':
      return sign(limb.toe.x - limb.heel.x, 1);
    case 'left-thigh':
    case 'right-thigh':
    case 'left-knee':
    case 'right-knee':
    case 'left-shin':
    case 'right-shin':
      // Legs rest on the wall with their back (legs up the wall).
      return sign(-legBones(hip, limb).thigh.front.x, 1);
  }
}

/** A band loops around a limb: a stripe across it. Around the knees it holds both legs. */
export function bandShapes(
  geometry: FigureGeometry,
  prop: PlacedProp,
  side: 'left' | 'right',
  near: boolean,
): Shape[] {
  const { hip, shoulder } = geometry.points;
  const limb = geometry.points[side];
  const { thigh, shin } = legBones(hip, limb);
  const across = (center: Point, along: Point, half: number): Shape => {
    const n = { x: -along.y, y: along.x };
    return {
      kind: 'line',
      points: [add(center, scale(n, half)), sub(center, scale(n, half))],
      width: 0.016,
    };
  };
  switch (prop.at) {
    case 'left-knee':
    case 'right-knee':
      return [across(at(thigh, 0.84), thigh.along, 0.046)];
    case 'left-thigh':
    case 'right-thigh':
      return prop.at.startsWith(side) ? [across(at(thigh, 0.5), thigh.along, 0.054)] : [];
    case 'left-shin':
    case 'right-shin':
      return prop.at.startsWith(side) ? [across(at(shin, 0.5), shin.along, 0.04)] : [];
    case 'left-foot':
    case 'right-foot':
      return prop.at.startsWith(side) ? [across(at(shin, 0.97), shin.along, 0.032)] : [];
    case 'left-hand':
    case 'right-hand':
      return prop.at.startsWith(side)
        ? [across(limb.hand, unit(sub(limb.hand, limb.elbow)), 0.03)]
        : [];
    case 'head':
    case 'shoulders':
    case 'upper-back':
    case 'lower-back':
    case 'pelvis': {
      const trunk = bone(hip, shoulder, false);
      const t = prop.at === 'pelvis' ? 0.05 : prop.at === 'lower-back' ? 0.25 : 0.75;
      return near ? [across(at(trunk, t), trunk.along, 0.07)] : [];
    }
  }
}
