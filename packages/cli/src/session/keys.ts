/**
 * The player's keys, as pure functions of what the terminal sends in raw mode. A chunk may hold
 * several keys (typed fast, pasted, or sent by tmux in one go), so it is split first.
 *
 * space: pause or resume; s or →: skip; b or ←: back; Enter: rep done; q: end early, which
 * asks first (y ends, anything else carries on); Ctrl-C: stop at once, nothing saved.
 */

export type KeyAction =
  | 'toggle-pause'
  | 'skip'
  | 'back'
  | 'rep-done'
  | 'ask-quit'
  | 'confirm-quit'
  | 'cancel-quit'
  | 'abort';

const RIGHT = ['\u001b[C', '\u001bOC'];
const LEFT = ['\u001b[D', '\u001bOD'];
const CTRL_C = '\u0003';

const ESC = '\u001b';

/** The length of the escape sequence at the start of `text`: CSI (ESC [ ... final) or SS3. */
function sequenceLength(text: string): number {
  if (text[1] === 'O' && text.length >= 3) return 3;
  if (text[1] !== '[') return 1;
  for (let i = 2; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x40 && code <= 0x7e) return i + 1;
  }
  return text.length;
}

/**
 * Splits raw terminal input into keys: CSI and SS3 sequences (arrows, F-keys) stay whole, a
 * CR LF pair is one Enter, anything else is one character.
 */
export function splitKeys(data: string): string[] {
  const keys: string[] = [];
  let i = 0;
  while (i < data.length) {
    const rest = data.slice(i);
    let length: number;
    if (rest.startsWith(ESC)) length = sequenceLength(rest);
    else if (rest.startsWith('\r\n')) length = 2;
    else length = [...rest][0]?.length ?? 1;
    keys.push(rest.slice(0, length));
    i += length;
  }
  return keys;
}

/** What one key does; `confirming` while the "end the session?" question is open. */
export function keyAction(key: string, confirming: boolean): KeyAction | null {
  if (key === CTRL_C) return 'abort';
  if (confirming) return key.toLowerCase() === 'y' ? 'confirm-quit' : 'cancel-quit';
  if (key === ' ') return 'toggle-pause';
  if (key === 's' || key === 'S' || RIGHT.includes(key)) return 'skip';
  if (key === 'b' || key === 'B' || LEFT.includes(key)) return 'back';
  if (key === '\r' || key === '\n' || key === '\r\n') return 'rep-done';
  if (key === 'q' || key === 'Q') return 'ask-quit';
  return null;
}

/** The key help line of the live view. */
export const KEY_HELP = 'space pause · s/→ skip · b/← back · Enter rep done · q end';
