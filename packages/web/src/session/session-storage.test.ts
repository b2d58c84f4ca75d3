import { asInstant, createSessionState, transitionSession } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import {
  SAVED_SESSION_KEY,
  SAVED_SESSION_OWNER_KEY,
  clearSession,
  loadSession,
  restoreState,
  storeSession,
} from './session-resume.ts';
import { PLAN_SESSION, STEPS, T0 } from './session-test-support.ts';
import {
  DEFAULT_VOICE_SETTINGS,
  VOICE_SETTINGS_KEY,
  parseVoiceSettings,
  readVoiceSettings,
  saveVoiceSettings,
} from './voice-settings.ts';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & {
  readonly map: Map<string, string>;
} {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

describe('voice settings', () => {
  it('round-trips through storage', () => {
    const storage = memoryStorage();
    const settings = { voiceUri: 'urn:voice', rate: 1.3, speech: false, beeps: true };
    saveVoiceSettings(storage, settings);
    expect(readVoiceSettings(storage)).toEqual(settings);
  });

  it.each([null, '', 'not json', '[]', '42', '{"rate":"fast"}'])(
    'falls back to the defaults for %j',
    (stored) => {
      expect(parseVoiceSettings(stored)).toEqual(DEFAULT_VOICE_SETTINGS);
    },
  );

  it('keeps the good fields and drops the bad ones', () => {
    expect(parseVoiceSettings('{"rate":9,"speech":false,"voiceUri":7}')).toEqual({
      ...DEFAULT_VOICE_SETTINGS,
      speech: false,
    });
  });

  it('survives storage that throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    expect(readVoiceSettings(throwing)).toEqual(DEFAULT_VOICE_SETTINGS);
    expect(() => saveVoiceSettings(throwing, DEFAULT_VOICE_SETTINGS)).not.toThrow();
    expect(VOICE_SETTINGS_KEY).toMatch(/^psoas-coach\./);
  });
});

describe('the session in progress', () => {
  const running = transitionSession(createSessionState(STEPS), { type: 'start', now: T0 });
  const later = transitionSession(running, { type: 'tick', now: asInstant(T0 + 12_000) });

  it('is stored and read back where it was, without replaying its cues', () => {
    const storage = memoryStorage();
    storeSession(storage, 'ana', '2026-03-02', PLAN_SESSION, later);
    const saved = loadSession(storage, 'ana');
    expect(saved?.date).toBe('2026-03-02');
    expect(saved?.state).toMatchObject({
      status: 'running',
      index: later.status === 'running' ? later.index : -1,
    });
    expect(saved?.state.cues).toEqual([]);
  });

  it('is dropped when it cannot be read', () => {
    const storage = memoryStorage();
    storage.setItem(SAVED_SESSION_KEY, '{"version":1,"state":"nope"}');
    expect(loadSession(storage, 'ana')).toBeNull();
    expect(storage.map.has(SAVED_SESSION_KEY)).toBe(false);
    storage.setItem(SAVED_SESSION_KEY, '{broken');
    expect(loadSession(storage, 'ana')).toBeNull();
    clearSession(storage);
    expect(loadSession(storage, 'ana')).toBeNull();
  });

  it('resumes only for the account it was saved for, and stays there for them', () => {
    const storage = memoryStorage();
    storeSession(storage, 'ana', '2026-03-02', PLAN_SESSION, later);
    expect(loadSession(storage, 'ben')).toBeNull();
    expect(loadSession(storage, 'ana')?.date).toBe('2026-03-02');
    clearSession(storage);
    expect(storage.map.size).toBe(0);
  });

  it('resumes a session saved before accounts for whoever is signed in', () => {
    const storage = memoryStorage();
    storeSession(storage, 'ana', '2026-03-02', PLAN_SESSION, later);
    storage.removeItem(SAVED_SESSION_OWNER_KEY); // the shape before accounts
    expect(loadSession(storage, 'ben')?.date).toBe('2026-03-02');
  });

  it('comes back paused at the same step after a short reload', () => {
    const restored = restoreState(later, asInstant(T0 + 13_000));
    expect(restored.status).toBe('paused');
    expect(restored).toMatchObject({ index: later.status === 'running' ? later.index : -1 });
    expect(restored.cues).toEqual([]);
  });

  it('comes back auto-paused where it stood after a long gap', () => {
    const restored = restoreState(later, asInstant(T0 + 3_600_000));
    expect(restored).toMatchObject({
      status: 'auto-paused',
      reason: 'gap',
      index: later.status === 'running' ? later.index : -1,
      pausedAt: T0 + 12_000,
    });
  });
});
