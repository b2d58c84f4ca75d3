import { describe, expect, it } from 'vitest';
import {
  THEME_STORAGE_KEY,
  applyThemeChoice,
  parseThemeChoice,
  readThemeChoice,
  saveThemeChoice,
} from './theme.ts';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & {
  items: Map<string, string>;
} {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('theme choice', () => {
  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
    ['system', 'system'],
    ['purple', 'system'],
    [null, 'system'],
  ] as const)('parses %s as %s', (stored, choice) => {
    expect(parseThemeChoice(stored)).toBe(choice);
  });

  it('remembers light and dark, and forgets the key for system', () => {
    const storage = memoryStorage();
    saveThemeChoice(storage, 'dark');
    expect(storage.items.get(THEME_STORAGE_KEY)).toBe('dark');
    expect(readThemeChoice(storage)).toBe('dark');
    saveThemeChoice(storage, 'system');
    expect(storage.items.has(THEME_STORAGE_KEY)).toBe(false);
  });

  it('falls back to system when storage throws', () => {
    const throwing = {
      getItem: (): string | null => {
        throw new Error('blocked');
      },
      setItem: (): void => {
        throw new Error('blocked');
      },
      removeItem: (): void => {
        throw new Error('blocked');
      },
    };
    expect(readThemeChoice(throwing)).toBe('system');
    expect(() => saveThemeChoice(throwing, 'light')).not.toThrow();
  });

  it('sets data-theme for light and dark and removes it for system', () => {
    const root = { dataset: {} as DOMStringMap };
    applyThemeChoice(root, 'light');
    expect(root.dataset['theme']).toBe('light');
    applyThemeChoice(root, 'system');
    expect(root.dataset['theme']).toBeUndefined();
  });
});
