import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.ts';

describe('parseConfig', () => {
  it('defaults to embedded PGlite under ./data on port 8080', () => {
    const result = parseConfig({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.port).toBe(8080);
    const { database } = result.config;
    expect(database.kind === 'pglite' && database.dataDir.endsWith('/data')).toBe(true);
  });

  it('uses PostgreSQL when DATABASE_URL is set, and honours PORT and PSOAS_DATA_DIR', () => {
    const pg = parseConfig({ DATABASE_URL: 'postgres://u@db:5432/psoas', PORT: '9000' });
    expect(pg.ok && pg.config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@db:5432/psoas',
    });
    expect(pg.ok && pg.config.port).toBe(9000);
    const dir = parseConfig({ PSOAS_DATA_DIR: '/var/lib/psoas' });
    expect(dir.ok && dir.config.database).toEqual({ kind: 'pglite', dataDir: '/var/lib/psoas' });
  });

  it('treats empty values as unset', () => {
    const result = parseConfig({ PORT: '', DATABASE_URL: '' });
    expect(result.ok && result.config.port).toBe(8080);
    expect(result.ok && result.config.database.kind).toBe('pglite');
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['PORT', { PORT: '80.5' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/db' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
  ])('names %s when its value is bad', (key, env) => {
    const result = parseConfig(env);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.startsWith(`${key}=`)).toBe(true);
  });

  it('lists every bad key at once', () => {
    const result = parseConfig({ PORT: '-1', LOG_LEVEL: 'loud' });
    expect(!result.ok && result.problems.map((p) => p.split('=')[0])).toEqual([
      'PORT',
      'LOG_LEVEL',
    ]);
  });

  describe('PSOAS_TRUST_PROXY', () => {
    it('trusts no proxy by default', () => {
      const result = parseConfig({});
      expect(result.ok && result.config.trustProxy).toBe(false);
    });

    it.each([
      ['true', true],
      ['false', false],
      ['10.0.0.2', ['10.0.0.2']],
      [' 10.0.0.0/8, 192.168.1.1 ,loopback', ['10.0.0.0/8', '192.168.1.1', 'loopback']],
      ['fd00::/8,::1', ['fd00::/8', '::1']],
    ])('reads %j', (value, expected) => {
      const result = parseConfig({ PSOAS_TRUST_PROXY: value });
      expect(result.ok && result.config.trustProxy).toEqual(expected);
    });

    it.each([
      'yes',
      '10.0.0.300',
      '10.0.0.0/33',
      '::1/129',
      '10.0.0.1,',
      'proxy.example',
      '10.0.0.0/8/1',
    ])('refuses %j, naming the key', (value) => {
      const result = parseConfig({ PSOAS_TRUST_PROXY: value });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]?.startsWith('PSOAS_TRUST_PROXY=')).toBe(true);
    });
  });
});
