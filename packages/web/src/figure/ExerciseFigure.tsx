import type { Exercise, Side } from '@psoas/core';
import { useState } from 'react';
import { Figure } from './Figure.tsx';
import { SideSwitch } from './SideSwitch.tsx';

type ExerciseFigureProps = {
  readonly exercise: Pick<Exercise, 'name' | 'keyframes' | 'targetMuscles' | 'laterality'>;
};

/** The animated figure at the top of an exercise, with a Left/Right switch for per-side ones. */
export function ExerciseFigure({ exercise }: ExerciseFigureProps) {
  const [side, setSide] = useState<Side>('left');
  // Data from an older server may lack keyframes; the page works without a figure.
  const keyframes = exercise.keyframes ?? [];
  if (keyframes.length === 0) return null;
  const perSide = exercise.laterality === 'per-side';
  return (
    <section className="exercise-figure" aria-label="Demonstration">
      {perSide ? <SideSwitch side={side} onChange={setSide} /> : null}
      <Figure
        keyframes={keyframes}
        side={perSide ? side : 'both'}
        muscles={exercise.targetMuscles}
        title={exercise.name}
      />
    </section>
  );
}
