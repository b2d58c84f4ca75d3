import { describe, expect, it } from 'vitest';
import { readPhaseParam, withPhaseParam } from './phase-filter.ts';

describe('phase filter params', () => {
  it('reads a known phase', () => {
    expect(readPhaseParam(new URLSearchParams('phase=stretch'))).toBe('stretch');
  });

  it('treats a missing or unknown phase as all', () => {
    expect(readPhaseParam(new URLSearchParams(''))).toBeUndefined();
    expect(readPhaseParam(new URLSearchParams('phase=yoga'))).toBeUndefined();
  });

  it('sets and clears the phase, keeping other params', () => {
    const params = new URLSearchParams('q=bridge');
    expect(withPhaseParam(params, 'activate').toString()).toBe('q=bridge&phase=activate');
    expect(withPhaseParam(new URLSearchParams('phase=habit&q=x'), undefined).toString()).toBe(
      'q=x',
    );
  });
});
