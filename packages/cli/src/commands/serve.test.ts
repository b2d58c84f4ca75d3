import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../errors.ts';
import { chooseServerLaunch, exitCodeOf } from './serve.ts';

const dir = '/srv/server';
const built = join(dir, 'dist', 'start.js');
const source = join(dir, 'src', 'start.ts');
const tsx = () => 'file:///tsx/loader.mjs';

describe('chooseServerLaunch', () => {
  it('runs the build with plain node when there is one', () => {
    expect(chooseServerLaunch(dir, (path) => path === built || path === source, tsx)).toEqual({
      script: built,
      nodeArgs: [],
    });
  });

  it('runs the source through tsx otherwise', () => {
    expect(chooseServerLaunch(dir, (path) => path === source, tsx)).toEqual({
      script: source,
      nodeArgs: ['--import', 'file:///tsx/loader.mjs'],
    });
  });

  it('fails with a typed error when there is neither, or no tsx for the source', () => {
    const kindOf = (run: () => unknown): string | undefined => {
      try {
        run();
      } catch (error) {
        return error instanceof CliError ? error.failure.kind : 'other';
      }
      return undefined;
    };
    expect(kindOf(() => chooseServerLaunch(dir, () => false, tsx))).toBe('server-not-installed');
    expect(
      kindOf(() =>
        chooseServerLaunch(
          dir,
          (p) => p === source,
          () => undefined,
        ),
      ),
    ).toBe('server-start-failed');
  });
});

describe('exitCodeOf', () => {
  it('passes the exit code on, and a signal as 128 + its number', () => {
    expect(exitCodeOf(0, null)).toBe(0);
    expect(exitCodeOf(3, null)).toBe(3);
    expect(exitCodeOf(null, 'SIGTERM')).toBe(143);
    expect(exitCodeOf(null, 'SIGKILL')).toBe(137);
  });
});
