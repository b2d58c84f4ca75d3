import { join } from 'node:path';
import { parseServerUrl } from './args.ts';
import { CliError } from './errors.ts';

/**
 * The CLI's configuration from the environment, read once and validated. This is the only module
 * that touches process.env (lint enforces it), so every other module gets plain values.
 */

export const DEFAULT_SERVER_URL = 'http://localhost:8080';

export type CliConfig = {
  /** From PSOAS_URL, else the default; the --server flag overrides it per command. */
  readonly serverUrl: string;
  /** False when NO_COLOR is set to anything but the empty string (https://no-color.org). */
  readonly colourAllowed: boolean;
  /** $XDG_CONFIG_HOME/psoas, else ~/.config/psoas: where the token is kept; null without HOME. */
  readonly configDir: string | null;
  /**
   * PSOAS_TOKEN: a personal access token for scripts and CI. It overrides the token file and is
   * sent to whichever server is used, because whoever set it chose that.
   */
  readonly envToken: string | null;
};

/** Longer than the server accepts (it reads at most 200 characters), so certainly a mistake. */
const TOKEN_MAX_LENGTH = 200;

/**
 * The CLI's own directory under the XDG base directory spec: $XDG_CONFIG_HOME/psoas when that
 * is absolute (the spec says a relative one is invalid and must be ignored), else
 * ~/.config/psoas, else null (no HOME: nothing can be kept).
 */
export function configDirOf(env: Env, home = env['HOME']): string | null {
  const xdg = env['XDG_CONFIG_HOME'];
  if (xdg !== undefined && xdg.startsWith('/')) return join(xdg, 'psoas');
  if (home !== undefined && home !== '') return join(home, '.config', 'psoas');
  return null;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Throws a usage CliError naming every bad key, so a typo in PSOAS_URL fails loudly at once. */
export function readConfig(env: Env = process.env): CliConfig {
  const problems: string[] = [];
  let serverUrl = DEFAULT_SERVER_URL;
  const rawUrl = env['PSOAS_URL'];
  if (rawUrl !== undefined && rawUrl !== '') {
    const parsed = parseServerUrl(rawUrl);
    if (parsed.ok) serverUrl = parsed.value;
    else problems.push(`PSOAS_URL: ${parsed.error.message}`);
  }
  let envToken: string | null = null;
  const rawToken = env['PSOAS_TOKEN']?.trim();
  if (rawToken !== undefined && rawToken !== '') {
    // Never echo the value: it is a secret, and this line may end up in a CI log.
    if (rawToken.length > TOKEN_MAX_LENGTH || /\s/.test(rawToken)) {
      problems.push('PSOAS_TOKEN: not a token (one word, as `psoas login` or Settings made it)');
    } else envToken = rawToken;
  }
  if (problems.length > 0) {
    throw new CliError({ kind: 'usage', message: `bad environment: ${problems.join('; ')}` });
  }
  const noColor = env['NO_COLOR'];
  return {
    serverUrl,
    colourAllowed: noColor === undefined || noColor === '',
    configDir: configDirOf(env),
    envToken,
  };
}

/**
 * The environment for the server process that `psoas serve` starts: ours, with the flags laid
 * over it. Lives here because it must read process.env to pass it on.
 */
export function serverEnvironment(
  overrides: Readonly<Record<string, string | undefined>>,
  env: Env = process.env,
): Record<string, string> {
  const merged: Record<string, string> = {};
  // An unset flag (undefined) must not hide the variable the user exported, so skip it.
  for (const source of [env, overrides]) {
    for (const [key, value] of Object.entries(source)) {
      if (value !== undefined) merged[key] = value;
    }
  }
  return merged;
}
