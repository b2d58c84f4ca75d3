import type { Exercise } from '@psoas/core';
import { Link } from 'react-router';
import { FigureThumbnail } from '../figure/FigureThumbnail.tsx';
import { formatDoseSummary } from '../format/dose-format.ts';
import { formatEquipment, lateralityLabel, levelLabel } from '../format/labels.ts';
import { PhaseBadge } from '../ui/PhaseBadge.tsx';

type ExerciseCardProps = { readonly exercise: Exercise };

export function ExerciseCard({ exercise }: ExerciseCardProps) {
  return (
    <article className="exercise-card link-card" data-exercise-id={exercise.id}>
      <FigureThumbnail
        keyframes={exercise.keyframes}
        side={exercise.laterality === 'per-side' ? 'left' : 'both'}
        muscles={exercise.targetMuscles}
        className="exercise-card__figure"
      />
      <div className="exercise-card__tags">
        <PhaseBadge phase={exercise.phase} />
        <span className="badge">{levelLabel(exercise.level)}</span>
        {exercise.professionalOnly ? (
          <span className="badge badge--warning">With a practitioner</span>
        ) : null}
      </div>
      <h2 className="exercise-card__title">
        {/* The link's ::after covers the card, so the whole card is one large target. */}
        <Link to={`/exercises/${exercise.id}`} className="exercise-card__link">
          {exercise.name}
        </Link>
      </h2>
      <p className="exercise-card__summary">{exercise.summary}</p>
      <dl className="exercise-card__facts">
        <div>
          <dt>Dose</dt>
          <dd>{formatDoseSummary(exercise)}</dd>
        </div>
        <div>
          <dt>Sides</dt>
          <dd>{lateralityLabel(exercise.laterality)}</dd>
        </div>
        <div>
          <dt>Equipment</dt>
          <dd>{formatEquipment(exercise.equipment)}</dd>
        </div>
      </dl>
    </article>
  );
}
