import { describe, expect, it } from 'vitest';
import { addMinutes, minutesBetween } from '../time/instant.ts';
import { nextBreakDue, openSittingStretch, urgencyForSkips } from './scheduler.ts';
import { breakEvents as ev } from './scheduler.types.ts';
import {
  Driver,
  localInstant,
  rejectionsIn,
  remindersIn,
  settingsWith,
} from './test-support/fake-clock.ts';

const ZONE = 'Europe/Berlin';
// Monday 31 March 2025, the day after clocks went forward in Berlin.
const at = (time: string, date = '2025-03-31') => localInstant(date, time, ZONE);
const workday = (overrides: Record<string, unknown> = {}) =>
  new Driver(settingsWith(overrides), at('09:00'));

describe('break scheduler', () => {
  it('reminds after the interval with a gentle reminder, a routine and the due instant', () => {
    const d = workday();
    const reminder = d.tickUntilReminder();
    expect(reminder).toMatchObject({
      at: at('09:30'),
      dueAt: at('09:30'),
      urgency: 'gentle',
      reason: 'due',
      canSnooze: true,
    });
    expect(reminder?.routine.steps.length).toBeGreaterThan(0);
  });

  it('restarts the interval after a break taken and logs the sitting stretch', () => {
    const d = workday();
    d.tickUntilReminder();
    d.send(ev.breakTaken(d.clock.advance(2), 2, 'walk'));
    expect(d.tickUntilReminder()?.at).toEqual(at('10:02'));
    expect(d.log.filter((e) => e.kind === 'sat')[0]).toEqual({
      kind: 'sat',
      from: at('09:00'),
      to: at('09:30'),
    });
  });

  it('rotates the routine from one break to the next', () => {
    const d = workday();
    const first = d.tickUntilReminder();
    d.send(ev.breakTaken(d.clock.advance(2), 2, 'stretch'));
    const second = d.tickUntilReminder();
    expect(first?.routine.rotation).toBe(0);
    expect(second?.routine.rotation).toBe(1);
  });

  describe('escalation', () => {
    it.each([
      [0, 'gentle'],
      [1, 'gentle'],
      [2, 'firm'],
      [3, 'firm'],
      [4, 'insistent'],
      [9, 'insistent'],
    ] as const)('after %i skips in a row the reminder is %s', (skips, urgency) => {
      expect(urgencyForSkips(skips)).toBe(urgency);
      const d = workday({ workingHours: { end: '17:00' } });
      for (let i = 0; i < skips; i += 1) {
        d.tickUntilReminder();
        d.send(ev.skip(d.clock.advance(1)));
      }
      expect(d.tickUntilReminder()?.urgency).toBe(urgency);
    });

    it('never reminds more often than the interval however often the person skips', () => {
      const d = workday();
      for (let i = 0; i < 6; i += 1) {
        d.tickUntilReminder();
        d.send(ev.skip(d.clock.now()));
      }
      const times = d.reminders.map((r) => r.at);
      for (let i = 1; i < times.length; i += 1) {
        expect(minutesBetween(times[i - 1]!, times[i]!)).toBeGreaterThanOrEqual(30);
      }
    });

    it('counts a reminder left unanswered for a whole interval as a skip and repeats it', () => {
      const d = workday();
      d.tickFor(30 + 30 + 30);
      expect(d.reminders.map((r) => [r.reason, r.urgency, r.at])).toEqual([
        ['due', 'gentle', at('09:30')],
        ['repeat', 'gentle', at('10:00')],
        ['repeat', 'firm', at('10:30')],
      ]);
    });

    it('calms down after a real break', () => {
      const d = workday();
      for (let i = 0; i < 4; i += 1) {
        d.tickUntilReminder();
        d.send(ev.skip(d.clock.now()));
      }
      expect(d.tickUntilReminder()?.urgency).toBe('insistent');
      d.send(ev.breakTaken(d.clock.advance(2), 2, 'walk'));
      expect(d.tickUntilReminder()?.urgency).toBe('gentle');
    });
  });

  describe('snooze', () => {
    it('reminds again after 5 minutes, at most twice in a row, then offers no snooze', () => {
      const d = workday();
      d.tickUntilReminder();
      expect(d.send(ev.snooze(d.clock.now()))).not.toContainEqual(
        expect.objectContaining({ kind: 'rejected' }),
      );
      expect(d.tickFor(4).filter((o) => o.kind === 'reminder')).toEqual([]);
      const second = d.tickUntilReminder();
      expect(second).toMatchObject({ reason: 'snooze-over', at: at('09:35'), canSnooze: true });
      d.send(ev.snooze(d.clock.now()));
      const third = d.tickUntilReminder();
      expect(third).toMatchObject({ at: at('09:40'), canSnooze: false, dueAt: at('09:30') });
      expect(rejectionsIn(d.send(ev.snooze(d.clock.now())))).toEqual(['BREAK_SNOOZE_LIMIT']);
    });

    it('refuses a snooze or a skip when no reminder is out', () => {
      const d = workday();
      expect(rejectionsIn(d.send(ev.snooze(d.clock.advance(1))))).toEqual([
        'BREAK_NOTHING_TO_SNOOZE',
      ]);
      expect(rejectionsIn(d.send(ev.skip(d.clock.advance(1))))).toEqual(['BREAK_NOTHING_TO_SKIP']);
      expect(rejectionsIn(d.send(ev.meetingEnd(d.clock.advance(1))))).toEqual(['BREAK_NO_MEETING']);
    });

    it('allows a new series of snoozes for the next break', () => {
      const d = workday({ snooze: { maxInARow: 1 } });
      d.tickUntilReminder();
      d.send(ev.snooze(d.clock.now()));
      d.tickUntilReminder();
      d.send(ev.skip(d.clock.now()));
      d.tickUntilReminder();
      expect(rejectionsIn(d.send(ev.snooze(d.clock.now())))).toEqual([]);
    });
  });

  describe('meetings', () => {
    it('postpones a break that falls due in a meeting to the end of the meeting', () => {
      const d = workday();
      d.send(ev.meetingStart(d.clock.advance(20)));
      expect(remindersIn(d.tickFor(40))).toEqual([]);
      const end = d.send(ev.meetingEnd(d.clock.advance(1)));
      expect(remindersIn(end)).toMatchObject([
        { reason: 'due', dueAt: at('09:30'), at: at('10:01') },
      ]);
    });

    it('takes down a reminder that is showing and shows it again after the meeting', () => {
      const d = workday();
      d.tickUntilReminder();
      const start = d.send(ev.meetingStart(d.clock.advance(1)));
      expect(start).toContainEqual(
        expect.objectContaining({ kind: 'reminder-cleared', why: 'meeting' }),
      );
      expect(remindersIn(d.tickFor(90))).toEqual([]);
      const end = remindersIn(d.send(ev.meetingEnd(d.clock.now())));
      expect(end).toMatchObject([{ reason: 'resumed', dueAt: at('09:30') }]);
    });

    it('ends a forgotten meeting mode after meetingMode.maxMinutes', () => {
      const d = workday({ meetingMode: { maxMinutes: 60 } });
      d.send(ev.meetingStart(d.clock.now()));
      expect(d.tickUntilReminder()).toMatchObject({ at: at('10:00'), reason: 'due' });
    });

    it('does not count time away in a meeting as a natural break', () => {
      const d = workday();
      d.send(ev.meetingStart(d.clock.advance(5)));
      d.send(ev.idle(d.clock.advance(10), at('09:05')));
      d.send(ev.activity(d.clock.advance(10)));
      expect(d.log.some((e) => e.kind === 'natural-break')).toBe(false);
      expect(remindersIn(d.send(ev.meetingEnd(d.clock.advance(10))))).toMatchObject([
        { dueAt: at('09:30') },
      ]);
    });
  });

  describe('time away', () => {
    it('counts an absence of the break length as a natural break and restarts the interval', () => {
      const d = workday();
      d.tickFor(20);
      d.send(ev.idle(d.clock.advance(3), at('09:20')));
      d.send(ev.activity(d.clock.now()));
      expect(d.log).toContainEqual({ kind: 'natural-break', from: at('09:20'), to: at('09:23') });
      expect(d.tickUntilReminder()?.at).toEqual(at('09:53'));
    });

    it('ignores a shorter absence', () => {
      const d = workday();
      d.tickFor(20);
      d.send(ev.idle(d.clock.advance(1), at('09:20')));
      d.send(ev.activity(d.clock.now()));
      expect(d.tickUntilReminder()?.at).toEqual(at('09:30'));
    });

    it('does not remind while the person is away, and a long sleep gives no reminder on waking', () => {
      const d = workday();
      d.send(ev.idle(d.clock.advance(10), at('09:10')));
      expect(remindersIn(d.tickFor(120))).toEqual([]);
      d.send(ev.activity(d.clock.advance(1)));
      expect(remindersIn(d.tickFor(29))).toEqual([]);
    });

    it('lets a walk away while a reminder shows count as the break', () => {
      const d = workday();
      d.tickUntilReminder();
      d.send(ev.idle(d.clock.advance(4), at('09:31')));
      const back = d.send(ev.activity(d.clock.now()));
      expect(back).toContainEqual(
        expect.objectContaining({ kind: 'reminder-cleared', why: 'break' }),
      );
      expect(d.tickUntilReminder()?.at).toEqual(at('10:04'));
    });
  });

  describe('clock jumps and long gaps', () => {
    it('fires one reminder, re-based on now, for a tick hours after the last one', () => {
      const d = workday();
      const late = d.send(ev.tick(at('13:00')));
      expect(remindersIn(late)).toHaveLength(1);
      expect(remindersIn(d.tickFor(29))).toEqual([]);
    });

    it('keeps the remaining time when the wall clock is changed', () => {
      const d = workday();
      d.tickFor(10);
      d.send(ev.clockJumped(at('11:00')));
      expect(d.tickUntilReminder()?.at).toEqual(at('11:20'));
      const back = workday();
      back.tickFor(10);
      back.send(ev.tick(at('09:40', '2025-03-31')));
      back.send(ev.tick(at('09:05')));
      expect(back.tickUntilReminder()?.at).toEqual(at('09:35'));
    });
  });

  describe('working hours', () => {
    it('stays quiet outside working hours and starts fresh the next working day', () => {
      const d = new Driver(settingsWith(), at('16:50'));
      expect(remindersIn(d.tickFor(60 * 15))).toEqual([]);
      expect(d.log).toContainEqual({ kind: 'sat', from: at('16:50'), to: at('17:00') });
      d.send(ev.tick(at('09:00', '2025-04-01')));
      expect(d.tickUntilReminder()?.at).toEqual(at('09:30', '2025-04-01'));
    });

    it('takes down a reminder when working hours end', () => {
      const d = new Driver(settingsWith(), at('16:20'));
      d.tickUntilReminder();
      expect(d.tickFor(15)).toContainEqual(
        expect.objectContaining({ kind: 'reminder-cleared', why: 'off-hours' }),
      );
    });

    it('keeps reminders 30 real minutes apart across a spring-forward night shift', () => {
      const settings = settingsWith({
        workingHours: { start: '01:00', end: '05:00', days: ['sunday'] },
      });
      const d = new Driver(settings, at('01:00', '2025-03-30'));
      d.tickFor(4 * 60);
      const times = d.reminders.map((r) => r.at);
      // 01:00 CET to 05:00 CEST is three real hours: reminders at 30, 60, ... 150 minutes.
      expect(times).toEqual(
        [30, 60, 90, 120, 150].map((m) => addMinutes(at('01:00', '2025-03-30'), m)),
      );
    });

    it('follows a settings change at once', () => {
      const d = workday();
      d.tickFor(10);
      d.send(ev.settingsChanged(d.clock.now(), settingsWith({ intervalMinutes: 15 })));
      expect(d.tickUntilReminder()?.at).toEqual(at('09:15'));
      d.send(ev.settingsChanged(d.clock.now(), settingsWith({ workingHours: { end: '09:20' } })));
      expect(d.tickFor(60).filter((o) => o.kind === 'reminder')).toEqual([]);
    });
  });

  it('tells the shell when to tick next', () => {
    const d = workday();
    expect(nextBreakDue(d.state)).toEqual(at('09:30'));
    d.tickUntilReminder();
    expect(nextBreakDue(d.state)).toEqual(at('10:00'));
    d.send(ev.snooze(d.clock.now()));
    expect(nextBreakDue(d.state)).toEqual(at('09:35'));
    d.send(ev.meetingStart(d.clock.now()));
    expect(nextBreakDue(d.state)).toEqual(at('13:30'));
    const evening = new Driver(settingsWith(), at('18:00'));
    expect(nextBreakDue(evening.state)).toEqual(at('09:00', '2025-04-01'));
  });

  it('reports the open sitting stretch for live statistics', () => {
    const d = workday();
    d.tickFor(20);
    expect(openSittingStretch(d.state, d.clock.now())).toEqual({
      kind: 'sat',
      from: at('09:00'),
      to: at('09:20'),
    });
  });
});
