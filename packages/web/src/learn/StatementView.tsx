import type { Statement } from './content/grade.ts';
import { GradeMarker } from './GradeMarker.tsx';
import { SourceLine } from './SourceLine.tsx';

type StatementViewProps = { readonly statement: Statement };

/** A statement's words with its grade and, for research, the sources underneath. */
export function StatementView({ statement }: StatementViewProps) {
  return (
    <div className="learn-statement" data-grade={statement.grade}>
      <p>
        {statement.text}
        <GradeMarker grade={statement.grade} />
      </p>
      {statement.grade === 'evidence' ? <SourceLine sources={statement.sources} /> : null}
    </div>
  );
}
