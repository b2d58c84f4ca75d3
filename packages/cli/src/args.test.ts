import { EQUIPMENT, MUSCLES, PHASES } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import {
  LEVELS,
  SEARCH_MAX_LENGTH,
  parseEquipment,
  parseExerciseId,
  parseLevel,
  parseMuscle,
  parsePhase,
  parsePort,
  parseSearch,
  parseServerUrl,
} from './args.ts';

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

describe.each([
  ['parseEquipment', parseEquipment, EQUIPMENT],
  ['parseMuscle', parseMuscle, MUSCLES],
] as const)('%s', (_name, parse, allowed) => {
  it.each(allowed)('accepts %s', (value) => {
    expect(parse(value)).toEqual({ ok: true, value });
  });

  it.each(['bogus', '', 'Psoas', 'foam roller'])(
    'rejects %j, listing the valid choices',
    (value) => {
      const parsed = parse(value);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) {
        expect(parsed.error.code).toBe('INVALID_ARGUMENT');
        for (const choice of allowed) expect(parsed.error.message).toContain(choice);
      }
    },
  );
});

describe('parseLevel', () => {
  it.each(LEVELS)('accepts %i', (level) => {
    expect(parseLevel(String(level))).toEqual({ ok: true, value: level });
  });

  it.each(['0', '4', '1.5', 'one', '', '01', '1e0'])('rejects %j, listing 1 to 3', (value) => {
    const parsed = parseLevel(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) for (const level of LEVELS) expect(parsed.error.message).toContain(`${level}`);
  });
});

describe('parseSearch', () => {
  it('trims and folds runs of spaces', () => {
    expect(parseSearch('  hip   flexor ')).toEqual({ ok: true, value: 'hip flexor' });
  });

  it.each(['', '   ', 'x'.repeat(SEARCH_MAX_LENGTH + 1)])('rejects %j', (value) => {
    expect(parseSearch(value).ok).toBe(false);
  });

  it('accepts the longest search the server takes', () => {
    expect(parseSearch('x'.repeat(SEARCH_MAX_LENGTH)).ok).toBe(true);
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
