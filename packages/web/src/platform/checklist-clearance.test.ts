import { describe, expect, it } from 'vitest';
import {
  CLEARANCE_DAYS,
  CLEARANCE_STORAGE_KEY,
  forgetAccountClearances,
  forgetClearance,
  readClearance,
  saveClearance,
} from './checklist-clearance.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
const ANA = 'acc-ana';
const BEN = 'acc-ben';

describe('checklist clearance on the device', () => {
  it('remembers a clearance and when it was given', () => {
    const storage = memoryStorage();
    saveClearance(storage, ANA, 'abdominal-release', new Date(T0));
    expect(readClearance(storage, ANA, 'abdominal-release', T0 + DAY)?.getTime()).toBe(T0);
  });

  it('does not unlock for another account: Ana’s clearance is not Ben’s', () => {
    const storage = memoryStorage();
    saveClearance(storage, ANA, 'abdominal-release', new Date(T0));
    expect(readClearance(storage, BEN, 'abdominal-release', T0 + DAY)).toBeNull();

    saveClearance(storage, BEN, 'abdominal-release', new Date(T0 + DAY));
    expect(readClearance(storage, ANA, 'abdominal-release', T0 + DAY)?.getTime()).toBe(T0);
    expect(readClearance(storage, BEN, 'abdominal-release', T0 + DAY)?.getTime()).toBe(T0 + DAY);
  });

  it('treats an account id like "__proto__" as an ordinary account', () => {
    const storage = memoryStorage();
    saveClearance(storage, '__proto__', 'abdominal-release', new Date(T0));
    expect(readClearance(storage, '__proto__', 'abdominal-release', T0)?.getTime()).toBe(T0);
    expect(readClearance(storage, ANA, 'abdominal-release', T0)).toBeNull();
  });

  it(`expires after ${CLEARANCE_DAYS} days, so the questions are asked again`, () => {
    const storage = memoryStorage();
    saveClearance(storage, ANA, 'abdominal-release', new Date(T0));
    expect(
      readClearance(storage, ANA, 'abdominal-release', T0 + (CLEARANCE_DAYS - 1) * DAY),
    ).not.toBeNull();
    expect(readClearance(storage, ANA, 'abdominal-release', T0 + CLEARANCE_DAYS * DAY)).toBeNull();
  });

  it('drops expired clearances of every account when saving a new one', () => {
    const storage = memoryStorage();
    saveClearance(storage, BEN, 'abdominal-release', new Date(T0));
    saveClearance(storage, ANA, 'abdominal-release', new Date(T0 + CLEARANCE_DAYS * DAY));
    expect(storage.map.get(CLEARANCE_STORAGE_KEY)).not.toContain(BEN);
    expect(
      readClearance(storage, ANA, 'abdominal-release', T0 + CLEARANCE_DAYS * DAY),
    ).not.toBeNull();
  });

  it('ignores a clearance dated in the future (a changed clock)', () => {
    const storage = memoryStorage();
    saveClearance(storage, ANA, 'abdominal-release', new Date(T0 + DAY));
    expect(readClearance(storage, ANA, 'abdominal-release', T0)).toBeNull();
  });

  it('drops a clearance stored before accounts: it says nothing about whose answer it was', () => {
    const legacy = JSON.stringify({ 'abdominal-release': new Date(T0).toISOString() });
    const storage = memoryStorage({ [CLEARANCE_STORAGE_KEY]: legacy });
    expect(readClearance(storage, ANA, 'abdominal-release', T0 + DAY)).toBeNull();

    // The next clearance replaces the old document rather than merging into it.
    saveClearance(storage, BEN, 'abdominal-release', new Date(T0 + DAY));
    expect(JSON.parse(storage.map.get(CLEARANCE_STORAGE_KEY) ?? 'null')).toEqual({
      version: 2,
      accounts: { [BEN]: { 'abdominal-release': new Date(T0 + DAY).toISOString() } },
    });
  });

  it('treats corrupt or foreign storage as no clearance', () => {
    const iso = new Date(T0).toISOString();
    for (const raw of [
      'not json',
      '[]',
      '{"version":2,"accounts":[]}',
      '{"version":3,"accounts":{"acc-ana":{"abdominal-release":"' + iso + '"}}}',
      '{"version":2,"accounts":{"acc-ana":{"abdominal-release":5}}}',
      '{"version":2,"accounts":{"acc-ana":{"other":"' + iso + '"}}}',
      '{"version":2,"accounts":{"acc-ana":"' + iso + '"}}',
    ]) {
      const storage = memoryStorage({ [CLEARANCE_STORAGE_KEY]: raw });
      expect(readClearance(storage, ANA, 'abdominal-release', T0), raw).toBeNull();
    }
  });

  it('forgets one clearance of one account on request', () => {
    const storage = memoryStorage();
    saveClearance(storage, ANA, 'abdominal-release', new Date(T0));
    saveClearance(storage, BEN, 'abdominal-release', new Date(T0));
    forgetClearance(storage, ANA, 'abdominal-release');
    expect(readClearance(storage, ANA, 'abdominal-release', T0)).toBeNull();
    expect(readClearance(storage, BEN, 'abdominal-release', T0)).not.toBeNull();
    forgetClearance(storage, BEN, 'abdominal-release');
    expect(storage.map.has(CLEARANCE_STORAGE_KEY)).toBe(false);
  });

  it('forgets every clearance of a deleted account and keeps the others', () => {
    const storage = memoryStorage();
    saveClearance(storage, ANA, 'abdominal-release', new Date(T0));
    saveClearance(storage, BEN, 'abdominal-release', new Date(T0));
    forgetAccountClearances(storage, ANA);
    expect(readClearance(storage, ANA, 'abdominal-release', T0)).toBeNull();
    expect(readClearance(storage, BEN, 'abdominal-release', T0)?.getTime()).toBe(T0);
    forgetAccountClearances(storage, BEN);
    expect(storage.map.has(CLEARANCE_STORAGE_KEY)).toBe(false);
  });

  it('removes a pre-accounts document when an account is deleted', () => {
    const legacy = JSON.stringify({ 'abdominal-release': new Date(T0).toISOString() });
    const storage = memoryStorage({ [CLEARANCE_STORAGE_KEY]: legacy });
    forgetAccountClearances(storage, ANA);
    expect(storage.map.has(CLEARANCE_STORAGE_KEY)).toBe(false);
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    expect(() => saveClearance(broken, ANA, 'abdominal-release', new Date(T0))).not.toThrow();
    expect(() => forgetClearance(broken, ANA, 'abdominal-release')).not.toThrow();
    expect(() => forgetAccountClearances(broken, ANA)).not.toThrow();
    expect(readClearance(broken, ANA, 'abdominal-release', T0)).toBeNull();
    expect(readClearance(undefined, ANA, 'abdominal-release', T0)).toBeNull();
  });
});
