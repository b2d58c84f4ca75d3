import { EXERCISES, type Side } from '@psoas/core';
import { Figure } from '../figure/Figure.tsx';

type SelfTestFigureProps = {
  readonly exerciseId: string | null;
  readonly title: string;
};

/**
 * A still picture of the test position, drawn from the catalogue exercise done in the same
 * position. Optional: the written steps are complete without it.
 */
export function SelfTestFigure({ exerciseId, title }: SelfTestFigureProps) {
  const exercise = exerciseId ? EXERCISES.find((candidate) => candidate.id === exerciseId) : null;
  const keyframes = exercise?.keyframes ?? [];
  if (!exercise || keyframes.length === 0) return null;
  const side: Side | 'both' = exercise.laterality === 'per-side' ? 'left' : 'both';
  return (
    <div className="self-test__figure">
      <Figure
        keyframes={keyframes}
        side={side}
        muscles={exercise.targetMuscles}
        title={title}
        animate={false}
      />
    </div>
  );
}
