import {
  interpolatePose,
  mirrorPose,
  poseGeometry,
  PROP_HEIGHTS,
  type PlacedProp,
  type Keyframe,
  type Muscle,
  type Point,
  type Pose,
} from '@psoas/core';
import { armPart, legBones, legPart, trunkBone, trunkPart } from './figure-body.ts';
import { isTrunkMuscle, muscleShapes, orderMuscles } from './figure-muscles.ts';
import { bandShapes, propPart } from './figure-props.ts';
import { extremes, type Part, type Shape } from './figure-shapes.ts';

/**
 * The drawing model of the exercise figure: pure data in SVG user units, no React and no DOM,
 * so the animated figure, the still sequence, print and the tests all draw the same thing.
 *
 * Keyframes are written for the left side. The worked side is drawn nearest the viewer and in
 * the accent colour: for the left side the figure faces left (its left side towards us), for
 * the right side it is mirrored and faces right. Both-sides exercises face right.
 */

export type FigureSide = 'left' | 'right' | 'both';

export type FigureBox = { readonly width: number; readonly height: number };

/** Every figure draws into this box, so cards and frames line up whatever the exercise. */
export const FIGURE_BOX: FigureBox = { width: 200, height: 140 };

const MARGIN = 8;
/** Pixels per body height at most (a standing figure fills the box height, minus margins). */
const MAX_SCALE = 124;
/** Poses sampled between consecutive keyframes when fitting, so no motion leaves the box. */
const FIT_STEPS = 8;

/** How body-height units map to the box: one scale and one floor for a whole exercise. */
export type FigureFit = {
  readonly box: FigureBox;
  readonly scale: number;
  /** Where body x = 0 lands. */
  readonly originX: number;
  /** Where the floor (body y = 0) lands. */
  readonly floorY: number;
  /** 1: the figure faces right (+x); -1: it faces left. */
  readonly facing: 1 | -1;
};

export type FigureDrawing = {
  readonly viewBox: string;
  readonly box: FigureBox;
  /** In paint order, every point already in SVG user units. */
  readonly parts: readonly Part[];
};

/** The pose as drawn for a side: keyframes are written for the left, the right is the mirror. */
export function poseForSide(pose: Pose, side: FigureSide): Pose {
  return side === 'right' ? mirrorPose(pose) : pose;
}

/** Maps a point in body-height units (x forwards, y up, floor at 0) into the SVG box. */
export function mapPoint(fit: FigureFit, point: Point): Point {
  return { x: fit.originX + fit.facing * point.x * fit.scale, y: fit.floorY - point.y * fit.scale };
}

const isSupport = (kind: PlacedProp['kind']): boolean => kind in PROP_HEIGHTS;

/** The body parts of a pose in body-height units, in paint order. */
export function bodyParts(pose: Pose, side: FigureSide, muscles: readonly Muscle[]): Part[] {
  const drawn = poseForSide(pose, side);
  const geometry = poseGeometry(drawn);
  const { hip, shoulder } = geometry.points;
  const near = side === 'left' ? 'left' : 'right';
  const far = near === 'left' ? 'right' : 'left';
  const worked = side !== 'both';
  const trunk = trunkBone(geometry);
  const ordered = orderMuscles(muscles);
  const legMuscles = ordered.filter((m) => !isTrunkMuscle(m));
  const trunkMuscles = ordered.filter(isTrunkMuscle);
  const limbMuscles = (limbSide: 'left' | 'right'): Shape[] => {
    const leg = legBones(hip, geometry.points[limbSide]);
    return legMuscles.flatMap((m) => muscleShapes(m, trunk, leg));
  };
  const bands = (limbSide: 'left' | 'right', isNear: boolean): Shape[] =>
    geometry.props
      .filter((p) => p.kind === 'band')
      .flatMap((p) => bandShapes(geometry, p, limbSide, isNear));

  const parts: (Part | null)[] = [
    // Furniture stands behind the body. A roller, ball or block lies across under it, so it
    // comes in front of the far limbs and behind the trunk and the near limbs.
    ...geometry.props.map((prop, index) =>
      isSupport(prop.kind) ? null : propPart(geometry, prop, index),
    ),
    armPart('far-arm', 'far', shoulder, geometry.points[far]),
    legPart('far-leg', 'far', hip, geometry.points[far]),
    ...geometry.props.map((prop, index) =>
      isSupport(prop.kind) ? propPart(geometry, prop, index) : null,
    ),
    // Muscles of an unworked far leg are not drawn: the highlight belongs to the worked side.
    side === 'both'
      ? { id: 'far-muscles', role: 'muscle-far', halo: false, shapes: limbMuscles(far) }
      : null,
    { id: 'far-band', role: 'band', halo: true, shapes: bands(far, false) },
    trunkPart(geometry),
    legPart('near-leg', worked ? 'worked' : 'body', hip, geometry.points[near]),
    armPart('near-arm', 'body', shoulder, geometry.points[near]),
    {
      id: 'muscles',
      role: 'muscle',
      halo: false,
      shapes: [
        ...limbMuscles(near),
        ...trunkMuscles.flatMap((m) =>
          muscleShapes(m, trunk, legBones(hip, geometry.points[near])),
        ),
      ],
    },
    { id: 'near-band', role: 'band', halo: true, shapes: bands(near, true) },
  ];
  return parts.filter((p): p is Part => p !== null && p.shapes.length > 0);
}

