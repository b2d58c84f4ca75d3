import { assertNever, type BreakKind } from '@psoas/core';

/**
 * The keys of `psoas breaks`, as pure functions of the key and the mode the prompt is in, so the
 * mapping is tested without a terminal. Raw mode delivers Ctrl-C as "\u0003": it quits.
 */

export type BreakKeyAction =
  | { readonly kind: 'take' }
  | { readonly kind: 'snooze' }
  | { readonly kind: 'skip' }
  | { readonly kind: 'meeting' }
  | { readonly kind: 'quit' }
  | { readonly kind: 'choose'; readonly breakKind: BreakKind }
  | { readonly kind: 'cancel' }
  /** Back at the desk: ends a break in progress. */
  | { readonly kind: 'back' }
  | { readonly kind: 'none' };

/** `idle`: waiting; `choose`: asked how the break is spent; `on-break`: a break is running. */
export type KeyMode = 'idle' | 'choose' | 'on-break';

const CTRL_C = '\u0003';
const ESC = '\u001b';
const ENTER = new Set(['\r', '\n']);

export function actionForKey(key: string, mode: KeyMode): BreakKeyAction {
  if (key === CTRL_C) return { kind: 'quit' };
  const k = key.toLowerCase();
  switch (mode) {
    case 'choose':
      // Walking first: light walking beat standing still (dunstan-2012, hedge-cornell).
      if (ENTER.has(key) || k === 'w') return { kind: 'choose', breakKind: 'walk' };
      if (k === 's') return { kind: 'choose', breakKind: 'stand' };
      if (k === 'r') return { kind: 'choose', breakKind: 'stretch' };
      if (key === ESC || k === 'c') return { kind: 'cancel' };
      if (k === 'q') return { kind: 'quit' };
      return { kind: 'none' };
    case 'on-break':
      if (ENTER.has(key) || k === 'b') return { kind: 'back' };
      if (k === 'q') return { kind: 'quit' };
      return { kind: 'none' };
    case 'idle':
      if (k === 't') return { kind: 'take' };
      if (k === 'z') return { kind: 'snooze' };
      if (k === 'k') return { kind: 'skip' };
      if (k === 'm') return { kind: 'meeting' };
      if (k === 'q') return { kind: 'quit' };
      return { kind: 'none' };
    default:
      return assertNever(mode);
  }
}

/** Raw mode can deliver several keys in one chunk (typing fast, or a paste): one at a time. */
export function splitKeys(data: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < data.length; i += 1) {
    const ch = data[i] ?? '';
    // An escape sequence (arrow keys) is one key, not an Esc followed by letters.
    if (ch === ESC && data[i + 1] === '[') {
      let end = i + 2;
      while (end < data.length && !/[A-Za-z~]/.test(data[end] ?? '')) end += 1;
      keys.push(data.slice(i, end + 1));
      i = end;
    } else keys.push(ch);
  }
  return keys;
}

export const KEY_HELP = {
  idle: 't take a break · z snooze · k skip · m meeting on/off · q quit',
  choose: 'how? w walk (Enter) · s stand · r stretch · Esc cancel',
  'on-break': 'Enter when you are back · q quit',
} as const satisfies Record<KeyMode, string>;
