import { describe, expect, it } from 'vitest';
import { authPathWithNext, safeNextPath } from './next-path.ts';

describe('safeNextPath', () => {
  it.each([
    ['/progress', '/progress'],
    ['/exercises/glute-bridge?phase=activate#dose', '/exercises/glute-bridge?phase=activate#dose'],
    ['/assess/screening', '/assess/screening'],
  ])('keeps the same-site path %s', (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });

  it.each([
    [null],
    [undefined],
    [''],
    ['progress'],
    ['https://evil.example/'],
    ['//evil.example/path'],
    ['/\\evil.example'],
    ['/ok\\..\\evil'],
    ['javascript:alert(1)'],
    ['/progress\r\nSet-Cookie: x=1'],
    ['/with\ttab'],
    ['/signin'],
    ['/signup?next=/progress'],
    [`/${'a'.repeat(2001)}`],
  ])('falls back to / for %j', (raw) => {
    expect(safeNextPath(raw)).toBe('/');
  });
});

describe('authPathWithNext', () => {
  it('carries the return path, encoded', () => {
    expect(authPathWithNext('/signin', '/breaks?take=1')).toBe('/signin?next=%2Fbreaks%3Ftake%3D1');
  });

  it('leaves out a return to the home page or an unsafe one', () => {
    expect(authPathWithNext('/signup', '/')).toBe('/signup');
    expect(authPathWithNext('/signup', '//evil.example')).toBe('/signup');
  });
});
