import type { Point } from '@psoas/core';

/**
 * The small vector toolkit the figure is drawn with. Everything is a list of points, so the
 * drawing can be mapped, measured and tested without a DOM.
 */

/** How a shape is painted; figure.css gives each role its colour in both themes. */
export const ROLES = [
  'floor',
  'prop',
  'prop-line',
  'far',
  'body',
  'worked',
  'muscle',
  'muscle-far',
  'band',
] as const;
export type Role = (typeof ROLES)[number];

export type Shape =
  /** A filled closed outline. */
  | { readonly kind: 'polygon'; readonly points: readonly Point[] }
  /** A stroked open line with round ends and joins. */
  | { readonly kind: 'line'; readonly points: readonly Point[]; readonly width: number }
  | { readonly kind: 'circle'; readonly center: Point; readonly r: number }
  /** A circle drawn as an outline only. */
  | { readonly kind: 'ring'; readonly center: Point; readonly r: number; readonly width: number };

/** One thing drawn in one colour; `halo` outlines it in the background colour to separate it. */
export type Part = {
  readonly id: string;
  readonly role: Role;
  readonly shapes: readonly Shape[];
  readonly halo: boolean;
};

export const add = (a: Point, b: Point): Point => ({ x: a.x + b.x, y: a.y + b.y });
export const sub = (a: Point, b: Point): Point => ({ x: a.x - b.x, y: a.y - b.y });
export const scale = (a: Point, k: number): Point => ({ x: a.x * k, y: a.y * k });
export const lerpPoint = (a: Point, b: Point, t: number): Point => ({
  x: a.x + (b.x - a.x) * t,
  y: a.y + (b.y - a.y) * t,
});

export function unit(v: Point): Point {
  const length = Math.hypot(v.x, v.y);
  return length === 0 ? { x: 0, y: 1 } : { x: v.x / length, y: v.y / length };
}

/**
 * A bone as a local frame: `along` from `from` to `to`, `front` at right angles towards the
 * front of the body (the side the figure faces when standing), for limbs and trunk alike.
 */
export type Bone = {
  readonly from: Point;
  readonly to: Point;
  readonly along: Point;
  readonly front: Point;
  readonly length: number;
};

/**
 * `frontIsLeft`: for a bone pointing away from the body (thigh, shin, arm), the front lies on
 * the left of its direction when the figure faces +x; for the trunk (hip to shoulder) on the right.
 */
export function bone(from: Point, to: Point, frontIsLeft = true): Bone {
  const along = unit(sub(to, from));
  const front = frontIsLeft ? { x: -along.y, y: along.x } : { x: along.y, y: -along.x };
  return { from, to, along, front, length: Math.hypot(to.x - from.x, to.y - from.y) };
}

/** A point on the bone: `t` of the way along, `offset` towards its front (negative: back). */
export function at(b: Bone, t: number, offset = 0): Point {
  return add(lerpPoint(b.from, b.to, t), scale(b.front, offset));
}

/**
 * A smooth closed outline through the control points (Catmull-Rom, sampled), so a handful of
 * points make a body-like shape with no corners.
 */
export function smoothClosed(points: readonly Point[], samples = 4): Point[] {
  const n = points.length;
  const out: Point[] = [];
  for (let i = 0; i < n; i++) {
    const p0 = points[(i - 1 + n) % n];
    const p1 = points[i];
    const p2 = points[(i + 1) % n];
    const p3 = points[(i + 2) % n];
    if (!p0 || !p1 || !p2 || !p3) continue;
    for (let s = 0; s < samples; s++) out.push(catmullRom(p0, p1, p2, p3, s / samples));
  }
  return out;
}

/** A smooth open line through the points, ending exactly at the first and last. */
export function smoothOpen(points: readonly Point[], samples = 5): Point[] {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return [];
  const padded = [first, ...points, last];
  const out: Point[] = [];
  for (let i = 1; i < padded.length - 2; i++) {
    const [p0, p1, p2, p3] = [padded[i - 1], padded[i], padded[i + 1], padded[i + 2]];
    if (!p0 || !p1 || !p2 || !p3) continue;
    for (let s = 0; s < samples; s++) out.push(catmullRom(p0, p1, p2, p3, s / samples));
  }
  out.push(last);
  return out;
}

function catmullRom(p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point {
  const t2 = t * t;
  const t3 = t2 * t;
  const f = (a: number, b: number, c: number, d: number): number =>
    0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
  return { x: f(p0.x, p1.x, p2.x, p3.x), y: f(p0.y, p1.y, p2.y, p3.y) };
}

/**
 * A limb or trunk outline around a bone: `front` and `back` give the half-thickness at evenly
 * spaced points from one end to the other; the ends are rounded.
 */
export function boneOutline(b: Bone, front: readonly number[], back: readonly number[]): Point[] {
  const steps = front.length - 1;
  const frontSide = front.map((depth, i) => at(b, i / steps, depth));
  const backSide = back.map((depth, i) => at(b, i / steps, -depth)).reverse();
  const endDepth = ((front[steps] ?? 0) + (back[steps] ?? 0)) / 2;
  const startDepth = ((front[0] ?? 0) + (back[0] ?? 0)) / 2;
  const endCap = add(b.to, scale(b.along, endDepth * 0.8));
  const startCap = add(b.from, scale(b.along, -startDepth * 0.8));
  return smoothClosed([...frontSide, endCap, ...backSide, startCap]);
}

/** Every point a shape covers the extremes of, its stroke or radius included. */
export function extremes(shape: Shape): Point[] {
  switch (shape.kind) {
    case 'polygon':
      return [...shape.points];
    case 'line':
      return shape.points.flatMap((p) => square(p, shape.width / 2));
    case 'circle':
      return square(shape.center, shape.r);
    case 'ring':
      return square(shape.center, shape.r + shape.width / 2);
  }
}

function square(p: Point, r: number): Point[] {
  return [
    { x: p.x - r, y: p.y - r },
    { x: p.x + r, y: p.y + r },
  ];
}
