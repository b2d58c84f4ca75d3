import type { Point } from '@psoas/core';
import type { Shape } from './figure-shapes.ts';

/** SVG path data for a shape, rounded to hundredths of a unit to keep the markup small. */

const n = (value: number): string => (Math.round(value * 100) / 100).toString();
const pair = (p: Point): string => `${n(p.x)} ${n(p.y)}`;

export function pointsPath(points: readonly Point[], closed: boolean): string {
  const [first, ...rest] = points;
  if (!first) return '';
  return `M${pair(first)}${rest.map((p) => `L${pair(p)}`).join('')}${closed ? 'Z' : ''}`;
}

export function circlePath(center: Point, r: number): string {
  const top = { x: center.x, y: center.y - r };
  const bottom = { x: center.x, y: center.y + r };
  return `M${pair(top)}A${n(r)} ${n(r)} 0 1 1 ${pair(bottom)}A${n(r)} ${n(r)} 0 1 1 ${pair(top)}Z`;
}

/** The path of a shape and whether it is filled (polygons, discs) or stroked (lines, rings). */
export function shapePath(shape: Shape): {
  readonly d: string;
  readonly filled: boolean;
  readonly width: number;
} {
  switch (shape.kind) {
    case 'polygon':
      return { d: pointsPath(shape.points, true), filled: true, width: 0 };
    case 'circle':
      return { d: circlePath(shape.center, shape.r), filled: true, width: 0 };
    case 'line':
      return { d: pointsPath(shape.points, false), filled: false, width: shape.width };
    case 'ring':
      return { d: circlePath(shape.center, shape.r), filled: false, width: shape.width };
  }
}
