import {
  MINUTE_MS,
  addMinutes,
  asInstant,
  breakEvents,
  defaultBreakSettings,
  instantAtLocal,
  type BreakSettings,
} from '@psoas/core';
import { describe, expect, it } from 'vitest';
import { GAP_MS, catchUpEvents, createBreakEngine } from './break-engine.ts';
import { STORAGE_KEYS, readLog, readOutbox, readState } from './break-storage.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const ZONE = 'Europe/Berlin';
const settings: BreakSettings = defaultBreakSettings(ZONE);
// A Wednesday, 09:00 in Berlin: inside the default working hours.
const start = instantAtLocal('2025-03-05', 9 * 60, ZONE);
const OWNER = 'account-ana';

function engineWith(storage = memoryStorage()) {
  let n = 0;
  return { storage, engine: createBreakEngine({ storage, newId: () => `event-${++n}` }) };
}

describe('break engine', () => {
  it('reminds after the interval and queues the events that matter for the server', () => {
    const { storage, engine } = engineWith();
    engine.step([breakEvents.tick(start)], settings, OWNER);
    const due = addMinutes(start, 30);
    const { outputs, state } = engine.step([breakEvents.tick(due)], settings, OWNER);
    expect(outputs.map((o) => o.kind)).toContain('reminder');
    expect(state.phase.kind).toBe('reminding');
    expect(readState(storage)?.phase.kind).toBe('reminding');
    // The first tick changed nothing the server needs; the due tick sent a reminder.
    const queued = readOutbox(storage).map((e) => e.event.kind);
    expect(queued).toEqual(['tick']);
    expect(readLog(storage).some((e) => e.kind === 'reminded')).toBe(true);
  });

  it('does not queue ticks that changed nothing, nor settings', () => {
    const { storage, engine } = engineWith();
    engine.step([breakEvents.tick(start)], settings, OWNER);
    const before = readOutbox(storage).length;
    engine.step([breakEvents.tick(addMinutes(start, 1))], settings, OWNER);
    engine.step([breakEvents.settingsChanged(addMinutes(start, 2), settings)], settings, OWNER);
    expect(readOutbox(storage)).toHaveLength(before);
  });

  it('lets two tabs share one schedule: the second tab does not remind again', () => {
    const storage = memoryStorage();
    const tabA = engineWith(storage).engine;
    const tabB = engineWith(storage).engine;
    tabA.step([breakEvents.tick(start)], settings, OWNER);
    const due = addMinutes(start, 30);
    const a = tabA.step([breakEvents.tick(due)], settings, OWNER);
    const b = tabB.step([breakEvents.tick(asInstant(due + 1000))], settings, OWNER);
    expect(a.outputs.filter((o) => o.kind === 'reminder')).toHaveLength(1);
    expect(b.outputs.filter((o) => o.kind === 'reminder')).toHaveLength(0);
    // A snooze in tab B is seen by tab A's next tick: no reminder until the snooze ends.
    tabB.step([breakEvents.snooze(addMinutes(due, 1))], settings, OWNER);
    const later = tabA.step([breakEvents.tick(addMinutes(due, 3))], settings, OWNER);
    expect(later.state.phase.kind).toBe('snoozed');
  });

  it('keeps every queued event with a stable id, in order', () => {
    const { storage, engine } = engineWith();
    engine.step([breakEvents.tick(start)], settings, OWNER);
    engine.step([breakEvents.meetingStart(addMinutes(start, 5))], settings, OWNER);
    engine.step([breakEvents.meetingEnd(addMinutes(start, 10))], settings, OWNER);
    const outbox = readOutbox(storage);
    expect(outbox.map((e) => e.event.kind)).toEqual(['meeting-start', 'meeting-end']);
    expect(new Set(outbox.map((e) => e.id)).size).toBe(2);
    expect(outbox[0]?.event.now).toBe(new Date(addMinutes(start, 5)).toISOString());
  });

  it('queues each event for the account signed in when it happened', () => {
    const { storage, engine } = engineWith();
    engine.step([breakEvents.meetingStart(start)], settings, 'ana');
    engine.step([breakEvents.meetingEnd(addMinutes(start, 5))], settings, 'ben');
    expect(readOutbox(storage).map((e) => [e.event.kind, e.owner])).toEqual([
      ['meeting-start', 'ana'],
      ['meeting-end', 'ben'],
    ]);
  });

  it('queues nothing signed out: the schedule runs on the device, sent to nobody', () => {
    const { storage, engine } = engineWith();
    const { state } = engine.step([breakEvents.meetingStart(start)], settings, null);
    expect(state.meeting).not.toBeNull();
    expect(readOutbox(storage)).toEqual([]);
  });
});

describe('catching up after the app did not run', () => {
  const { engine } = engineWith();
  const state = engine.step([breakEvents.tick(start)], settings, OWNER).state;

  it('changes nothing after a normal heartbeat', () => {
    expect(catchUpEvents(state, addMinutes(start, 1))).toEqual([]);
    expect(catchUpEvents(state, asInstant(start + GAP_MS))).toEqual([]);
  });

  it('reports a long gap as time away, then presence', () => {
    const now = addMinutes(start, 45);
    expect(catchUpEvents(state, now)).toEqual([
      breakEvents.idle(now, start),
      breakEvents.activity(now),
    ]);
  });

  it('turns a laptop waking into a natural break, not a pile of reminders', () => {
    const { engine: e } = engineWith();
    let s = e.step([breakEvents.tick(start)], settings, OWNER).state;
    const wake = addMinutes(start, 95);
    const [idle, active] = catchUpEvents(s, wake);
    if (!idle || !active) throw new Error('a gap must be caught up');
    const result = e.step([idle, active, breakEvents.tick(wake)], settings, OWNER);
    s = result.state;
    expect(result.outputs.filter((o) => o.kind === 'reminder')).toHaveLength(0);
    expect(s.phase.kind).toBe('sitting');
    expect(s.phase.kind === 'sitting' && s.phase.dueAt).toBe(addMinutes(wake, 30));
  });

  it('reports a clock set back as a clock jump', () => {
    const now = asInstant(start - 10 * MINUTE_MS);
    expect(catchUpEvents(state, now)).toEqual([breakEvents.clockJumped(now)]);
  });
});

describe('stored state', () => {
  it('starts fresh when the stored state does not check out', () => {
    const { storage, engine } = engineWith();
    storage.setItem(STORAGE_KEYS.state, JSON.stringify({ version: 1, state: { phase: 'x' } }));
    expect(readState(storage)).toBeNull();
    expect(engine.current(settings, start).phase.kind).toBe('sitting');
    storage.setItem(STORAGE_KEYS.state, '{not json');
    expect(readState(storage)).toBeNull();
  });

  it('reads back exactly what it stored', () => {
    const { storage, engine } = engineWith();
    const { state } = engine.step(
      [breakEvents.tick(start), breakEvents.idle(addMinutes(start, 3), addMinutes(start, 2))],
      settings,
      OWNER,
    );
    expect(readState(storage)).toEqual(state);
  });
});
