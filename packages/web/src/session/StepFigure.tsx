import type { Exercise, SessionStep } from '@psoas/core';
import { Figure } from '../figure/Figure.tsx';
import { usePrefersReducedMotion } from '../figure/use-figure-motion.ts';

type StepFigureProps = {
  readonly step: Exclude<SessionStep, { kind: 'done' }>;
  readonly exercises: readonly Exercise[];
  /** The player is running: the figure moves with it and stops when the player is paused. */
  readonly playing: boolean;
};

/**
 * The exercise's figure on the step's side. With reduced motion, one still picture of the
 * worked pose: a row of frames would crowd the countdown, and the instruction line already
 * says what to do. The figure has no Pause button of its own here: the player's Pause, beside
 * it, pauses the figure too.
 */
export function StepFigure({ step, exercises, playing }: StepFigureProps) {
  const reducedMotion = usePrefersReducedMotion();
  const exercise = exercises.find((e) => e.id === step.exerciseId);
  const keyframes = exercise?.keyframes ?? [];
  if (!exercise || keyframes.length === 0) return <div className="player-figure" />;
  return (
    <div className="player-figure">
      <Figure
        keyframes={keyframes}
        side={step.side ?? 'both'}
        muscles={exercise.targetMuscles}
        title={exercise.name}
        animate={!reducedMotion}
        playing={playing}
      />
    </div>
  );
}
