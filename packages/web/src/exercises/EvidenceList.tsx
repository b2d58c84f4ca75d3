import type { EvidenceRef } from '@psoas/core';
import { evidenceAnchor } from './evidence-anchor.ts';

type EvidenceListProps = { readonly references: readonly EvidenceRef[] };

export function EvidenceList({ references }: EvidenceListProps) {
  if (references.length === 0) {
    return <p>No references are listed for this exercise.</p>;
  }
  return (
    <ol className="evidence-list">
      {references.map((ref) => (
        <li key={ref.id} id={evidenceAnchor(ref.id)} className="evidence-list__item">
          <p className="evidence-list__finding">{ref.finding}</p>
          <p className="evidence-list__citation">
            {ref.citation} <span className="evidence-list__section">({ref.section})</span>
          </p>
        </li>
      ))}
    </ol>
  );
}
