import type { Dose } from '@psoas/core';
import { describeDose } from '../format/dose-format.ts';

type DoseTableProps = { readonly dose: Dose; readonly perSide: boolean };

export function DoseTable({ dose, perSide }: DoseTableProps) {
  const rows = describeDose(dose);
  return (
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
  );
}
