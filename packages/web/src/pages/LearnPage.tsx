import { PHASES } from '@psoas/core';
import { Link } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { PhaseSummary } from '../ui/PhaseSummary.tsx';

/** The care method's order; habit and traction sit beside it rather than in the sequence. */
const METHOD_ORDER = ['release', 'stretch', 'activate', 'strengthen'] as const;
const ALONGSIDE = PHASES.filter((phase) => !(METHOD_ORDER as readonly string[]).includes(phase));

export function LearnPage() {
  useDocumentTitle('Learn');
  return (
    <div className="page page--narrow">
      <h1>Learn</h1>
      <p className="lead">
        Long sitting keeps the hip flexors short and leaves the glutes idle. Psoas Coach follows one
        order: release tight tissue first, then stretch it, then activate and strengthen the muscles
        that hold the new range.
      </p>

      <h2>The care method, in order</h2>
      <ol className="phase-list phase-list--numbered">
        {METHOD_ORDER.map((phase) => (
          <PhaseSummary key={phase} phase={phase} />
        ))}
      </ol>

      <h2>Alongside the method</h2>
      <ul className="phase-list">
        {ALONGSIDE.map((phase) => (
          <PhaseSummary key={phase} phase={phase} />
        ))}
      </ul>

      <p>
        Browse everything in the <Link to="/exercises">exercise library</Link>.
      </p>
    </div>
  );
}
