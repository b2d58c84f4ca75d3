/**
 * The person's theme choice. public/theme-init.js applies a stored choice before the first
 * paint; this module changes it afterwards. Both use the same key and values.
 */

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export const THEME_STORAGE_KEY = 'psoas-coach.theme';

export function parseThemeChoice(value: string | null | undefined): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

type ThemeStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readThemeChoice(storage: ThemeStorage | undefined): ThemeChoice {
  try {
    return parseThemeChoice(storage?.getItem(THEME_STORAGE_KEY));
  } catch {
    // Blocked storage means no saved choice, not a broken page.
    return 'system';
  }
}

export function saveThemeChoice(storage: ThemeStorage | undefined, choice: ThemeChoice): void {
  try {
    if (choice === 'system') storage?.removeItem(THEME_STORAGE_KEY);
    else storage?.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // The choice still applies to this visit; it just will not be remembered.
  }
}

/** "system" removes the attribute so the CSS follows prefers-color-scheme. */
export function applyThemeChoice(root: Pick<HTMLElement, 'dataset'>, choice: ThemeChoice): void {
  if (choice === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = choice;
}

/** localStorage throws on access in some privacy modes; treat that as no storage. */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
