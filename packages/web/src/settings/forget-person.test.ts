import { asInstant, breakEvents, createSessionState, defaultBreakSettings } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import { DRAFT_KEY } from '../assessment/wizard-state.ts';
import { createBreakEngine } from '../breaks/break-engine.ts';
import {
  STORAGE_KEYS,
  appendLog,
  readLog,
  readOutbox,
  writePrefs,
} from '../breaks/break-storage.ts';
import {
  CLEARANCE_STORAGE_KEY,
  readClearance,
  saveClearance,
} from '../platform/checklist-clearance.ts';
import { THEME_STORAGE_KEY, saveThemeChoice } from '../platform/theme.ts';
import { QUEUE_STORAGE_KEY, createQueueStore } from '../session-log/queue-store.ts';
import { aSessionLogRequest } from '../session-log/test-support/fake-session-server.ts';
import { SAVED_SESSION_KEY, storeSession } from '../session/session-resume.ts';
import { PLAN_SESSION, STEPS } from '../session/session-test-support.ts';
import {
  DEFAULT_VOICE_SETTINGS,
  VOICE_SETTINGS_KEY,
  saveVoiceSettings,
} from '../session/voice-settings.ts';
import { forgetPersonOnDevice } from './forget-person.ts';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

const NOW = Date.UTC(2026, 2, 4, 9, 0, 0);
const now = () => NOW;

/** A browser Ana used (and Ben too), filled through the app's own writers. */
function sharedBrowser() {
  const local = memoryStorage();
  const session = memoryStorage();
  const entry = (key: string, owner: string, note: string) => ({
    key,
    owner,
    body: aSessionLogRequest({ note }),
    queuedAt: NOW,
    attempts: 1,
    lastError: 'NETWORK_UNREACHABLE',
  });
  createQueueStore(local, now).write({
    pending: [entry('ana-key-0001', 'ana', 'ana'), entry('ben-key-0001', 'ben', 'ben')],
    failed: [
      {
        ...entry('ana-key-0002', 'ana', 'ana refused'),
        failedAt: NOW,
        status: 422,
        code: 'VALIDATION_FAILED',
        detail: 'no',
      },
    ],
  });
  let id = 0;
  const engine = createBreakEngine({ storage: local, newId: () => `event-${++id}` });
  const settings = defaultBreakSettings('Europe/Berlin');
  engine.step([breakEvents.meetingStart(asInstant(NOW))], settings, 'ana');
  engine.step([breakEvents.meetingEnd(asInstant(NOW + 60_000))], settings, 'ben');
  const sat = { kind: 'sat', from: asInstant(NOW - 3_600_000), to: asInstant(NOW) } as const;
  appendLog(local, [sat], 0);
  storeSession(local, 'ana', '2026-03-04', PLAN_SESSION, createSessionState(STEPS));
  saveClearance(local, 'ana', 'abdominal-release', new Date(NOW));
  saveClearance(local, 'ben', 'abdominal-release', new Date(NOW));
  saveThemeChoice(local, 'dark');
  saveVoiceSettings(local, { ...DEFAULT_VOICE_SETTINGS, speech: false });
  writePrefs(local, { idleDetection: true, sound: false });
  session.setItem(DRAFT_KEY, '{"version":1}');
  return { local, session };
}

describe('forgetPersonOnDevice', () => {
  it('removes what the device holds of the deleted account', () => {
    const { local, session } = sharedBrowser();
    expect(readLog(local)).toHaveLength(1);

    forgetPersonOnDevice('ana', { local, session }, now);

    const queue = createQueueStore(local, now).read();
    expect(queue.pending.map((e) => e.owner)).toEqual(['ben']);
    expect(queue.failed).toEqual([]);
    expect(readOutbox(local).map((e) => [e.event.kind, e.owner])).toEqual([['meeting-end', 'ben']]);
    for (const key of [STORAGE_KEYS.state, STORAGE_KEYS.log, SAVED_SESSION_KEY]) {
      expect(local.map.has(key), key).toBe(false);
    }
    expect(session.map.has(DRAFT_KEY)).toBe(false);
  });

  it('forgets only the deleted account’s checklist clearances', () => {
    const { local, session } = sharedBrowser();
    forgetPersonOnDevice('ana', { local, session }, now);
    expect(readClearance(local, 'ana', 'abdominal-release', NOW)).toBeNull();
    expect(readClearance(local, 'ben', 'abdominal-release', NOW)?.getTime()).toBe(NOW);

    forgetPersonOnDevice('ben', { local, session }, now);
    expect(local.map.has(CLEARANCE_STORAGE_KEY)).toBe(false);
  });

  it('keeps a session in progress that another account saved', () => {
    const { local, session } = sharedBrowser();
    storeSession(local, 'ben', '2026-03-04', PLAN_SESSION, createSessionState(STEPS));
    forgetPersonOnDevice('ana', { local, session }, now);
    expect(local.map.has(SAVED_SESSION_KEY)).toBe(true);
    forgetPersonOnDevice('ben', { local, session }, now);
    expect(local.map.has(SAVED_SESSION_KEY)).toBe(false);
  });

  it('keeps the device’s own preferences', () => {
    const { local, session } = sharedBrowser();
    const kept = [THEME_STORAGE_KEY, VOICE_SETTINGS_KEY, STORAGE_KEYS.prefs];
    const before = kept.map((key) => local.map.get(key));

    forgetPersonOnDevice('ana', { local, session }, now);

    expect(kept.map((key) => local.map.get(key))).toEqual(before);
    expect(before.every((value) => value !== undefined)).toBe(true);
  });

  it('leaves the queue document alone when nothing in it is the person’s', () => {
    const { local, session } = sharedBrowser();
    forgetPersonOnDevice('ana', { local, session }, now);
    const stored = local.map.get(QUEUE_STORAGE_KEY);
    forgetPersonOnDevice('ana', { local, session }, now);
    expect(local.map.get(QUEUE_STORAGE_KEY)).toBe(stored);
  });

  it('does nothing, and does not throw, without storage', () => {
    expect(() =>
      forgetPersonOnDevice('ana', { local: undefined, session: undefined }, now),
    ).not.toThrow();
  });
});
