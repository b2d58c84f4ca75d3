import { describe, expect, it } from 'vitest';
import {
  CLEARANCE_DAYS,
  CLEARANCE_STORAGE_KEY,
  forgetClearance,
  readClearance,
  saveClearance,
} from './checklist-clearance.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

describe('checklist clearance on the device', () => {
  it('remembers a clearance and when it was given', () => {
    const storage = memoryStorage();
    saveClearance(storage, 'abdominal-release', new Date(T0));
    expect(readClearance(storage, 'abdominal-release', T0 + DAY)?.getTime()).toBe(T0);
  });

  it(`expires after ${CLEARANCE_DAYS} days, so the questions are asked again`, () => {
    const storage = memoryStorage();
    saveClearance(storage, 'abdominal-release', new Date(T0));
    expect(
      readClearance(storage, 'abdominal-release', T0 + (CLEARANCE_DAYS - 1) * DAY),
    ).not.toBeNull();
    expect(readClearance(storage, 'abdominal-release', T0 + CLEARANCE_DAYS * DAY)).toBeNull();
  });

  it('ignores a clearance dated in the future (a changed clock)', () => {
    const storage = memoryStorage();
    saveClearance(storage, 'abdominal-release', new Date(T0 + DAY));
    expect(readClearance(storage, 'abdominal-release', T0)).toBeNull();
  });

  it('treats corrupt or foreign storage as no clearance', () => {
    for (const raw of ['not json', '[]', '{"abdominal-release": 5}', '{"other": "2026-11-23"}']) {
      const storage = memoryStorage({ [CLEARANCE_STORAGE_KEY]: raw });
      expect(readClearance(storage, 'abdominal-release', T0)).toBeNull();
    }
  });

  it('forgets a clearance on request', () => {
    const storage = memoryStorage();
    saveClearance(storage, 'abdominal-release', new Date(T0));
    forgetClearance(storage, 'abdominal-release');
    expect(readClearance(storage, 'abdominal-release', T0)).toBeNull();
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => undefined,
    };
    expect(() => saveClearance(broken, 'abdominal-release', new Date(T0))).not.toThrow();
    expect(readClearance(broken, 'abdominal-release', T0)).toBeNull();
  });
});
