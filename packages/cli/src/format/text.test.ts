import { describe, expect, it } from 'vitest';
import { formatDuration, plural, wrapText } from './text.ts';

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [30, '30 s'],
    [60, '1 min'],
    [90, '1 min 30 s'],
    [120, '2 min'],
  ])('says %i seconds as "%s"', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});

describe('plural', () => {
  it('uses the singular for one only', () => {
    expect([plural(0, 'set'), plural(1, 'set'), plural(2, 'set')]).toEqual([
      '0 sets',
      '1 set',
      '2 sets',
    ]);
  });
});

describe('wrapText', () => {
  const text = 'Tighten your belly gently and tuck your tailbone under, as if tipping a bowl.';

  it('keeps every line within the width and loses no word', () => {
    const lines = wrapText(text, 20);
    expect(lines.every((line) => line.length <= 20)).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });

  it('indents the first line and the rest separately, for hanging indents', () => {
    const [first, ...rest] = wrapText(text, 30, '     ', '  1. ');
    expect(first?.startsWith('  1. ')).toBe(true);
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((line) => line.startsWith('     ') && line[5] !== ' ')).toBe(true);
  });

  it('leaves a word longer than the line whole', () => {
    expect(wrapText('see kneeling-hip-flexor-stretch now', 10)).toEqual([
      'see',
      'kneeling-hip-flexor-stretch',
      'now',
    ]);
  });
});
