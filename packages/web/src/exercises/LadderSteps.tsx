import type { LadderRung } from '@psoas/core';
import { Link } from 'react-router';

type LadderStepsProps = { readonly current: string; readonly rungs: readonly LadderRung[] };

/**
 * The exercise's place on its progression ladder, easiest first, so a person sees what to try
 * when it gets easy and what to step back to when it is too hard.
 */
export function LadderSteps({ current, rungs }: LadderStepsProps) {
  const index = rungs.findIndex((rung) => rung.id === current);
  return (
    <section aria-labelledby="ladder-heading" className="panel ladder">
      <h2 id="ladder-heading">Progression</h2>
      <p className="ladder__where">
        Step {index + 1} of {rungs.length}
        {index > 0 ? '. Too hard? Step back.' : '.'}
        {index < rungs.length - 1 ? ' Easy for three sessions? Move up.' : ''}
      </p>
      <ol className="ladder__rungs">
        {rungs.map((rung) => (
          <li key={rung.id} className={rung.id === current ? 'ladder__rung--current' : undefined}>
            {rung.id === current ? (
              <span aria-current="step">{rung.name}</span>
            ) : (
              <Link to={`/exercises/${rung.id}`}>{rung.name}</Link>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
