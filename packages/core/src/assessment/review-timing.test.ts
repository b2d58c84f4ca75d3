import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  compareWithBaseline,
  isClinicianReviewSuggested,
  isRescreenDue,
  rescreenReasons,
  type PainReading,
} from './review-timing.ts';

/** A fake clock: day numbers from an arbitrary fixed origin. */
const T0 = 1_700_000_000_000;
const day = (n: number) => T0 + n * DAY_MS;
const pain = (...pairs: [number, number][]): PainReading[] =>
  pairs.map(([d, nprs]) => ({ at: day(d), nprs }));

describe('rescreenReasons / isRescreenDue', () => {
  it.each([
    ['nothing changed, 27 days on', pain([0, 4], [10, 4], [20, 5]), 27, []],
    ['28 days have passed', [], 28, ['interval-passed']],
    ['pain rose by 2 since the screening', pain([0, 3], [5, 5]), 6, ['pain-rose']],
    ['pain rose by 1 only', pain([0, 3], [5, 4]), 6, []],
    ['pain rose and fell again', pain([0, 3], [5, 6], [6, 3]), 7, ['pain-rose']],
    ['both', pain([0, 2], [29, 7]), 30, ['pain-rose', 'interval-passed']],
    ['pain fell', pain([0, 7], [5, 2]), 6, []],
    [
      'no reading at the screening: first reading after is the baseline',
      pain([2, 3], [4, 5]),
      5,
      ['pain-rose'],
    ],
    ['a reading in the future is ignored', pain([0, 3], [9, 9]), 5, []],
  ] as const)('%s', (_name, history, nowDay, expected) => {
    const input = { lastScreenedAt: day(0), now: day(nowDay), painHistory: history };
    expect(rescreenReasons(input)).toEqual(expected);
    expect(isRescreenDue(input)).toBe(expected.length > 0);
  });

  it('uses the last reading before the screening as the baseline', () => {
    const input = {
      lastScreenedAt: day(10),
      now: day(12),
      painHistory: pain([1, 8], [9, 2], [11, 4]),
    };
    expect(rescreenReasons(input)).toEqual(['pain-rose']);
  });
});

describe('compareWithBaseline (Ostelo 2008)', () => {
  it.each([
    [6, 4, 'improved'],
    [6, 5, 'not-improved'],
    [3, 2, 'improved'],
    [10, 8, 'improved'],
    [4, 3, 'not-improved'],
    [5, 0, 'recovered'],
    [2, 3, 'not-improved'],
  ] as const)('from %i to %i is %s', (baseline, latest, expected) => {
    expect(compareWithBaseline(baseline, latest)).toBe(expected);
  });
});

describe('isClinicianReviewSuggested', () => {
  it.each([
    ['before 28 days, no improvement', pain([0, 6], [27, 6]), 27, false],
    ['28 days, no improvement', pain([0, 6], [28, 6]), 28, true],
    ['42 days, worse', pain([0, 4], [42, 6]), 42, true],
    ['28 days, improved by 2', pain([0, 6], [28, 4]), 30, false],
    ['28 days, improved by 30%', pain([0, 3], [28, 2]), 30, false],
    ['28 days, recovered', pain([0, 1], [28, 0]), 28, false],
    ['no reading after 28 days', pain([0, 6], [10, 6]), 40, false],
    ['no readings at all', [], 40, false],
  ] as const)('%s: %s', (_name, history, nowDay, expected) => {
    expect(
      isClinicianReviewSuggested({ startedAt: day(0), now: day(nowDay), painHistory: history }),
    ).toBe(expected);
  });
});
