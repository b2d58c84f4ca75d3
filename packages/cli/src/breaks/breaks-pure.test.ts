import {
  asInstant,
  breakEvents as ev,
  defaultBreakSettings,
  initialBreakState,
  routineForBreak,
  transitionBreaks,
  type BreakEvent,
  type BreakState,
  type Reminder,
} from '@psoas/core';
import { describe, expect, it } from 'vitest';
import { PLAIN } from '../format/style.ts';
import { parseSittingMinutes } from './breaks-args.ts';
import { chooseIdleProbe, parseLoginctl, parseXprintidle } from './idle.ts';
import { actionForKey, splitKeys } from './keys.ts';
import { findExecutable } from '../executables.ts';
import { NOTIFY_URGENCY, createNotifier, notifySendCommand } from './notify.ts';
import { formatCountdown, formatReminder, formatStatusLine, minutesText } from './status-line.ts';

/** The pure parts of `psoas breaks`: keys, what it prints, how it notifies and reads idle time. */

// Monday 23 November 2026, 09:00 UTC.
const at = (time: string) => asInstant(Date.parse(`2026-11-23T${time}:00Z`));
const SETTINGS = defaultBreakSettings('UTC');

function stateAfter(events: readonly BreakEvent[]): BreakState {
  let state = initialBreakState(SETTINGS, at('09:00'));
  for (const e of events) state = transitionBreaks(state, e).state;
  return state;
}

const reminder = (patch: Partial<Reminder> = {}): Reminder => ({
  kind: 'reminder',
  at: at('09:30'),
  dueAt: at('09:30'),
  urgency: 'gentle',
  reason: 'due',
  canSnooze: true,
  routine: routineForBreak(0, 2),
  ...patch,
});

describe('keys', () => {
  it.each([
    ['t', 'idle', { kind: 'take' }],
    ['Z', 'idle', { kind: 'snooze' }],
    ['k', 'idle', { kind: 'skip' }],
    ['m', 'idle', { kind: 'meeting' }],
    ['q', 'idle', { kind: 'quit' }],
    ['\u0003', 'choose', { kind: 'quit' }],
    ['x', 'idle', { kind: 'none' }],
    ['\r', 'choose', { kind: 'choose', breakKind: 'walk' }],
    ['w', 'choose', { kind: 'choose', breakKind: 'walk' }],
    ['s', 'choose', { kind: 'choose', breakKind: 'stand' }],
    ['r', 'choose', { kind: 'choose', breakKind: 'stretch' }],
    ['\u001b', 'choose', { kind: 'cancel' }],
    ['t', 'choose', { kind: 'none' }],
    ['\r', 'on-break', { kind: 'back' }],
    ['z', 'on-break', { kind: 'none' }],
  ] as const)('%j in %s mode is %j', (key, mode, action) => {
    expect(actionForKey(key, mode)).toEqual(action);
  });

  it('splits a chunk into keys, keeping escape sequences whole', () => {
    expect(splitKeys('tw')).toEqual(['t', 'w']);
    expect(splitKeys('\u001b[Aq')).toEqual(['\u001b[A', 'q']);
  });
});

describe('--sitting', () => {
  it.each([
    ['0', 0],
    ['25', 25],
    ['600', 600],
  ])('accepts %s', (value, minutes) => {
    expect(parseSittingMinutes(value)).toEqual({ ok: true, value: minutes });
  });
  it.each(['-1', '601', '2.5', 'ten', ''])('refuses %j', (value) => {
    expect(parseSittingMinutes(value).ok).toBe(false);
  });
});

