import { StringDecoder } from 'node:string_decoder';
import { CliError } from '../errors.ts';

/**
 * One line typed in the terminal, read key by key in raw mode so that a password is never
 * echoed: the terminal's own echo is off in raw mode, and this writes back only what `echo`
 * allows. Reading the email the same way (echoed) keeps stdin in one reader's hands, instead of
 * a line reader that would also swallow the password's keys.
 */

/** The part of a TTY ReadStream this needs (process.stdin in a terminal). */
export type RawTerminal = {
  readonly isRaw?: boolean;
  setRawMode(mode: boolean): unknown;
  on(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
  removeListener(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
  resume(): unknown;
  pause(): unknown;
};

const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const CTRL_U = '\u0015';
const BACKSPACES = new Set(['\u007f', '\b']);
const ESCAPE = '\u001b';

/**
 * Reads up to Enter. Ctrl-C rejects with an `interrupted` CliError (raw mode turns it into a
 * key, not a signal); Ctrl-D on an empty line is the end of input (undefined). The terminal's
 * mode is given back whatever happens.
 */
export function readTerminalLine(
  tty: RawTerminal,
  write: (text: string) => void,
  options: { readonly echo: boolean },
): Promise<string | undefined> {
  const wasRaw = tty.isRaw === true;
  const decoder = new StringDecoder('utf8');
  // Code points, so one backspace removes one character, an accented or emoji one included.
  const typed: string[] = [];
  let inEscape = false;

  return new Promise((resolve, reject) => {
    const finish = (outcome: () => void): void => {
      tty.removeListener('data', onData);
      tty.setRawMode(wasRaw);
      tty.pause();
      write('\n');
      outcome();
    };
    const onKey = (key: string): boolean => {
      // Arrow and function keys arrive as ESC [ ... letter: skip them whole, they edit nothing.
      if (inEscape) {
        if (/[A-Za-z~]/.test(key)) inEscape = false;
        return false;
      }
      if (key === ESCAPE) {
        inEscape = true;
        return false;
      }
      if (key === '\r' || key === '\n') {
        finish(() => resolve(typed.join('')));
        return true;
      }
      if (key === CTRL_C) {
        finish(() => reject(new CliError({ kind: 'interrupted' })));
        return true;
      }
      if (key === CTRL_D && typed.length === 0) {
        finish(() => resolve(undefined));
        return true;
      }
      if (BACKSPACES.has(key)) {
        if (typed.pop() !== undefined && options.echo) write('\b \b');
      } else if (key === CTRL_U) {
        if (options.echo) write('\b \b'.repeat(typed.length));
        typed.length = 0;
      } else if (key >= ' ') {
        typed.push(key);
        if (options.echo) write(key);
      }
      return false;
    };
    function onData(chunk: Buffer | string): void {
      const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
      // A paste arrives as one chunk, "secret\r" included: stop at the first Enter.
      for (const key of text) if (onKey(key)) return;
    }
    tty.setRawMode(true);
    tty.on('data', onData);
    tty.resume();
  });
}
