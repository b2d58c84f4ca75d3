import { PHASE_INFO, type Phase } from '@psoas/core';
import { Link } from 'react-router';

type PhaseSummaryProps = { readonly phase: Phase };

/** A phase's name, purpose and a way into its exercises; used as a list item. */
export function PhaseSummary({ phase }: PhaseSummaryProps) {
  const info = PHASE_INFO[phase];
  return (
    <li className={`phase-summary phase-summary--${phase}`}>
      <h3 className="phase-summary__title">{info.label}</h3>
      <p>{info.purpose}</p>
      <Link to={`/exercises?phase=${phase}`}>
        {info.label} exercises<span className="visually-hidden"> in the library</span>
      </Link>
    </li>
  );
}
