import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { scriptedInput } from '../line-input.ts';
import { askLogin } from './login-prompt.ts';
import { readTerminalLine, type RawTerminal } from './terminal-line.ts';
import { failureOf } from '../test-support/failure-of.ts';

/** A terminal that records its raw mode and takes keys typed by the test. */
class FakeTerminal extends EventEmitter implements RawTerminal {
  isRaw = false;
  readonly modes: boolean[] = [];
  setRawMode(mode: boolean): this {
    this.isRaw = mode;
    this.modes.push(mode);
    return this;
  }
  resume(): this {
    return this;
  }
  pause(): this {
    return this;
  }
  /** Types each chunk, as a terminal sends keys (a paste arrives as one chunk). */
  type(...chunks: (string | Buffer)[]): void {
    for (const chunk of chunks) this.emit('data', chunk);
  }
}

function recorder() {
  let written = '';
  return { write: (text: string) => (written += text), written: () => written };
}

describe('readTerminalLine', () => {
  it('reads a password in raw mode without writing any of it, then gives the mode back', async () => {
    const tty = new FakeTerminal();
    const out = recorder();
    const line = readTerminalLine(tty, out.write, { echo: false });
    expect(tty.isRaw).toBe(true);
    tty.type('s3cr', 'et-pass', '\r');
    expect(await line).toBe('s3cret-pass');
    expect(out.written()).toBe('\n');
    expect(tty.isRaw).toBe(false);
    expect(tty.listenerCount('data')).toBe(0);
  });

  it('echoes what it may, and edits with backspace and Ctrl-U', async () => {
    const tty = new FakeTerminal();
    const out = recorder();
    const line = readTerminalLine(tty, out.write, { echo: true });
    tty.type('anx', '\u007f', 'a@', '\u0015', 'ana@example.com\r');
    expect(await line).toBe('ana@example.com');
    expect(out.written()).toContain('ana@example.com');
  });

  it('removes a whole character on backspace, and skips arrow keys', async () => {
    const tty = new FakeTerminal();
    const line = readTerminalLine(tty, () => undefined, { echo: false });
    tty.type(Buffer.from('pé', 'utf8'), '€', '\u007f', '\u001b[D', '\u001b[C', 'x\r');
    expect(await line).toBe('péx');
  });

  it('stops at the first Enter of a paste', async () => {
    const tty = new FakeTerminal();
    const line = readTerminalLine(tty, () => undefined, { echo: false });
    tty.type('pasted\rmore\r');
    expect(await line).toBe('pasted');
  });

  it('turns Ctrl-C into an interruption, with the terminal given back', async () => {
    const tty = new FakeTerminal();
    const line = readTerminalLine(tty, () => undefined, { echo: false });
    tty.type('half', '\u0003');
    expect(await failureOf(line)).toEqual({ kind: 'interrupted' });
    expect(tty.modes).toEqual([true, false]);
  });

  it('ends the input on Ctrl-D at the start of the line', async () => {
    const tty = new FakeTerminal();
    const line = readTerminalLine(tty, () => undefined, { echo: false });
    tty.type('\u0004');
    expect(await line).toBeUndefined();
  });

  it('keeps a raw terminal raw afterwards', async () => {
    const tty = new FakeTerminal();
    tty.isRaw = true;
    const line = readTerminalLine(tty, () => undefined, { echo: false });
    tty.type('x\r');
    await line;
    expect(tty.isRaw).toBe(true);
  });
});

describe('askLogin', () => {
  it('reads the email and then the password as piped lines, writing nothing', async () => {
    const out = recorder();
    const answers = await askLogin(
      { input: scriptedInput(['ana@example.com', ' pass word ']), tty: null, write: out.write },
      undefined,
    );
    expect(answers).toEqual({ email: 'ana@example.com', password: ' pass word ' });
    expect(out.written()).toBe('');
  });

  it('asks only the password when the email was given', async () => {
    const answers = await askLogin(
      { input: scriptedInput(['the-password']), tty: null, write: () => undefined },
      'ana@example.com',
    );
    expect(answers).toEqual({ email: 'ana@example.com', password: 'the-password' });
  });

  it('fails as ended input when the password is missing', async () => {
    const failure = await failureOf(
      askLogin({ input: scriptedInput([]), tty: null, write: () => undefined }, 'a@b.c'),
    );
    expect(failure).toMatchObject({ kind: 'input-ended', answered: 0, total: 1 });
  });

  it('in a terminal, shows the email as typed but never the password', async () => {
    const tty = new FakeTerminal();
    const out = recorder();
    const answers = askLogin({ input: scriptedInput([]), tty, write: out.write }, undefined);
    // Each question is asked once the previous one is answered, as a person would type.
    await Promise.resolve();
    tty.type('ana@example.com\r');
    await new Promise((resolve) => setImmediate(resolve));
    tty.type('\r'); // an empty password is asked again
    await new Promise((resolve) => setImmediate(resolve));
    tty.type('hunter2-hunter2\r');
    expect(await answers).toEqual({ email: 'ana@example.com', password: 'hunter2-hunter2' });
    expect(out.written()).toContain('ana@example.com');
    expect(out.written()).not.toContain('hunter2');
    expect(out.written().match(/Password/g)).toHaveLength(2);
    expect(tty.isRaw).toBe(false);
  });
});
