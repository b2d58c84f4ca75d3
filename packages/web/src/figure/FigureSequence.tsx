import type { Keyframe, Muscle } from '@psoas/core';
import { useMemo } from 'react';
import { drawFigure, fitKeyframes, type FigureSide } from './figure-drawing.ts';
import { sideLabel } from './figure-text.ts';
import { FigureSvg } from './FigureSvg.tsx';
import './figure.css';

type FigureSequenceProps = {
  readonly keyframes: readonly Keyframe[];
  readonly side: FigureSide;
  readonly muscles: readonly Muscle[];
  /** The exercise's name: the sequence is announced as "<title>, left side, in 3 steps". */
  readonly title: string;
  readonly className?: string | undefined;
};

/**
 * The keyframes as numbered still frames with their labels: what reduced motion shows instead
 * of the animation, and what a printed handout carries. Every frame shares one scale and floor.
 */
export function FigureSequence({
  keyframes,
  side,
  muscles,
  title,
  className,
}: FigureSequenceProps) {
  const drawings = useMemo(() => {
    if (keyframes.length === 0) return [];
    const fit = fitKeyframes(keyframes, side, muscles);
    return keyframes.map((frame) => drawFigure(frame.pose, side, muscles, fit));
  }, [keyframes, side, muscles]);
  if (keyframes.length === 0) return null;
  return (
    <figure className={['figure-sequence', className].filter(Boolean).join(' ')}>
      <figcaption className="visually-hidden">
        {title}, {sideLabel(side).toLowerCase()}, in {keyframes.length} steps
      </figcaption>
      <ol className="figure-sequence__frames">
        {keyframes.map((frame, index) => {
          const drawing = drawings[index];
          return (
            <li key={index} className="figure-sequence__frame">
              {drawing ? <FigureSvg drawing={drawing} /> : null}
              <p className="figure-sequence__label">
                <span className="figure-sequence__number" aria-hidden="true">
                  {index + 1}
                </span>
                {frame.label}
              </p>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
