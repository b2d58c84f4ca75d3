import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workingHoursSchema } from './break-settings.schema.ts';
import { asInstant, minutesBetween } from '../time/instant.ts';
import { utc } from './test-support/fake-clock.ts';
import {
  instantAtLocal,
  isWorkingTime,
  localDay,
  localTimeOf,
  nextWorkingStart,
  workingPeriodFrom,
} from './working-time.ts';

const hours = (timeZone: string, extra: Record<string, unknown> = {}) =>
  workingHoursSchema.parse({ timeZone, ...extra });

describe('instantAtLocal', () => {
  it.each([
    // Berlin: CET +1 in winter, CEST +2 in summer; 30 March and 26 October 2025 are the changes.
    ['2025-01-15', '09:00', 'Europe/Berlin', '2025-01-15T08:00:00Z'],
    ['2025-07-15', '09:00', 'Europe/Berlin', '2025-07-15T07:00:00Z'],
    ['2025-03-30', '01:30', 'Europe/Berlin', '2025-03-30T00:30:00Z'],
    ['2025-03-30', '03:00', 'Europe/Berlin', '2025-03-30T01:00:00Z'],
    // 02:30 does not exist that night: the instant after the gap, 03:30 CEST.
    ['2025-03-30', '02:30', 'Europe/Berlin', '2025-03-30T01:30:00Z'],
    // 02:30 happens twice on 26 October: the first one, still CEST.
    ['2025-10-26', '02:30', 'Europe/Berlin', '2025-10-26T00:30:00Z'],
    // New York: EST -5, EDT -4; 9 March and 2 November 2025.
    ['2025-03-09', '02:30', 'America/New_York', '2025-03-09T07:30:00Z'],
    ['2025-03-09', '09:00', 'America/New_York', '2025-03-09T13:00:00Z'],
    ['2025-11-02', '01:30', 'America/New_York', '2025-11-02T05:30:00Z'],
    ['2025-11-02', '09:00', 'America/New_York', '2025-11-02T14:00:00Z'],
    ['2025-06-01', '09:00', 'Asia/Kolkata', '2025-06-01T03:30:00Z'],
  ])('%s %s in %s is %s', (date, time, zone, iso) => {
    const [h, m] = time.split(':').map(Number);
    expect(instantAtLocal(date, (h ?? 0) * 60 + (m ?? 0), zone)).toBe(utc(iso));
  });

  it('round-trips with localTimeOf for any instant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom('Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'),
        (ms, zone) => {
          const at = asInstant(ms - (ms % 60_000));
          const local = localTimeOf(at, zone);
          const back = instantAtLocal(local.date, local.minuteOfDay, zone);
          // Equal, except for the repeated autumn hour, which maps to its first occurrence.
          expect(at - back === 0 || at - back === 3_600_000).toBe(true);
        },
      ),
    );
  });
});

describe('working hours', () => {
  const berlin = hours('Europe/Berlin');
  it.each([
    ['2025-03-31T06:59:00Z', false], // Monday 08:59 CEST
    ['2025-03-31T07:00:00Z', true], // 09:00 CEST
    ['2025-03-31T14:59:00Z', true],
    ['2025-03-31T15:00:00Z', false], // 17:00 CEST, the end is exclusive
    ['2025-03-28T08:00:00Z', true], // Friday 09:00 CET
    ['2025-03-29T10:00:00Z', false], // Saturday
  ])('in Berlin, %s is working time: %s', (iso, expected) => {
    expect(isWorkingTime(utc(iso), berlin)).toBe(expected);
  });

  it('finds the next start across a weekend that changes the clocks (Berlin)', () => {
    // Friday 28 March 17:00 CET; the next start is Monday 31 March 09:00 CEST.
    expect(nextWorkingStart(utc('2025-03-28T16:00:00Z'), berlin)).toBe(utc('2025-03-31T07:00:00Z'));
  });

  it('finds the next start across the autumn change (New York)', () => {
    const ny = hours('America/New_York');
    expect(nextWorkingStart(utc('2025-10-31T22:00:00Z'), ny)).toBe(utc('2025-11-03T14:00:00Z'));
    expect(workingPeriodFrom(utc('2025-11-03T14:30:00Z'), ny)).toEqual({
      start: utc('2025-11-03T14:00:00Z'),
      end: utc('2025-11-03T22:00:00Z'),
    });
  });

  it('gives a shorter period when the clocks go forward inside it', () => {
    const night = hours('Europe/Berlin', { days: ['sunday'], start: '01:00', end: '05:00' });
    const period = workingPeriodFrom(utc('2025-03-30T00:00:00Z'), night);
    expect(period && minutesBetween(period.start, period.end)).toBe(180);
  });

  it('has local days of 23 and 25 hours on the change days', () => {
    const length = (date: string, zone: string) => {
      const day = localDay(date, zone);
      return minutesBetween(day.start, day.end) / 60;
    };
    expect(length('2025-03-30', 'Europe/Berlin')).toBe(23);
    expect(length('2025-10-26', 'Europe/Berlin')).toBe(25);
    expect(length('2025-03-09', 'America/New_York')).toBe(23);
    expect(length('2025-11-02', 'America/New_York')).toBe(25);
    expect(length('2025-06-01', 'Asia/Kolkata')).toBe(24);
  });

  it('knows the weekday of a local date, not of the UTC date', () => {
    // Monday 00:30 in Sydney is still Sunday in UTC.
    expect(localTimeOf(utc('2025-06-01T14:30:00Z'), 'Australia/Sydney')).toEqual({
      date: '2025-06-02',
      weekday: 'monday',
      minuteOfDay: 30,
    });
  });
});
