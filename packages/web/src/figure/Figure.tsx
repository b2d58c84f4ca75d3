import { frameAt, type Keyframe, type Muscle } from '@psoas/core';
import { useMemo, useRef, useState } from 'react';
import {
  drawFigure,
  fitKeyframes,
  mainKeyframeIndex,
  type FigureFit,
  type FigureSide,
} from './figure-drawing.ts';
import { figureDescription, stepCaption } from './figure-text.ts';
import { FigureSequence } from './FigureSequence.tsx';
import { FigureSvg } from './FigureSvg.tsx';
import {
  useAnimationClock,
  useDocumentVisible,
  useOnScreen,
  usePrefersReducedMotion,
} from './use-figure-motion.ts';
import './figure.css';

export type FigureProps = {
  readonly keyframes: readonly Keyframe[];
  /** The worked side, drawn nearest and in the accent colour; 'both' for two-sided exercises. */
  readonly side: FigureSide;
  /** Target muscles, drawn on the figure. */
  readonly muscles: readonly Muscle[];
  /** The accessible name, usually the exercise's name. */
  readonly title: string;
  /** False: one still picture of the main keyframe (cards, thumbnails). Default true. */
  readonly animate?: boolean;
  /**
   * Given: the caller runs the animation (it plays while true) and the figure shows no Pause
   * button of its own. The session player passes its own running state, so its Pause, right
   * beside the figure, stops both: one control rather than two that can disagree, and still the
   * means to pause movement that WCAG 2.2.2 asks for. Left out (exercise pages): the figure's
   * own Pause/Play button.
   */
  readonly playing?: boolean | undefined;
  readonly className?: string | undefined;
};

/**
 * The exercise figure. Animated through the keyframes with a Pause/Play button (WCAG 2.2.2),
 * or paused by its caller (`playing`);
 * the still sequence instead when the person prefers reduced motion; one still frame when
 * `animate` is false.
 */
export function Figure({
  keyframes,
  side,
  muscles,
  title,
  animate = true,
  playing,
  className,
}: FigureProps) {
  const reducedMotion = usePrefersReducedMotion();
  const fit = useMemo(
    () => (keyframes.length > 0 ? fitKeyframes(keyframes, side, muscles) : null),
    [keyframes, side, muscles],
  );
  if (!fit) return null;
  if (!animate) {
    return <StillFigure {...{ keyframes, side, muscles, title, className, fit }} />;
  }
  if (reducedMotion) {
    return <FigureSequence {...{ keyframes, side, muscles, title }} className={className} />;
  }
  return <AnimatedFigure {...{ keyframes, side, muscles, title, className, fit, playing }} />;
}

type DrawnFigureProps = Omit<FigureProps, 'animate' | 'playing'> & { readonly fit: FigureFit };

function StillFigure({ keyframes, side, muscles, title, className, fit }: DrawnFigureProps) {
  const index = mainKeyframeIndex(keyframes);
  const frame = keyframes[index];
  const drawing = useMemo(
    () => (frame ? drawFigure(frame.pose, side, muscles, fit) : null),
    [frame, side, muscles, fit],
  );
  if (!drawing) return null;
  return (
    <FigureSvg
      drawing={drawing}
      title={title}
      description={figureDescription(keyframes, index, side, muscles)}
      className={['figure-still', className].filter(Boolean).join(' ')}
    />
  );
}

type AnimatedFigureProps = DrawnFigureProps & { readonly playing: boolean | undefined };

function AnimatedFigure({
  keyframes,
  side,
  muscles,
  title,
  className,
  fit,
  playing: playingOutside,
}: AnimatedFigureProps) {
  const stage = useRef<HTMLDivElement>(null);
  const [playingHere, setPlayingHere] = useState(true);
  const ownControl = playingOutside === undefined;
  const playing = playingOutside ?? playingHere;
  const visible = useDocumentVisible();
  const onScreen = useOnScreen(stage);
  const elapsed = useAnimationClock(playing && visible && onScreen);
  const frame = frameAt(keyframes, elapsed);
  const drawing = drawFigure(frame.pose, side, muscles, fit);
  return (
    <figure className={['figure', className].filter(Boolean).join(' ')}>
      <div className="figure__stage" ref={stage}>
        <FigureSvg
          drawing={drawing}
          title={title}
          description={figureDescription(keyframes, frame.index, side, muscles)}
        />
      </div>
      <figcaption className="figure__caption">
        <span className="figure__steps" aria-hidden="true">
          {keyframes.map((_, i) => (
            <span
              key={i}
              className={i === frame.index ? 'figure__dot figure__dot--current' : 'figure__dot'}
            />
          ))}
        </span>
        <span className="figure__step">{stepCaption(keyframes, frame.index)}</span>
        {ownControl ? (
          <button
            type="button"
            className="figure__toggle"
            onClick={() => setPlayingHere((p) => !p)}
          >
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="figure__icon">
              {playing ? <path d="M4 3h3v10H4zM9 3h3v10H9z" /> : <path d="M4.5 2.5v11l9-5.5z" />}
            </svg>
            {playing ? 'Pause' : 'Play'}
          </button>
        ) : null}
      </figcaption>
    </figure>
  );
}