/** Every pose a keyframe loop passes through, sampled: the keyframes and the moves between. */
export function sampledPoses(keyframes: readonly Keyframe[], steps = FIT_STEPS): Pose[] {
  return keyframes.flatMap((frame, index) => {
    const next = keyframes[(index + 1) % keyframes.length] ?? frame;
    return Array.from({ length: steps }, (_, i) =>
      interpolatePose(frame.pose, next.pose, i / steps),
    );
  });
}

/**
 * One scale and one floor for all the poses of an exercise, so the figure neither jumps nor
 * rescales between frames. The figure is centred in the box, at most MAX_SCALE per body height.
 */
export function fitFigure(
  poses: readonly Pose[],
  side: FigureSide,
  muscles: readonly Muscle[],
  box: FigureBox = FIGURE_BOX,
): FigureFit {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, 0, -Infinity];
  for (const pose of poses) {
    for (const part of bodyParts(pose, side, muscles)) {
      for (const point of part.shapes.flatMap(extremes)) {
        minX = Math.min(minX, point.x);
        maxX = Math.max(maxX, point.x);
        minY = Math.min(minY, point.y);
        maxY = Math.max(maxY, point.y);
      }
    }
  }
  if (!Number.isFinite(minX)) [minX, maxX, maxY] = [-0.5, 0.5, 1];
  const scale = Math.min(
    (box.width - 2 * MARGIN) / (maxX - minX),
    (box.height - 2 * MARGIN) / (maxY - minY),
    MAX_SCALE,
  );
  const facing = side === 'left' ? -1 : 1;
  return {
    box,
    scale,
    originX: box.width / 2 - (facing * (minX + maxX) * scale) / 2,
    floorY: box.height / 2 + ((minY + maxY) * scale) / 2,
    facing,
  };
}

/** The fit for an exercise's keyframes on one side. */
export function fitKeyframes(
  keyframes: readonly Keyframe[],
  side: FigureSide,
  muscles: readonly Muscle[],
  box: FigureBox = FIGURE_BOX,
): FigureFit {
  return fitFigure(sampledPoses(keyframes), side, muscles, box);
}

function mapShape(fit: FigureFit, shape: Shape): Shape {
  const map = (p: Point): Point => mapPoint(fit, p);
  switch (shape.kind) {
    case 'polygon':
      return { kind: 'polygon', points: shape.points.map(map) };
    case 'line':
      return { kind: 'line', points: shape.points.map(map), width: shape.width * fit.scale };
    case 'circle':
      return { kind: 'circle', center: map(shape.center), r: shape.r * fit.scale };
    case 'ring':
      return {
        kind: 'ring',
        center: map(shape.center),
        r: shape.r * fit.scale,
        width: shape.width * fit.scale,
      };
  }
}

/** The figure in one pose, drawn into the box with the exercise's fit. */
export function drawFigure(
  pose: Pose,
  side: FigureSide,
  muscles: readonly Muscle[],
  fit: FigureFit,
): FigureDrawing {
  const { box } = fit;
  const floor: Part = {
    id: 'floor',
    role: 'floor',
    halo: false,
    shapes: [
      {
        kind: 'line',
        points: [
          { x: MARGIN / 2, y: fit.floorY + 1 },
          { x: box.width - MARGIN / 2, y: fit.floorY + 1 },
        ],
        width: 2,
      },
    ],
  };
  const parts = bodyParts(pose, side, muscles).map((part) => ({
    ...part,
    shapes: part.shapes.map((shape) => mapShape(fit, shape)),
  }));
  return { viewBox: `0 0 ${box.width} ${box.height}`, box, parts: [floor, ...parts] };
}

/** The keyframe a still picture shows: the one held longest, the later one on a tie. */
export function mainKeyframeIndex(keyframes: readonly Keyframe[]): number {
  let best = 0;
  keyframes.forEach((frame, index) => {
    if (frame.holdMs >= (keyframes[best]?.holdMs ?? 0)) best = index;
  });
  return best;
}
