import { sessionLogSchema, type SessionLog } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import { addDays, localIsoDate, startOfWeek, summariseSessions } from './progress-summary.ts';

let seq = 0;
function aLog(date: string, patch: Partial<SessionLog> = {}): SessionLog {
  seq += 1;
  return sessionLogSchema.parse({
    id: `log-${seq}`,
    recordedAt: `${date}T08:00:00.000Z`,
    date,
    startedAt: `${date}T07:${String(seq % 60).padStart(2, '0')}:00.000Z`,
    finishedAt: `${date}T07:59:00.000Z`,
    outcome: 'completed',
    plannedSeconds: 600,
    activeSeconds: 600,
    items: [],
    feedback: [],
    painNow: null,
    note: '',
    changes: [],
    ...patch,
  });
}

describe('startOfWeek', () => {
  it.each([
    ['2026-03-04', '2026-03-02'], // Wednesday
    ['2026-03-02', '2026-03-02'], // Monday
    ['2026-03-08', '2026-03-02'], // Sunday
    ['2026-01-01', '2025-12-29'], // across a year
  ])('puts %s in the week of Monday %s', (day, monday) => {
    expect(startOfWeek(day)).toBe(monday);
  });
});

describe('summariseSessions', () => {
  const today = '2026-03-04'; // a Wednesday

  it('counts sessions and minutes this week and in the last 28 days only', () => {
    const sessions = [
      aLog('2026-03-04', { activeSeconds: 630 }),
      aLog('2026-03-02', { activeSeconds: 300, outcome: 'ended-early' }),
      aLog('2026-03-01', { activeSeconds: 600 }), // last Sunday: not this week
      aLog(addDays(today, -27), { activeSeconds: 60 }), // first day of the window
      aLog(addDays(today, -28), { activeSeconds: 6000 }), // just outside
    ];
    const summary = summariseSessions(sessions, today);
    expect(summary.thisWeek).toEqual({ sessions: 2, minutes: 16 });
    expect(summary.lastFourWeeks).toEqual({ sessions: 4, minutes: 27, completed: 3 });
  });

  it('lists pain after sessions oldest first, leaving out sessions without a score', () => {
    const sessions = [
      aLog('2026-03-03', { painNow: 2 }),
      aLog('2026-03-02', { painNow: null }),
      aLog('2026-02-20', { painNow: 5 }),
    ];
    expect(summariseSessions(sessions, today).pain.map((p) => [p.date, p.painNow])).toEqual([
      ['2026-02-20', 5],
      ['2026-03-03', 2],
    ]);
  });

  it('is all zeros without sessions', () => {
    expect(summariseSessions([], today)).toEqual({
      thisWeek: { sessions: 0, minutes: 0 },
      lastFourWeeks: { sessions: 0, minutes: 0, completed: 0 },
      pain: [],
    });
  });
});

describe('localIsoDate', () => {
  it('uses the local calendar day', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
