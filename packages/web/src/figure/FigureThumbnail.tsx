import type { Keyframe, Muscle } from '@psoas/core';
import { useMemo } from 'react';
import { drawFigure, fitKeyframes, mainKeyframeIndex, type FigureSide } from './figure-drawing.ts';
import { FigureSvg } from './FigureSvg.tsx';
import './figure.css';

type FigureThumbnailProps = {
  readonly keyframes: readonly Keyframe[] | undefined;
  readonly side: FigureSide;
  readonly muscles: readonly Muscle[];
  readonly className?: string | undefined;
};

/**
 * A still picture of the main keyframe for cards. Decorative: the card's title already names
 * the exercise, so screen readers skip it.
 */
export function FigureThumbnail({ keyframes, side, muscles, className }: FigureThumbnailProps) {
  const drawing = useMemo(() => {
    const frame = keyframes?.[mainKeyframeIndex(keyframes ?? [])];
    if (!keyframes || !frame) return null;
    return drawFigure(frame.pose, side, muscles, fitKeyframes(keyframes, side, muscles));
  }, [keyframes, side, muscles]);
  if (!drawing) return null;
  return (
    <FigureSvg
      drawing={drawing}
      className={['figure-still', className].filter(Boolean).join(' ')}
    />
  );
}
