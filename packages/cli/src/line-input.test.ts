import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { scriptedInput, streamInput } from './line-input.ts';

async function readAll(input: { readLine: () => Promise<string | undefined> }) {
  const lines: string[] = [];
  for (let line = await input.readLine(); line !== undefined; line = await input.readLine()) {
    lines.push(line);
  }
  return lines;
}

describe('streamInput', () => {
  it('gives one line per read, CRLF or LF, a last line without a break, then the end', async () => {
    const input = streamInput(Readable.from(['y\r\nn', 'o\nmaybe\n', 'yes']), false);
    expect(await readAll(input)).toEqual(['y', 'no', 'maybe', 'yes']);
    expect(await input.readLine()).toBeUndefined();
    input.close();
  });

  it('does not touch the stream until the first read', () => {
    const stream = Readable.from(['n\n']);
    const input = streamInput(stream, true);
    expect(stream.listenerCount('data')).toBe(0);
    expect(input.isTTY).toBe(true);
    input.close();
  });
});

describe('scriptedInput', () => {
  it('gives the lines in order, then the end', async () => {
    expect(await readAll(scriptedInput(['a', 'b']))).toEqual(['a', 'b']);
  });
});
