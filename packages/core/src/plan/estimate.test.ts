import { describe, expect, it } from 'vitest';
import { CHANGEOVER_SECONDS, SECONDS_PER_REP, estimateSeconds } from './estimate.ts';
import { spreadDays } from './fit.ts';

describe('estimateSeconds', () => {
  it('counts holds, rests between holds, both sides and changeovers for a stretch', () => {
    // 3 x 30 s per side, 10 s rest between holds: (3 x 34 + 2 x 10) per side.
    const perSide = 3 * (30 + SECONDS_PER_REP) + 2 * 10;
    expect(
      estimateSeconds({
        laterality: 'per-side',
        holdSeconds: 30,
        reps: 3,
        sets: 1,
        restSeconds: 10,
        restBetweenHolds: true,
        extraSet: false,
      }),
    ).toBe(2 * CHANGEOVER_SECONDS + 2 * perSide);
  });

  it('adds one set, and the rest before it, on the extra-set side', () => {
    const base = {
      laterality: 'per-side',
      holdSeconds: 30,
      reps: 3,
      sets: 1,
      restSeconds: 10,
      restBetweenHolds: true,
    } as const;
    const perSet = 3 * 34 + 2 * 10;
    expect(
      estimateSeconds({ ...base, extraSet: true }) - estimateSeconds({ ...base, extraSet: false }),
    ).toBe(perSet + 10);
  });

  it('counts reps at the documented tempo, with rests between sets', () => {
    expect(
      estimateSeconds({
        laterality: 'both-sides',
        holdSeconds: null,
        reps: 10,
        sets: 2,
        restSeconds: 45,
        restBetweenHolds: false,
        extraSet: false,
      }),
    ).toBe(CHANGEOVER_SECONDS + 2 * 10 * SECONDS_PER_REP + 45);
  });

  it('rests between sets only when a hold is a pause at the top of a rep', () => {
    const dose = {
      laterality: 'both-sides',
      holdSeconds: 3,
      reps: 10,
      sets: 2,
      restSeconds: 45,
      extraSet: false,
    } as const;
    expect(estimateSeconds({ ...dose, restBetweenHolds: false })).toBe(
      CHANGEOVER_SECONDS + 2 * 10 * (3 + SECONDS_PER_REP) + 45,
    );
  });

  it('ignores an extra set on an exercise done on both sides at once', () => {
    const dose = {
      laterality: 'both-sides',
      holdSeconds: 60,
      reps: null,
      sets: 1,
      restSeconds: 0,
      restBetweenHolds: true,
    } as const;
    expect(estimateSeconds({ ...dose, extraSet: true })).toBe(
      estimateSeconds({ ...dose, extraSet: false }),
    );
  });
});

describe('spreadDays', () => {
  it.each([
    [7, [0, 1, 2, 3, 4, 5, 6]],
    [5, [0, 1, 2, 4, 5]],
    [3, [0, 2, 4]],
    [2, [0, 3]],
    [0, []],
  ])('spreads %i days as %j', (n, days) => {
    expect(spreadDays(n)).toEqual(days);
  });
});
