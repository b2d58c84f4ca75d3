import * as core from '@psoas/core';
import {
  interpolatePose,
  jointsOutOfRange,
  mirrorPose,
  type Exercise,
  type Keyframe,
  type Muscle,
  type Pose,
} from '@psoas/core';
import { describe, expect, it } from 'vitest';
import {
  FIGURE_BOX,
  drawFigure,
  fitKeyframes,
  mainKeyframeIndex,
  mapPoint,
  type FigureDrawing,
  type FigureSide,
} from './figure-drawing.ts';
import { FIGURE_FIXTURES } from './figure-fixtures.ts';
import { extremes } from './figure-shapes.ts';
import { figureDescription, stepCaption } from './figure-text.ts';

/**
 * The catalogue's exercises once it holds them (it is being rewritten; until then the
 * hand-written fixtures cover every kind of pose and prop).
 */
const catalogue: readonly Exercise[] =
  (core as unknown as { readonly EXERCISES?: readonly Exercise[] }).EXERCISES ?? [];

type Case = {
  readonly name: string;
  readonly keyframes: readonly Keyframe[];
  readonly muscles: readonly Muscle[];
  readonly sides: readonly FigureSide[];
};

const CASES: readonly Case[] = [
  ...FIGURE_FIXTURES.map((f) => ({
    name: `fixture ${f.name}`,
    keyframes: f.keyframes,
    muscles: f.muscles,
    sides: f.perSide ? (['left', 'right'] as const) : (['both'] as const),
  })),
  ...catalogue.map((e) => ({
    name: e.id,
    keyframes: e.keyframes,
    muscles: e.targetMuscles,
    sides: e.laterality === 'per-side' ? (['left', 'right'] as const) : (['both'] as const),
  })),
];

/** Every keyframe, and the pose halfway between each keyframe and the next (wrapping round). */
function posesOf(
  keyframes: readonly Keyframe[],
): { readonly label: string; readonly pose: Pose }[] {
  return keyframes.flatMap((frame, index) => {
    const next = keyframes[(index + 1) % keyframes.length] ?? frame;
    return [
      { label: frame.label, pose: frame.pose },
      {
        label: `${frame.label} -> ${next.label}`,
        pose: interpolatePose(frame.pose, next.pose, 0.5),
      },
    ];
  });
}

function pointsOutside(drawing: FigureDrawing): string[] {
  const { width, height } = drawing.box;
  return drawing.parts.flatMap((part) =>
    part.shapes
      .flatMap(extremes)
      .filter((p) => !(p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height))
      .map((p) => `${part.id} (${p.x.toFixed(1)}, ${p.y.toFixed(1)})`),
  );
}

describe.each(CASES)('the figure of $name', ({ keyframes, muscles, sides }) => {
  it.each(sides)('stays inside the box on the %s side, keyframes and moves between', (side) => {
    const fit = fitKeyframes(keyframes, side, muscles);
    for (const { label, pose } of posesOf(keyframes)) {
      const drawing = drawFigure(pose, side, muscles, fit);
      expect(drawing.viewBox).toBe(`0 0 ${FIGURE_BOX.width} ${FIGURE_BOX.height}`);
      expect(pointsOutside(drawing), label).toEqual([]);
    }
  });

  it('keeps every joint within its human range, on both sides and between keyframes', () => {
    for (const { label, pose } of posesOf(keyframes)) {
      expect(jointsOutOfRange(pose), label).toEqual([]);
      expect(jointsOutOfRange(mirrorPose(pose)), label).toEqual([]);
    }
  });

  it.each(sides)('keeps one scale and one floor across the frames on the %s side', (side) => {
    const fit = fitKeyframes(keyframes, side, muscles);
    const floors = keyframes.map((frame) => {
      const floor = drawFigure(frame.pose, side, muscles, fit).parts.find((p) => p.id === 'floor');
      return floor?.shapes[0]?.kind === 'line' ? floor.shapes[0].points[0]?.y : undefined;
    });
    expect(new Set(floors).size).toBe(1);
    expect(fit.scale).toBeGreaterThan(40);
  });
});

