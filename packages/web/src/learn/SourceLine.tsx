import type { Source } from './content/grade.ts';

type SourceLineProps = { readonly sources: readonly Source[] };

/** Where a research statement comes from, with its place in the project's evidence summary. */
export function SourceLine({ sources }: SourceLineProps) {
  if (sources.length === 0) return null;
  return (
    <p className="learn-source">
      {sources.length === 1 ? 'Source: ' : 'Sources: '}
      {sources.map((source, index) => (
        <span key={source.citation}>
          {index > 0 ? '; ' : null}
          <cite>{source.citation}</cite>{' '}
          <span className="learn-source__section">({source.section})</span>
        </span>
      ))}
    </p>
  );
}