describe('status line', () => {
  it.each([
    [0, '00:00'],
    [754_000, '12:34'],
    [59_001, '01:00'],
    [3_723_000, '1:02:03'],
    [-5_000, '00:00'],
  ])('counts %d ms down as %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });

  it('shows the next break, the meeting and the breaks today', () => {
    const state = stateAfter([ev.tick(at('09:05'))]);
    const line = formatStatusLine({ state, now: at('09:05'), breaksToday: 3, onBreakSince: null });
    expect(line).toBe('next break in 25:00 · meeting off · 3 breaks today');
  });

  it.each([
    [[ev.tick(at('09:30'))], at('09:30'), 'break due now (gentle) · meeting off · 1 break today'],
    [
      [ev.tick(at('09:30')), ev.snooze(at('09:31'))],
      at('09:32'),
      'snoozed for 04:00 · meeting off · 1 break today',
    ],
    [
      [ev.meetingStart(at('09:10'))],
      at('09:20'),
      'break due in 10:00, held for the meeting · meeting on · 1 break today',
    ],
    [
      [ev.idle(at('09:20'), at('09:10'))],
      at('09:20'),
      'away for 10:00 · meeting off · 1 break today',
    ],
    [
      [ev.tick(at('18:00'))],
      at('18:00'),
      'outside working hours until tuesday 09:00 · meeting off · 1 break today',
    ],
  ] as const)('reads the phase: %#', (events, now, text) => {
    const state = stateAfter(events);
    expect(formatStatusLine({ state, now, breaksToday: 1, onBreakSince: null })).toBe(text);
  });

  it('prints the reminder with its routine, step by step', () => {
    const text = formatReminder(reminder(), 2, { style: PLAIN, width: 80 });
    expect(text).toContain('1. Standing hip flexor stretch, left side: 30 s');
    expect(text).toContain('3. Walking break: 1 min');
    expect(
      formatReminder(reminder({ canSnooze: false }), 2, { style: PLAIN, width: 80 }),
    ).not.toContain('z snooze');
  });

  it.each([
    [45, '45 min'],
    [120, '2 h'],
    [125.4, '2 h 5 min'],
  ])('says %d minutes as %s', (m, text) => {
    expect(minutesText(m)).toBe(text);
  });
});

describe('notifications', () => {
  it('maps urgency to notify-send levels, rising with skips', () => {
    expect(NOTIFY_URGENCY).toEqual({ gentle: 'low', firm: 'normal', insistent: 'critical' });
  });

  it('builds a notify-send command that ends options before the text', () => {
    const cmd = notifySendCommand('/usr/bin/notify-send', reminder({ urgency: 'insistent' }));
    expect(cmd.command).toBe('/usr/bin/notify-send');
    expect(cmd.args.slice(0, 4)).toEqual([
      '--urgency=critical',
      '--app-name=Psoas Coach',
      '--category=presence',
      '--',
    ]);
    expect(cmd.args[5]).toContain('Standing hip flexor stretch (left) 30 s');
  });

  it('rings the bell without notify-send, and when notify-send fails', async () => {
    let bells = 0;
    createNotifier(null, () => (bells += 1)).notify(reminder());
    expect(bells).toBe(1);
    const failing = createNotifier(
      '/nope',
      () => (bells += 1),
      () => Promise.resolve(false),
    );
    failing.notify(reminder());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(bells).toBe(2);
  });

  it('finds an executable on PATH in order', () => {
    const exists = new Set(['/b/notify-send', '/c/notify-send']);
    expect(findExecutable('notify-send', ['/a', '/b', '/c'], (p) => exists.has(p))).toBe(
      '/b/notify-send',
    );
    expect(findExecutable('notify-send', ['/a'], (p) => exists.has(p))).toBeNull();
  });
});

describe('idle time', () => {
  it('reads xprintidle', () => {
    expect(parseXprintidle('12345\n')).toBe(12345);
    expect(parseXprintidle("couldn't open display")).toBeNull();
  });

  it("reads logind's idle hints (µs since the epoch)", () => {
    const now = Date.UTC(2026, 10, 23, 10, 0);
    const since = (now - 90_000) * 1000;
    expect(parseLoginctl(`IdleHint=yes\nIdleSinceHint=${since}\n`, now)).toBe(90_000);
    expect(parseLoginctl('IdleHint=no\nIdleSinceHint=0\n', now)).toBe(0);
    expect(parseLoginctl('Failed to get session\n', now)).toBeNull();
  });

  it('uses the first source that answers, else the terminal keys', async () => {
    const config = { pathDirs: ['/bin'], sessionId: '3', hasDisplay: true };
    const which = (name: string) => `/bin/${name}`;
    const answers: Record<string, string | null> = {
      '/bin/xprintidle': null,
      '/bin/loginctl': 'IdleHint=no\nIdleSinceHint=0\n',
    };
    const run = (cmd: string) => Promise.resolve(answers[cmd] ?? null);
    expect((await chooseIdleProbe(config, Date.now, run, which)).source).toBe('logind');
    answers['/bin/loginctl'] = null;
    expect((await chooseIdleProbe(config, Date.now, run, which)).source).toBe('terminal keys');
    answers['/bin/xprintidle'] = '10';
    expect((await chooseIdleProbe(config, Date.now, run, which)).source).toBe('xprintidle');
    const noDisplay = { ...config, hasDisplay: false, sessionId: null };
    expect((await chooseIdleProbe(noDisplay, Date.now, run, which)).source).toBe('terminal keys');
  });
});
