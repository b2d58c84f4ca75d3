import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configDirOf } from '../config.ts';
import { isSameServer, resolveCredential } from './credential.ts';
import {
  TOKEN_FILE,
  deleteStoredToken,
  readStoredToken,
  writeStoredToken,
  type StoredToken,
} from './token-store.ts';
import { failureOf } from '../test-support/failure-of.ts';

let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'psoas-token-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const stored: StoredToken = {
  serverUrl: 'http://127.0.0.1:8080',
  token: 'pat_abc123',
  email: 'ana@example.com',
  createdAt: '2026-03-01T10:00:00.000Z',
};

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('the token file', () => {
  it('is written 0600 in a 0700 directory, and read back as written', async () => {
    const dir = join(root, 'config', 'psoas');
    const path = await writeStoredToken(dir, stored);
    expect(path).toBe(join(dir, TOKEN_FILE));
    expect(modeOf(path)).toBe(0o600);
    expect(modeOf(dir)).toBe(0o700);
    expect(await readStoredToken(dir)).toEqual(stored);
  });

  it('closes a directory made earlier with open permissions', async () => {
    const dir = join(root, 'psoas');
    mkdirSync(dir, { mode: 0o755 });
    chmodSync(dir, 0o755);
    await writeStoredToken(dir, stored);
    expect(modeOf(dir)).toBe(0o700);
  });

  it('replaces an earlier file that others could read with a private one', async () => {
    const dir = join(root, 'psoas');
    mkdirSync(dir);
    writeFileSync(join(dir, TOKEN_FILE), 'old', { mode: 0o644 });
    chmodSync(join(dir, TOKEN_FILE), 0o644);
    await writeStoredToken(dir, { ...stored, token: 'pat_new' });
    expect(modeOf(join(dir, TOKEN_FILE))).toBe(0o600);
    expect((await readStoredToken(dir))?.token).toBe('pat_new');
  });

  it('is null when there is none, and deleting it twice is fine', async () => {
    const dir = join(root, 'psoas');
    expect(await readStoredToken(dir)).toBeNull();
    await writeStoredToken(dir, stored);
    expect(await deleteStoredToken(dir)).toBe(true);
    expect(await deleteStoredToken(dir)).toBe(false);
    expect(await readStoredToken(dir)).toBeNull();
  });

  it.each([0o644, 0o640, 0o604, 0o620])(
    'is refused with mode %o (others may read or change it), but logout may read it',
    async (mode) => {
      const dir = join(root, 'psoas');
      await writeStoredToken(dir, stored);
      chmodSync(join(dir, TOKEN_FILE), mode);
      expect(await failureOf(readStoredToken(dir))).toMatchObject({
        kind: 'token-file',
        problem: 'insecure',
      });
      expect(await readStoredToken(dir, { allowOpenPermissions: true })).toEqual(stored);
    },
  );

  it.each(['not json', '{}', '{"serverUrl":"http://x","token":"","email":"a","createdAt":"b"}'])(
    'is reported as unreadable when it holds %s',
    async (text) => {
      const dir = join(root, 'psoas');
      mkdirSync(dir);
      writeFileSync(join(dir, TOKEN_FILE), text, { mode: 0o600 });
      expect(await failureOf(readStoredToken(dir))).toMatchObject({
        kind: 'token-file',
        problem: 'unreadable',
      });
    },
  );
});

describe('configDirOf', () => {
  it('uses an absolute XDG_CONFIG_HOME, else ~/.config, else nothing', () => {
    expect(configDirOf({ XDG_CONFIG_HOME: '/x/conf', HOME: '/home/ana' })).toBe('/x/conf/psoas');
    expect(configDirOf({ XDG_CONFIG_HOME: 'relative', HOME: '/home/ana' })).toBe(
      '/home/ana/.config/psoas',
    );
    expect(configDirOf({ HOME: '/home/ana' })).toBe('/home/ana/.config/psoas');
    expect(configDirOf({})).toBeNull();
  });
});

describe('resolveCredential', () => {
  it('sends the stored token to the server that made it', async () => {
    const dir = join(root, 'psoas');
    await writeStoredToken(dir, stored);
    const config = { configDir: dir, envToken: null };
    expect(await resolveCredential(config, 'http://127.0.0.1:8080')).toEqual({
      kind: 'token',
      token: stored.token,
      source: 'file',
    });
  });

  it('sends no token to another server, and says which one it is for', async () => {
    const dir = join(root, 'psoas');
    await writeStoredToken(dir, stored);
    const config = { configDir: dir, envToken: null };
    for (const other of ['http://127.0.0.1:9090', 'https://127.0.0.1:8080', 'http://evil.test']) {
      expect(await resolveCredential(config, other)).toEqual({
        kind: 'none',
        signedInTo: stored.serverUrl,
      });
    }
  });

  it('prefers PSOAS_TOKEN to the file, for any server', async () => {
    const dir = join(root, 'psoas');
    await writeStoredToken(dir, stored);
    const config = { configDir: dir, envToken: 'pat_from_ci' };
    expect(await resolveCredential(config, 'http://elsewhere.test')).toEqual({
      kind: 'token',
      token: 'pat_from_ci',
      source: 'env',
    });
  });

  it('has no token without a file or a config directory', async () => {
    expect(
      await resolveCredential({ configDir: join(root, 'none'), envToken: null }, 'http://x'),
    ).toEqual({ kind: 'none', signedInTo: null });
    expect(await resolveCredential({ configDir: null, envToken: null }, 'http://x')).toEqual({
      kind: 'none',
      signedInTo: null,
    });
  });

  it('refuses a token file others may read instead of sending it', async () => {
    const dir = join(root, 'psoas');
    await writeStoredToken(dir, stored);
    chmodSync(join(dir, TOKEN_FILE), 0o644);
    const config = { configDir: dir, envToken: null };
    expect(await failureOf(resolveCredential(config, stored.serverUrl))).toMatchObject({
      kind: 'token-file',
      problem: 'insecure',
    });
  });
});

describe('isSameServer', () => {
  it('compares as URLs', () => {
    expect(isSameServer('http://Coach.test:80/', 'http://coach.test')).toBe(true);
    expect(isSameServer('http://coach.test/psoas', 'http://coach.test/psoas/')).toBe(true);
    expect(isSameServer('http://coach.test/psoas', 'http://coach.test')).toBe(false);
    expect(isSameServer('http://coach.test', 'https://coach.test')).toBe(false);
  });
});
