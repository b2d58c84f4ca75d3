import { PHASES } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import { parseExerciseId, parsePhase, parsePort, parseServerUrl } from './args.ts';

describe('parsePhase', () => {
  it.each(PHASES)('accepts %s', (phase) => {
    expect(parsePhase(phase)).toEqual({ ok: true, value: phase });
  });

  it('rejects anything else and lists the valid choices', () => {
    const parsed = parsePhase('bogus');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe('INVALID_ARGUMENT');
      for (const phase of PHASES) expect(parsed.error.message).toContain(phase);
    }
  });
});

describe('parseExerciseId', () => {
  it.each(['glute-bridge', 'nope', 'a1'])('accepts the slug %s', (id) => {
    expect(parseExerciseId(id).ok).toBe(true);
  });

  it.each(['Glute Bridge', '../healthz', '', 'a--b'])('rejects %j', (id) => {
    expect(parseExerciseId(id).ok).toBe(false);
  });
});

describe('parsePort', () => {
  it.each([
    ['0', 0],
    ['8080', 8080],
    ['65535', 65535],
  ])('accepts %s', (value, port) => {
    expect(parsePort(value)).toEqual({ ok: true, value: port });
  });

  it.each(['65536', '-1', '80.5', 'http', '', '1e3'])('rejects %j', (value) => {
    expect(parsePort(value).ok).toBe(false);
  });
});

describe('parseServerUrl', () => {
  it('accepts http and https and drops a trailing slash', () => {
    expect(parseServerUrl('http://localhost:8080/')).toEqual({
      ok: true,
      value: 'http://localhost:8080',
    });
    expect(parseServerUrl('https://example.org/psoas/')).toEqual({
      ok: true,
      value: 'https://example.org/psoas',
    });
  });

  it.each(['localhost:8080', 'ftp://example.org', 'not a url', 'http://x/?a=1', 'http://x/#top'])(
    'rejects %j',
    (value) => {
      expect(parseServerUrl(value).ok).toBe(false);
    },
  );
});
