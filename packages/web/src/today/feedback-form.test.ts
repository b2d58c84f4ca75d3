import type { PlanItem } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import { checkFeedback } from './feedback-form.ts';

const stretch = {
  exerciseId: 'kneeling-hip-flexor-stretch',
  reps: null,
} as unknown as PlanItem;
const bridge = { exerciseId: 'glute-bridge', reps: 10 } as unknown as PlanItem;

describe('checkFeedback', () => {
  it('sends only the rated exercises, with reps for rep exercises', () => {
    const check = checkFeedback('2025-03-12', [stretch, bridge], {
      'glute-bridge': { rating: 'too-easy', pain: '1', repsDone: '12' },
    });
    expect(check).toEqual({
      ok: true,
      request: {
        date: '2025-03-12',
        items: [{ exerciseId: 'glute-bridge', rating: 'too-easy', pain: 1, repsDone: 12 }],
      },
    });
  });

  it('leaves reps out when blank or when the exercise has none', () => {
    const check = checkFeedback('2025-03-12', [stretch, bridge], {
      'kneeling-hip-flexor-stretch': { rating: 'about-right', pain: '0', repsDone: '9' },
      'glute-bridge': { rating: 'too-hard', pain: '4', repsDone: '' },
    });
    expect(check.ok && check.request.items).toEqual([
      { exerciseId: 'kneeling-hip-flexor-stretch', rating: 'about-right', pain: 0 },
      { exerciseId: 'glute-bridge', rating: 'too-hard', pain: 4 },
    ]);
  });

  it('asks for pain and readable reps, and for at least one rating', () => {
    const bad = checkFeedback('2025-03-12', [bridge], {
      'glute-bridge': { rating: 'too-hard', pain: '', repsDone: 'ten' },
    });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && Object.keys(bad.errors['glute-bridge'] ?? {}).sort()).toEqual([
      'pain',
      'repsDone',
    ]);
    const none = checkFeedback('2025-03-12', [bridge], {});
    expect(none).toEqual({ ok: false, errors: {}, nothingRated: true });
  });
});
