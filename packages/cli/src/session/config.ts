import { delimiter } from 'node:path';
import { configDirOf } from '../config.ts';
import { CliError } from '../errors.ts';

/**
 * What `psoas session` reads from the environment, read once and validated like ../config.ts
 * (lint lets only config modules touch process.env): where the CLI keeps its files, whether
 * espeak-ng is on PATH, and the test aid PSOAS_TIME_SCALE.
 *
 * PSOAS_TIME_SCALE is a test aid, not a user setting, and so not in any help text: it makes the
 * session clock run that many times faster (20 = a 30 s hold in 1.5 s), so a process test can
 * drive a whole session through a real terminal in seconds. Everything else stays real: the
 * timers, the keys, the server.
 */

type Env = Readonly<Record<string, string | undefined>>;

export type SessionConfig = {
  /** $XDG_CONFIG_HOME/psoas, else ~/.config/psoas: where unsent sessions wait; null without HOME. */
  readonly configDir: string | null;
  /** Directories of PATH, searched for espeak-ng. */
  readonly pathDirs: readonly string[];
  /** 1 in real use; see PSOAS_TIME_SCALE above. */
  readonly timeScale: number;
};

/** Faster than this, the engine's 5 s auto-pause would fire on an ordinary 5 ms timer delay. */
export const MAX_TIME_SCALE = 1000;

/** Throws a usage CliError naming every bad key, as readConfig does. */
export function readSessionConfig(env: Env = process.env, home = env['HOME']): SessionConfig {
  const problems: string[] = [];
  let timeScale = 1;
  const rawScale = env['PSOAS_TIME_SCALE'];
  if (rawScale !== undefined && rawScale !== '') {
    const scale = Number(rawScale);
    if (Number.isFinite(scale) && scale >= 1 && scale <= MAX_TIME_SCALE) timeScale = scale;
    else problems.push(`PSOAS_TIME_SCALE: use a number from 1 to ${MAX_TIME_SCALE}`);
  }
  // The same directory as the token's (../config.ts), so everything psoas keeps is in one place.
  const configDir = configDirOf(env, home);
  if (problems.length > 0) {
    throw new CliError({ kind: 'usage', message: `bad environment: ${problems.join('; ')}` });
  }
  const pathDirs = (env['PATH'] ?? '').split(delimiter).filter((dir) => dir !== '');
  return { configDir, pathDirs, timeScale };
}
