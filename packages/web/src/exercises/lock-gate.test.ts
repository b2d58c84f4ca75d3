import type { Lock } from '@psoas/core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AccountContext, type AccountValue } from '../account/account-context.ts';
import type { AccountState } from '../platform/account-session.ts';
import {
  CLEARANCE_DAYS,
  CLEARANCE_STORAGE_KEY,
  saveClearance,
} from '../platform/checklist-clearance.ts';
import { LockGate } from './LockGate.tsx';

const LOCK: Lock = { checklist: 'abdominal-release', reason: 'It presses deep into the belly.' };
const HOW_TO = 'the steps of the release';
const FORM_BUTTON = 'Check my answers';
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 4, 9, 0, 0);

function signedIn(id: string): AccountState {
  return {
    status: 'signed-in',
    account: {
      id,
      email: `${id}@example.com`,
      name: id,
      role: 'person',
      createdAt: '2025-03-01T09:00:00.000Z',
    },
    csrfToken: 'tok',
  };
}

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

let storage: ReturnType<typeof memoryStorage>;

beforeEach(() => {
  // LockGate reads window.localStorage (through browserStorage); the tests run in Node.
  storage = memoryStorage();
  vi.stubGlobal('window', { localStorage: storage });
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function render(state: AccountState): string {
  const value: AccountValue = {
    state,
    signIn: () => Promise.resolve(),
    signUp: () => Promise.resolve(),
    signOut: () => Promise.resolve(),
    refresh: () => Promise.resolve(),
    forget: () => undefined,
  };
  return renderToStaticMarkup(
    createElement(
      MemoryRouter,
      { initialEntries: ['/exercises/abdominal-psoas-release'] },
      createElement(
        AccountContext.Provider,
        { value },
        createElement(LockGate, { lock: LOCK, children: HOW_TO }),
      ),
    ),
  );
}

describe('LockGate', () => {
  it('unlocks for the account that cleared the checklist', () => {
    saveClearance(storage, 'ana', 'abdominal-release', new Date(NOW));
    const html = render(signedIn('ana'));
    expect(html).toContain(HOW_TO);
    expect(html).toContain('Answer the checklist again');
  });

  it('stays locked for Ben after Ana cleared it on the same browser', () => {
    saveClearance(storage, 'ana', 'abdominal-release', new Date(NOW));
    const html = render(signedIn('ben'));
    expect(html).not.toContain(HOW_TO);
    expect(html).toContain('Locked: answer the safety checklist first');
    expect(html).toContain(FORM_BUTTON);
  });

  it('stays locked once the clearance has expired', () => {
    saveClearance(storage, 'ana', 'abdominal-release', new Date(NOW - CLEARANCE_DAYS * DAY));
    const html = render(signedIn('ana'));
    expect(html).not.toContain(HOW_TO);
    expect(html).toContain(FORM_BUTTON);
  });

  it('ignores a clearance stored before accounts', () => {
    storage.setItem(
      CLEARANCE_STORAGE_KEY,
      JSON.stringify({ 'abdominal-release': new Date(NOW).toISOString() }),
    );
    expect(render(signedIn('ana'))).not.toContain(HOW_TO);
  });

  it('signed out, offers to sign in instead of the checklist, even with a device clearance', () => {
    // What a browser held before accounts: a clearance that unlocked for whoever came next.
    storage.setItem(
      CLEARANCE_STORAGE_KEY,
      JSON.stringify({ 'abdominal-release': new Date(NOW).toISOString() }),
    );
    const html = render({ status: 'signed-out' });
    expect(html).not.toContain(HOW_TO);
    expect(html).not.toContain(FORM_BUTTON);
    expect(html).toContain('Locked: answer the safety checklist first');
    expect(html).toContain(LOCK.reason);
    expect(html).toContain('href="/signin?next=%2Fexercises%2Fabdominal-psoas-release"');
    expect(html).toContain('href="/signup?next=%2Fexercises%2Fabdominal-psoas-release"');
  });

  it('while GET /api/me is under way, shows neither the how-to nor the checklist', () => {
    saveClearance(storage, 'ana', 'abdominal-release', new Date(NOW));
    const html = render({ status: 'loading' });
    expect(html).not.toContain(HOW_TO);
    expect(html).not.toContain(FORM_BUTTON);
    expect(html).toContain('role="status"');
  });
});
