import type { Block } from './content/grade.ts';
import { GradeMarker } from './GradeMarker.tsx';
import { SourceLine } from './SourceLine.tsx';

type CompareViewProps = { readonly block: Extract<Block, { kind: 'compare' }> };

/** Practitioners' advice beside the research, and what the app does with the difference. */
export function CompareView({ block }: CompareViewProps) {
  const titleId = `compare-${block.id}`;
  return (
    <section className="panel learn-compare" aria-labelledby={titleId} data-compare={block.id}>
      <h3 id={titleId} className="learn-compare__title">
        {block.title}
      </h3>
      <dl className="learn-compare__rows">
        <div data-grade="practice">
          <dt>Practitioners say</dt>
          <dd>
            {block.practice.text}
            <GradeMarker grade="practice" />
          </dd>
        </div>
        <div data-grade="evidence">
          <dt>Research shows</dt>
          <dd>
            {block.evidence.text}
            <GradeMarker grade="evidence" />
            <SourceLine sources={block.evidence.sources} />
          </dd>
        </div>
        <div className="learn-compare__app">
          <dt>Psoas Coach</dt>
          <dd>{block.app}</dd>
        </div>
      </dl>
    </section>
  );
}
