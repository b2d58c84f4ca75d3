import { PHASES, type Phase } from '@psoas/core';
import type { ChangeEvent } from 'react';
import { phaseLabel } from '../format/labels.ts';

type PhaseFilterProps = {
  readonly selected: Phase | undefined;
  readonly counts: Readonly<Partial<Record<Phase, number>>> | undefined;
  readonly onChange: (phase: Phase | undefined) => void;
};

const ALL = 'all';

/** Radio buttons rather than links: one choice from a set, arrow keys move between them. */
export function PhaseFilter({ selected, counts, onChange }: PhaseFilterProps) {
  function handleChange(event: ChangeEvent<HTMLInputElement>): void {
    const value = event.target.value;
    onChange(PHASES.find((phase) => phase === value));
  }

  const options: readonly (Phase | typeof ALL)[] = [ALL, ...PHASES];
  return (
    <fieldset className="phase-filter">
      <legend className="phase-filter__legend">Show phase</legend>
      <div className="phase-filter__options">
        {options.map((option) => {
          const count = option === ALL ? undefined : counts?.[option];
          return (
            <label key={option} className={`chip chip--${option}`}>
              <input
                type="radio"
                name="phase"
                value={option}
                checked={(selected ?? ALL) === option}
                onChange={handleChange}
                className="chip__input"
              />
              <span className="chip__label">
                {option === ALL ? 'All' : phaseLabel(option)}
                {count === undefined ? null : <span className="chip__count"> ({count})</span>}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
