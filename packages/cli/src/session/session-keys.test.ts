import { describe, expect, it } from 'vitest';
import { keyAction, splitKeys } from './keys.ts';

describe('splitKeys', () => {
  it.each([
    ['s', ['s']],
    ['ssb', ['s', 's', 'b']],
    ['\u001b[C\u001b[D', ['\u001b[C', '\u001b[D']],
    ['\u001bOC s', ['\u001bOC', ' ', 's']],
    ['\r\nq', ['\r\n', 'q']],
    ['\u001b[1;5C', ['\u001b[1;5C']],
    ['é', ['é']],
  ])('splits %j into keys', (data, keys) => {
    expect(splitKeys(data)).toEqual(keys);
  });
});

describe('keyAction', () => {
  it.each([
    [' ', 'toggle-pause'],
    ['s', 'skip'],
    ['\u001b[C', 'skip'],
    ['\u001bOC', 'skip'],
    ['b', 'back'],
    ['\u001b[D', 'back'],
    ['\r', 'rep-done'],
    ['\n', 'rep-done'],
    ['q', 'ask-quit'],
    ['\u0003', 'abort'],
    ['x', null],
    ['\u001b[A', null],
  ])('maps %j to %s', (key, action) => {
    expect(keyAction(key, false)).toBe(action);
  });

  it('asks before ending: y ends, any other key carries on, Ctrl-C still stops', () => {
    expect(keyAction('y', true)).toBe('confirm-quit');
    expect(keyAction('Y', true)).toBe('confirm-quit');
    expect(keyAction('n', true)).toBe('cancel-quit');
    expect(keyAction(' ', true)).toBe('cancel-quit');
    expect(keyAction('q', true)).toBe('cancel-quit');
    expect(keyAction('\u0003', true)).toBe('abort');
  });
});