describe('drawFigure', () => {
  const fixture = FIGURE_FIXTURES[0];
  if (!fixture) throw new Error('no fixtures');
  const pose = fixture.keyframes[0]?.pose;
  if (!pose) throw new Error('no pose');

  const roles = (side: FigureSide) => {
    const fit = fitKeyframes(fixture.keyframes, side, fixture.muscles);
    return drawFigure(pose, side, fixture.muscles, fit).parts.map((p) => `${p.id}:${p.role}`);
  };

  it('draws the worked leg nearest, in the accent role, after the far side', () => {
    for (const side of ['left', 'right'] as const) {
      const parts = roles(side);
      expect(parts).toContain('near-leg:worked');
      expect(parts.indexOf('far-leg:far')).toBeLessThan(parts.indexOf('trunk:body'));
      expect(parts.indexOf('trunk:body')).toBeLessThan(parts.indexOf('near-leg:worked'));
      expect(parts.at(-1)).toBe('muscles:muscle');
    }
  });

  it('highlights no side when both are worked', () => {
    expect(roles('both')).toContain('near-leg:body');
    expect(roles('both')).not.toContain('near-leg:worked');
  });

  it('draws the target muscles, and none when there are none', () => {
    const fit = fitKeyframes(fixture.keyframes, 'left', fixture.muscles);
    const withMuscles = drawFigure(pose, 'left', fixture.muscles, fit);
    const without = drawFigure(pose, 'left', [], fit);
    expect(withMuscles.parts.find((p) => p.id === 'muscles')?.shapes.length).toBe(3);
    expect(without.parts.find((p) => p.id === 'muscles')).toBeUndefined();
  });

  it('faces left for the left side and right for the right side', () => {
    const left = fitKeyframes(fixture.keyframes, 'left', []);
    const right = fitKeyframes(fixture.keyframes, 'right', []);
    expect(mapPoint(left, { x: 0.1, y: 0 }).x).toBeLessThan(mapPoint(left, { x: 0, y: 0 }).x);
    expect(mapPoint(right, { x: 0.1, y: 0 }).x).toBeGreaterThan(mapPoint(right, { x: 0, y: 0 }).x);
    // Up in the body is up on screen: SVG y grows downwards.
    expect(mapPoint(right, { x: 0, y: 1 }).y).toBeLessThan(mapPoint(right, { x: 0, y: 0 }).y);
  });

  it('draws the props of the pose', () => {
    const roller = FIGURE_FIXTURES.find((f) => f.name.startsWith('Foam roll'));
    const first = roller?.keyframes[0];
    if (!roller || !first) throw new Error('no roller fixture');
    const fit = fitKeyframes(roller.keyframes, 'left', roller.muscles);
    const ids = drawFigure(first.pose, 'left', roller.muscles, fit).parts.map((p) => p.id);
    expect(ids).toContain('prop-0-foam-roller');
  });
});

describe('mainKeyframeIndex', () => {
  it('picks the longest hold, the later one on a tie', () => {
    const frames = (holds: number[]): Keyframe[] =>
      holds.map((holdMs, i) => ({
        label: `f${i}`,
        pose: FIGURE_FIXTURES[0]!.keyframes[0]!.pose,
        moveMs: 0,
        holdMs,
      }));
    expect(mainKeyframeIndex(frames([100, 3000, 200]))).toBe(1);
    expect(mainKeyframeIndex(frames([500, 500]))).toBe(1);
  });
});

describe('figure text', () => {
  const keyframes = FIGURE_FIXTURES[0]?.keyframes ?? [];

  it('captions the step as "n of total · label"', () => {
    expect(stepCaption(keyframes, 2)).toBe('3 of 3 · Shift the hips forward');
  });

  it('describes side, step and highlighted muscles', () => {
    const text = figureDescription(keyframes, 0, 'left', ['psoas']);
    expect(text).toMatch(/^Left side\. Step 1 of 3: Kneel on one knee\./);
    expect(text).toContain('Highlighted:');
  });
});
