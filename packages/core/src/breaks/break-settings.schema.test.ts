import { describe, expect, it } from 'vitest';
import { breakSettingsSchema, defaultBreakSettings } from './break-settings.schema.ts';

const paths = (input: unknown) =>
  breakSettingsSchema.safeParse(input).error?.issues.map((i) => i.path.join('.')) ?? [];

describe('break settings', () => {
  it('default to the evidence: every 30 minutes, 2-minute breaks, 2 h standing, 8 h budget', () => {
    expect(defaultBreakSettings('Europe/Berlin')).toEqual({
      intervalMinutes: 30,
      breakMinutes: 2,
      workingHours: {
        timeZone: 'Europe/Berlin',
        days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        start: '09:00',
        end: '17:00',
      },
      snooze: { minutes: 5, maxInARow: 2 },
      meetingMode: { autoDetect: false, maxMinutes: 240 },
      standingTargetMinutes: 120,
      sedentaryBudgetMinutes: 480,
    });
  });

  const zone = { workingHours: { timeZone: 'UTC' } };
  it.each([
    [{ ...zone, intervalMinutes: 14 }, 'intervalMinutes'],
    [{ ...zone, intervalMinutes: 91 }, 'intervalMinutes'],
    [{ ...zone, intervalMinutes: 30.5 }, 'intervalMinutes'],
    [{ ...zone, breakMinutes: 0 }, 'breakMinutes'],
    [{ ...zone, standingTargetMinutes: 300 }, 'standingTargetMinutes'],
    [{ workingHours: { timeZone: 'Mars/Olympus' } }, 'workingHours.timeZone'],
    [{ workingHours: { timeZone: 'UTC', start: '17:00', end: '09:00' } }, 'workingHours.end'],
    [{ workingHours: { timeZone: 'UTC', start: '9:00' } }, 'workingHours.start'],
    [{ workingHours: { timeZone: 'UTC', days: ['monday', 'monday'] } }, 'workingHours.days'],
    [{ workingHours: { timeZone: 'UTC', days: [] } }, 'workingHours.days'],
    [{ ...zone, snooze: { maxInARow: 9 } }, 'snooze.maxInARow'],
    [{ ...zone, snooze: { minute: 5 } }, 'snooze'],
    [{ ...zone, intervall: 30 }, ''],
  ])('refuses %j at %s', (input, path) => {
    expect(paths(input)).toContain(path);
  });

  it('accepts 15 to 90 minute intervals', () => {
    expect(paths({ ...zone, intervalMinutes: 15 })).toEqual([]);
    expect(paths({ ...zone, intervalMinutes: 90 })).toEqual([]);
  });
});
