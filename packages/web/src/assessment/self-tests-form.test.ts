import { findAsymmetries } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import {
  emptySelfTestForm,
  resultsFromForm,
  validateTest,
  withHipAngle,
  type SelfTestForm,
  type ThomasSideForm,
} from './self-tests-form.ts';

const side: ThomasSideForm = {
  thigh: 'level',
  knee: 'hangs-down',
  driftsOut: 'no',
  hipAngle: '',
  kneeAngle: '',
};

function thomasOnly(left = side, right = side): SelfTestForm {
  return {
    ...emptySelfTestForm(),
    skipped: ['kneeToChest', 'pelvicTilt', 'bridgeHold'],
    thomas: { left, right },
  };
}

describe('self-test form', () => {
  it('maps a complete test to core results and leaves skipped tests out', () => {
    const results = resultsFromForm(thomasOnly({ ...side, thigh: 'above-horizontal' }));
    expect(results).toEqual({
      thomas: {
        left: { thigh: 'above-horizontal', knee: 'hangs-down', thighDriftsOut: false },
        right: { thigh: 'level', knee: 'hangs-down', thighDriftsOut: false },
      },
    });
    expect(findAsymmetries(results ?? {})[0]?.observation).toBe(
      'Your left hip flexors tested tighter.',
    );
  });

  it('names the missing answers of each side', () => {
    const errors = validateTest('thomas', emptySelfTestForm());
    expect(Object.keys(errors)).toEqual(
      expect.arrayContaining([
        'thomas.left.thigh',
        'thomas.right.knee',
        'thomas.left.thighDriftsOut',
      ]),
    );
    expect(resultsFromForm(emptySelfTestForm())).toBeNull();
  });

  it('picks the category from a typed angle and flags a later mismatch', () => {
    const typed = withHipAngle(side, '12');
    expect(typed.thigh).toBe('above-horizontal');
    const mismatch = thomasOnly({ ...typed, thigh: 'below-horizontal' });
    expect(validateTest('thomas', mismatch)['thomas.left.thigh']).toMatch(/angle/);
  });

  it('accepts bridge holds in seconds and rejects text', () => {
    const form: SelfTestForm = {
      ...emptySelfTestForm(),
      skipped: ['thomas', 'kneeToChest', 'pelvicTilt'],
      bridgeHold: { left: { seconds: '20' }, right: { seconds: 'long' } },
    };
    expect(validateTest('bridgeHold', form)['bridgeHold.right.seconds']).toBeDefined();
    expect(validateTest('thomas', form)).toEqual({});
  });

  it('gives empty results when every test is skipped', () => {
    const form: SelfTestForm = {
      ...emptySelfTestForm(),
      skipped: ['thomas', 'kneeToChest', 'pelvicTilt', 'bridgeHold'],
    };
    expect(resultsFromForm(form)).toEqual({});
  });
});
