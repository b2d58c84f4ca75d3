import { describe, expect, it } from 'vitest';
import { defaultBreakSettings } from './break-settings.schema.ts';
import { suggestStandingTarget, summariseDay, summariseWeek } from './daily-stats.ts';
import { addMinutes } from '../time/instant.ts';
import type { BreakLogEntry } from './scheduler.types.ts';
import { simulateWorkday } from './simulate.ts';
import { localInstant } from './test-support/fake-clock.ts';

const ZONE = 'Europe/Berlin';
const at = (time: string, date = '2025-03-31') => localInstant(date, time, ZONE);
const day = (entries: BreakLogEntry[], date = '2025-03-31') =>
  summariseDay({
    entries,
    date,
    timeZone: ZONE,
    standingTargetMinutes: 120,
    sedentaryBudgetMinutes: 480,
  });

describe('daily break statistics', () => {
  it('adds up sitting, the longest stretch, breaks, snoozes and skips', () => {
    const stats = day([
      { kind: 'sat', from: at('09:00'), to: at('09:30') },
      { kind: 'reminded', at: at('09:30'), urgency: 'gentle', reason: 'due' },
      { kind: 'snoozed', at: at('09:30') },
      { kind: 'reminded', at: at('09:35'), urgency: 'gentle', reason: 'snooze-over' },
      { kind: 'break-taken', at: at('09:37'), minutes: 2, breakKind: 'walk' },
      { kind: 'sat', from: at('09:37'), to: at('10:37') },
      { kind: 'skipped', at: at('10:07'), how: 'explicit' },
      { kind: 'natural-break', from: at('10:37'), to: at('11:07') },
      { kind: 'break-taken', at: at('11:20'), minutes: 3, breakKind: 'stretch' },
    ]);
    expect(stats).toMatchObject({
      sittingMinutes: 90,
      longestSittingMinutes: 60,
      breaksOffered: 1,
      breaksTaken: 2,
      naturalBreaks: 1,
      snoozed: 1,
      skipped: 1,
      standingMinutes: 5,
      walkingMinutes: 2,
      awayMinutes: 30,
      standingTargetMet: false,
      sedentaryOverBudgetMinutes: 0,
    });
  });

  it('never counts a minute twice, nor as sitting when the person was away', () => {
    const stats = day([
      { kind: 'sat', from: at('09:00'), to: at('11:00') },
      { kind: 'natural-break', from: at('10:00'), to: at('10:30') },
      { kind: 'break-taken', at: at('10:40'), minutes: 5, breakKind: 'walk' },
      { kind: 'break-taken', at: at('10:42'), minutes: 5, breakKind: 'stand' },
    ]);
    expect(stats.sittingMinutes).toBe(120 - 30 - 7);
    expect(stats.longestSittingMinutes).toBe(60);
    expect(stats.standingMinutes).toBe(7);
  });

  it('weighs sitting against the 8-hour budget and standing against the target', () => {
    const stats = day([
      { kind: 'sat', from: at('07:00'), to: at('16:00') },
      { kind: 'break-taken', at: at('18:00'), minutes: 120, breakKind: 'walk' },
    ]);
    expect(stats.sedentaryOverBudgetMinutes).toBe(60);
    expect(stats.standingTargetMet).toBe(true);
  });

  it('cuts entries at local midnight, on a 23-hour day too', () => {
    const stats = day(
      [{ kind: 'sat', from: at('22:00', '2025-03-29'), to: at('04:00', '2025-03-30') }],
      '2025-03-30',
    );
    // 00:00 to 04:00 CEST on the spring-forward night is three real hours.
    expect(stats.sittingMinutes).toBe(180);
  });

  it('rolls a week up and suggests a higher target when it was met on 4 days', () => {
    const dates = ['2025-03-31', '2025-04-01', '2025-04-02', '2025-04-03', '2025-04-04'];
    const days = dates.map((date, i) =>
      day(
        [
          { kind: 'sat', from: at('09:00', date), to: at('12:00', date) },
          {
            kind: 'break-taken',
            at: at('15:00', date),
            minutes: i === 0 ? 30 : 130,
            breakKind: 'walk',
          },
        ],
        date,
      ),
    );
    const week = summariseWeek(days);
    expect(week).toMatchObject({
      days: 5,
      sittingMinutes: 900,
      averageSittingMinutes: 180,
      longestSittingMinutes: 180,
      breaksTaken: 5,
      daysStandingTargetMet: 4,
      suggestedStandingTargetMinutes: 150,
    });
    expect(summariseWeek([])).toMatchObject({ days: 0, averageSittingMinutes: 0 });
  });

  it.each([
    [120, 3, 120],
    [120, 4, 150],
    [225, 5, 240],
    [240, 7, 240],
  ])('suggests a target of %i minutes met on %i days -> %i', (current, met, next) => {
    expect(suggestStandingTarget(current, met)).toBe(next);
  });
});

describe('simulated working day', () => {
  const settings = defaultBreakSettings(ZONE);

  it('is deterministic for a seed and gives honest statistics', () => {
    const a = simulateWorkday({ settings, date: '2025-03-31', seed: 42, keepLog: true });
    const b = simulateWorkday({ settings, date: '2025-03-31', seed: 42, keepLog: true });
    expect(a.log).toEqual(b.log);
    expect(a.decisions).toBeGreaterThan(1000);
    const stats = day([...a.log]);
    const working = 8 * 60;
    expect(stats.sittingMinutes + stats.standingMinutes + stats.awayMinutes).toBeLessThanOrEqual(
      working,
    );
    expect(stats.breaksOffered).toBeGreaterThan(0);
    const first = a.log.find((e) => e.kind === 'reminded');
    expect(first && first.at >= addMinutes(at('09:00'), 30)).toBe(true);
  });
});
