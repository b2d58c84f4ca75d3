import { equipmentSchema, muscleSchema, phaseSchema, type CatalogueFilter } from '@psoas/core';

/**
 * The library's filters live in the URL (`?q=bridge&phase=activate&equipment=band`), so a
 * filtered list can be bookmarked, shared and reached with the back button. Anything unknown in
 * a hand-typed or old link is dropped rather than shown as an error.
 */

export type LibraryFilter = {
  readonly phase?: CatalogueFilter['phase'];
  readonly equipment?: CatalogueFilter['equipment'];
  readonly muscle?: CatalogueFilter['muscle'];
  readonly level?: 1 | 2 | 3 | undefined;
  readonly q?: string | undefined;
};

const KEYS = ['q', 'phase', 'equipment', 'muscle', 'level'] as const;
const MAX_QUERY = 100;

function readLevel(value: string | null): 1 | 2 | 3 | undefined {
  return value === '1' ? 1 : value === '2' ? 2 : value === '3' ? 3 : undefined;
}

export function readLibraryFilter(params: URLSearchParams): LibraryFilter {
  const phase = phaseSchema.safeParse(params.get('phase'));
  const equipment = equipmentSchema.safeParse(params.get('equipment'));
  const muscle = muscleSchema.safeParse(params.get('muscle'));
  const q = (params.get('q') ?? '').trim().slice(0, MAX_QUERY);
  return {
    phase: phase.success ? phase.data : undefined,
    equipment: equipment.success ? equipment.data : undefined,
    muscle: muscle.success ? muscle.data : undefined,
    level: readLevel(params.get('level')),
    q: q === '' ? undefined : q,
  };
}

/** New search params with the filter's values, keeping any parameter the filter does not own. */
export function withLibraryFilter(params: URLSearchParams, filter: LibraryFilter): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of KEYS) {
    const value = filter[key];
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

export function isFiltered(filter: LibraryFilter): boolean {
  return KEYS.some((key) => filter[key] !== undefined);
}
