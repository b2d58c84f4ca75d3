import { EQUIPMENT, MUSCLES, type Phase } from '@psoas/core';
import type { ChangeEvent } from 'react';
import { equipmentLabel, levelLabel, muscleLabel } from '../format/labels.ts';
import { PhaseFilter } from './PhaseFilter.tsx';
import { isFiltered, type LibraryFilter } from './library-filter.ts';

type LibraryFiltersProps = {
  readonly filter: LibraryFilter;
  readonly phaseCounts: Readonly<Partial<Record<Phase, number>>> | undefined;
  /** Called with only what changed, so quick successive choices never undo each other. */
  readonly onChange: (patch: LibraryFilter) => void;
};

const ANY = '';

/**
 * Search and filters for the library. Native controls (a search field, radio chips, selects)
 * so keyboards, screen readers and phones get their own well-known behaviour for free.
 */
export function LibraryFilters({ filter, phaseCounts, onChange }: LibraryFiltersProps) {
  const update = onChange;

  function select<T extends string>(values: readonly T[]) {
    return (event: ChangeEvent<HTMLSelectElement>): T | undefined =>
      values.find((value) => value === event.target.value);
  }

  return (
    <form
      role="search"
      className="library-filters"
      aria-label="Find exercises"
      // Filtering happens as you type; Enter must not reload the page.
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="library-filters__row">
        <div className="library-field library-field--search">
          <label htmlFor="library-search">Search</label>
          <input
            id="library-search"
            type="search"
            inputMode="search"
            autoComplete="off"
            maxLength={100}
            placeholder="Name, pose or muscle, e.g. bridge or Navasana"
            value={filter.q ?? ''}
            onChange={(event) =>
              update({ q: event.target.value === '' ? undefined : event.target.value })
            }
          />
        </div>
        <div className="library-field">
          <label htmlFor="library-equipment">Equipment</label>
          <select
            id="library-equipment"
            value={filter.equipment ?? ANY}
            onChange={(event) => update({ equipment: select(EQUIPMENT)(event) })}
          >
            <option value={ANY}>Any</option>
            {EQUIPMENT.map((item) => (
              <option key={item} value={item}>
                {equipmentLabel(item)}
              </option>
            ))}
          </select>
        </div>
        <div className="library-field">
          <label htmlFor="library-muscle">Muscle</label>
          <select
            id="library-muscle"
            value={filter.muscle ?? ANY}
            onChange={(event) => update({ muscle: select(MUSCLES)(event) })}
          >
            <option value={ANY}>Any</option>
            {MUSCLES.map((muscle) => (
              <option key={muscle} value={muscle}>
                {muscleLabel(muscle)}
              </option>
            ))}
          </select>
        </div>
        <div className="library-field">
          <label htmlFor="library-level">Level</label>
          <select
            id="library-level"
            value={filter.level === undefined ? ANY : String(filter.level)}
            onChange={(event) => {
              const level = Number(event.target.value);
              update({ level: level === 1 || level === 2 || level === 3 ? level : undefined });
            }}
          >
            <option value={ANY}>Any</option>
            {[1, 2, 3].map((level) => (
              <option key={level} value={level}>
                {levelLabel(level)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <PhaseFilter
        selected={filter.phase}
        counts={phaseCounts}
        onChange={(phase) => update({ phase })}
      />
      {isFiltered(filter) ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            onChange({
              q: undefined,
              phase: undefined,
              equipment: undefined,
              muscle: undefined,
              level: undefined,
            })
          }
        >
          Clear search and filters
        </button>
      ) : null}
    </form>
  );
}
