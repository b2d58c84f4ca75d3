import type { Keyframe, Muscle } from '@psoas/core';
import { muscleLabel } from '../format/labels.ts';
import type { FigureSide } from './figure-drawing.ts';

/** The words around the figure, in one place so the picture and its text agree. */

export function sideLabel(side: FigureSide): string {
  switch (side) {
    case 'left':
      return 'Left side';
    case 'right':
      return 'Right side';
    case 'both':
      return 'Both sides';
  }
}

/** "2 of 3 · Shift the hips forward" */
export function stepCaption(keyframes: readonly Keyframe[], index: number): string {
  const label = keyframes[index]?.label ?? '';
  return `${index + 1} of ${keyframes.length} · ${label}`;
}

/** What a screen reader hears for the picture: side, step and the muscles highlighted. */
export function figureDescription(
  keyframes: readonly Keyframe[],
  index: number,
  side: FigureSide,
  muscles: readonly Muscle[],
): string {
  const label = keyframes[index]?.label ?? '';
  const worked = muscles.length > 0 ? ` Highlighted: ${muscles.map(muscleLabel).join(', ')}.` : '';
  return `${sideLabel(side)}. Step ${index + 1} of ${keyframes.length}: ${label}.${worked}`;
}
