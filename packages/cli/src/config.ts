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
};

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
  if (problems.length > 0) {
    throw new CliError({ kind: 'usage', message: `bad environment: ${problems.join('; ')}` });
  }
  const noColor = env['NO_COLOR'];
  return { serverUrl, colourAllowed: noColor === undefined || noColor === '' };
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
