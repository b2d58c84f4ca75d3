import type { ExerciseDetail as ExerciseDetailData } from '@psoas/core';
import { Link } from 'react-router';
import { ExerciseFigure } from '../figure/ExerciseFigure.tsx';
import { formatDaysPerWeek, formatDoseSummary } from '../format/dose-format.ts';
import { formatEquipment, lateralityLabel, levelLabel, muscleLabel } from '../format/labels.ts';
import { PhaseBadge } from '../ui/PhaseBadge.tsx';
import { DoseTable } from './DoseTable.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { LadderSteps } from './LadderSteps.tsx';
import { LockGate } from './LockGate.tsx';
import { ProfessionalNotice } from './ProfessionalNotice.tsx';
import { TextList } from './TextList.tsx';
import { handoutPath } from './handout-path.ts';

type ExerciseDetailProps = { readonly exercise: ExerciseDetailData };

export function ExerciseDetail({ exercise }: ExerciseDetailProps) {
  const howTo = <HowTo exercise={exercise} />;
  return (
    <article className="exercise-detail">
      <header className="exercise-detail__header">
        <div className="exercise-card__tags">
          <PhaseBadge phase={exercise.phase} />
          <span className="badge">{levelLabel(exercise.level)}</span>
        </div>
        <h1>{exercise.name}</h1>
        {exercise.otherNames.length > 0 ? (
          <p className="exercise-detail__aka">Also called {exercise.otherNames.join(', ')}</p>
        ) : null}
        <p className="lead">{exercise.summary}</p>
        <p className="exercise-detail__actions">
          <Link className="button button--secondary" to={handoutPath([exercise.id])}>
            Printable handout
          </Link>
        </p>
      </header>

      {exercise.professionalOnly ? <ProfessionalNotice /> : null}

      {exercise.contraindications.length > 0 ? (
        <section aria-labelledby="contra-heading" className="notice notice--error">
          <h2 id="contra-heading">Do not do this if</h2>
          <TextList items={exercise.contraindications} className="bullets" />
        </section>
      ) : null}

      {/* A locked exercise shows what it is and why it is locked; the how-to waits for the checklist. */}
      {exercise.lock ? <LockGate lock={exercise.lock}>{howTo}</LockGate> : howTo}

      <div className="exercise-detail__grid">
        <section aria-labelledby="dose-heading" className="panel exercise-detail__dose">
          <h2 id="dose-heading">Dose</h2>
          {exercise.professionalOnly ? (
            <p className="dose-summary">Your practitioner sets the dose.</p>
          ) : (
            <>
              <p className="dose-summary">
                <strong>{formatDoseSummary(exercise)}</strong>,{' '}
                {formatDaysPerWeek(exercise.dose.daysPerWeek.default)}
              </p>
              <p className="dose-why">{exercise.dose.why}</p>
              <DoseTable
                dose={exercise.dose}
                perSide={exercise.laterality === 'per-side'}
                references={exercise.references}
              />
            </>
          )}
        </section>

        <div className="exercise-detail__aside">
          <section aria-labelledby="facts-heading" className="panel">
            <h2 id="facts-heading">At a glance</h2>
            <dl className="facts">
              <div>
                <dt>Works</dt>
                <dd>{exercise.targetMuscles.map(muscleLabel).join(', ')}</dd>
              </div>
              <div>
                <dt>Equipment</dt>
                <dd>{formatEquipment(exercise.equipment)}</dd>
              </div>
              <div>
                <dt>Sides</dt>
                <dd>{lateralityLabel(exercise.laterality)}</dd>
              </div>
            </dl>
          </section>
          {exercise.ladderRungs.length > 1 ? (
            <LadderSteps current={exercise.id} rungs={exercise.ladderRungs} />
          ) : null}
        </div>
      </div>

      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">Evidence</h2>
        <EvidenceList references={exercise.references} />
      </section>
    </article>
  );
}

/** The figure and the instructions: everything a locked exercise keeps back. */
function HowTo({ exercise }: ExerciseDetailProps) {
  return (
    <div className="how-to">
      <div className="how-to__figure">
        <ExerciseFigure exercise={exercise} />
      </div>
      <div className="how-to__text">
        <section aria-labelledby="steps-heading">
          <h2 id="steps-heading">How to do it</h2>
          <TextList items={exercise.steps} ordered className="steps" />
        </section>

        {exercise.cues.length > 0 ? (
          <section aria-labelledby="cues-heading">
            <h2 id="cues-heading">Cues</h2>
            <TextList items={exercise.cues} className="bullets" />
          </section>
        ) : null}

        {exercise.mistakes.length > 0 ? (
          <section aria-labelledby="mistakes-heading">
            <h2 id="mistakes-heading">Common mistakes</h2>
            <TextList items={exercise.mistakes} className="bullets" />
          </section>
        ) : null}

        {exercise.cautions.length > 0 ? (
          <section aria-labelledby="cautions-heading" className="notice notice--caution">
            <h2 id="cautions-heading">Cautions</h2>
            <TextList items={exercise.cautions} className="bullets" />
          </section>
        ) : null}
      </div>
    </div>
  );
}
