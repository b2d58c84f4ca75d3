import type { Dose, EvidenceRef } from '@psoas/core';
import { describeDose } from '../format/dose-format.ts';
import { evidenceAnchor } from './evidence-anchor.ts';

type DoseTableProps = {
  readonly dose: Dose;
  readonly perSide: boolean;
  /** The exercise's references, in the order the evidence list shows them, for the [n] marks. */
  readonly references: readonly EvidenceRef[];
};

/**
 * The dose as a table of default and allowed range, then each number's reason with links to
 * the evidence below: every clinical number on the page shows where it comes from.
 */
export function DoseTable({ dose, perSide, references }: DoseTableProps) {
  const rows = describeDose(dose);
  const numberOf = (id: string): number => references.findIndex((ref) => ref.id === id) + 1;
  return (
    <>
      <table className="dose-table">
        <caption className="visually-hidden">
          The dose{perSide ? ', per side,' : ''} with the range a plan may adjust it within
        </caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">Default</th>
            <th scope="col">Allowed range</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-dose={row.key}>
              <th scope="row">{row.label}</th>
              <td>{row.value}</td>
              <td>{row.allowed}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Why each number</h3>
      <dl className="dose-reasons">
        {rows.map((row) => (
          <div key={row.key} className="dose-reasons__item" data-dose-why={row.key}>
            <dt>
              {row.label}: {row.value}
            </dt>
            <dd>
              {row.why}{' '}
              {row.evidence
                .map((id) => ({ id, n: numberOf(id) }))
                .filter(({ n }) => n > 0)
                .map(({ id, n }) => (
                  <a
                    key={id}
                    href={`#${evidenceAnchor(id)}`}
                    className="ref-mark"
                    aria-label={`Reference ${n}`}
                  >
                    [{n}]
                  </a>
                ))}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
