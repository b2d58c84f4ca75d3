import type { PlanDay, PlanItem } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import {
  formatBudget,
  formatDayOfMonth,
  formatEstimate,
  formatItemDose,
  summariseDay,
} from './plan-format.ts';

function item(overrides: Partial<PlanItem>): PlanItem {
  return {
    exerciseId: 'kneeling-hip-flexor-stretch' as PlanItem['exerciseId'],
    name: 'Kneeling hip flexor stretch',
    phase: 'stretch',
    laterality: 'per-side',
    holdSeconds: 30,
    reps: null,
    sets: 2,
    restSeconds: 10,
    extraSetSide: null,
    estimatedSeconds: 170,
    reasonCode: 'long-sitting',
    reason: 'You sit about 8 hours a day: this keeps your hip flexors supple.',
    ...overrides,
  };
}

describe('plan formatting', () => {
  it('rounds estimates up to whole minutes and keeps short ones in seconds', () => {
    expect(formatEstimate(45)).toBe('45 s');
    expect(formatEstimate(398)).toBe('6 min 40 s');
    expect(formatEstimate(120)).toBe('2 min');
    expect(formatBudget(539, 600)).toBe('About 9 of your 10 minutes');
  });

  it('says the dose in one line, with sides and the extra set', () => {
    expect(formatItemDose(item({}))).toBe('2 × 30 s hold, each side');
    expect(formatItemDose(item({ extraSetSide: 'left' }))).toBe(
      '2 × 30 s hold, each side, one extra set on the left',
    );
    expect(
      formatItemDose(
        item({ phase: 'strengthen', laterality: 'both-sides', holdSeconds: null, reps: 10 }),
      ),
    ).toBe('2 × 10 reps');
    expect(
      formatItemDose(
        item({ phase: 'strengthen', laterality: 'both-sides', holdSeconds: 3, reps: 10 }),
      ),
    ).toBe('2 × 10 reps, 3 s hold at the top');
    expect(formatItemDose(item({ sets: 1, reps: 3, laterality: 'both-sides' }))).toBe(
      '3 × 30 s hold',
    );
  });

  it('summarises a day for the week strip', () => {
    const day = (items: PlanItem[]): PlanDay => ({
      date: '2025-03-12',
      weekday: 'wednesday',
      sessions: [{ kind: 'main', items, estimatedSeconds: 400 }],
    });
    expect(summariseDay(day([]))).toEqual({ focus: 'Rest', minutes: '', exerciseCount: 0 });
    expect(summariseDay(day([item({}), item({ phase: 'strengthen' })])).focus).toBe(
      'Stretch and strengthen',
    );
    expect(summariseDay(day([item({})])).minutes).toBe('7 min');
  });

  it('formats a calendar date without shifting it by the time zone', () => {
    expect(formatDayOfMonth('2025-03-01')).toBe('1 Mar');
    expect(formatDayOfMonth('nonsense')).toBe('nonsense');
  });
});
