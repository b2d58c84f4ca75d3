import { describe, expect, it } from 'vitest';
import { isFiltered, readLibraryFilter, withLibraryFilter } from './library-filter.ts';

describe('library filter params', () => {
  it('reads every known filter', () => {
    const filter = readLibraryFilter(
      new URLSearchParams('q=%20bridge%20&phase=activate&equipment=band&muscle=glutes&level=2'),
    );
    expect(filter).toEqual({
      q: 'bridge',
      phase: 'activate',
      equipment: 'band',
      muscle: 'glutes',
      level: 2,
    });
    expect(isFiltered(filter)).toBe(true);
  });

  it('drops unknown or malformed values instead of failing', () => {
    const filter = readLibraryFilter(
      new URLSearchParams('phase=yoga&equipment=kettlebell&muscle=biceps&level=7&q=%20%20'),
    );
    expect(filter).toEqual({
      phase: undefined,
      equipment: undefined,
      muscle: undefined,
      level: undefined,
      q: undefined,
    });
    expect(isFiltered(filter)).toBe(false);
  });

  it('caps an overlong search', () => {
    const filter = readLibraryFilter(new URLSearchParams(`q=${'a'.repeat(500)}`));
    expect(filter.q).toHaveLength(100);
  });

  it('writes values, removes cleared ones and keeps params it does not own', () => {
    const params = new URLSearchParams('utm=x&phase=stretch&q=old');
    const next = withLibraryFilter(params, { phase: undefined, q: 'bridge', level: 1 });
    expect(next.get('utm')).toBe('x');
    expect(next.has('phase')).toBe(false);
    expect(next.get('q')).toBe('bridge');
    expect(next.get('level')).toBe('1');
  });

  it('round-trips through the URL', () => {
    const filter = { phase: 'release', equipment: 'foam-roller', q: 'thigh' } as const;
    const read = readLibraryFilter(withLibraryFilter(new URLSearchParams(), filter));
    expect(read).toMatchObject(filter);
  });
});
