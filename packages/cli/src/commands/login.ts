import type { MeResponse } from '@psoas/core';
import type { AccountApi } from '../auth/account-api.ts';
import type { Credential } from '../auth/credential.ts';
import { askLogin, type LoginPromptDeps } from '../auth/login-prompt.ts';
import {
  deleteStoredToken,
  readStoredToken,
  tokenPath,
  writeStoredToken,
  type StoredToken,
} from '../auth/token-store.ts';
import type { CliConfig } from '../config.ts';
import { CliError, EXIT, describeError, formatErrorLine } from '../errors.ts';

/**
 * `psoas login`, `psoas logout` and `psoas whoami`. Login trades the email and password for a
 * personal access token (the server keeps only its hash) and keeps it in the config directory;
 * logout revokes it on the server and deletes it here, and still deletes it when the server
 * cannot be reached, so a lost laptop's owner can at least clean up locally.
 */

export type AccountCommandDeps = {
  readonly config: Pick<CliConfig, 'configDir' | 'envToken'>;
  /** The server this command talks to (--server, PSOAS_URL or the default). */
  readonly serverUrl: string;
  /** A client for `baseUrl` that sends `credential`'s token (none when not given). */
  readonly clientFor: (baseUrl: string, credential?: Credential) => AccountApi;
  readonly writeOut: (text: string) => void;
  readonly writeErr: (text: string) => void;
};

export type LoginDeps = AccountCommandDeps & {
  readonly prompt: LoginPromptDeps;
  /** Names the token, so the person recognises it in their list of tokens. */
  readonly hostname: string;
};

function describeAccount(me: MeResponse): string {
  const { name, email, role } = me.account;
  return `${name} <${email}>${role === 'person' ? '' : ` (${role})`}`;
}

function needConfigDir(config: AccountCommandDeps['config']): string {
  if (config.configDir !== null) return config.configDir;
  throw new CliError({
    kind: 'usage',
    message:
      'there is no config directory to keep the token in: set HOME or XDG_CONFIG_HOME (or give scripts a token in PSOAS_TOKEN)',
  });
}

/** Revokes a token that is being replaced or given up; false when the server could not be told. */
async function revoke(deps: AccountCommandDeps, stored: StoredToken): Promise<boolean> {
  try {
    await deps
      .clientFor(stored.serverUrl, { kind: 'token', token: stored.token, source: 'file' })
      .logout();
    return true;
  } catch (error) {
    // Already revoked or expired: nothing is left to revoke.
    if (error instanceof CliError && error.failure.kind === 'sign-in-required') return true;
    return false;
  }
}

export async function runLogin(deps: LoginDeps, options: { email?: string }): Promise<number> {
  const dir = needConfigDir(deps.config);
  // Read before asking: a token file we cannot use is replaced, but an unreadable one is reported.
  const previous = await readStoredToken(dir, { allowOpenPermissions: true }).catch(() => null);
  const { email, password } = await askLogin(deps.prompt, options.email);
  const anonymous = deps.clientFor(deps.serverUrl);
  const created = await anonymous.createToken({
    email,
    password,
    name: `psoas CLI on ${deps.hostname}`.slice(0, 80),
  });
  const credential: Credential = { kind: 'token', token: created.data.token, source: 'file' };
  const me = await deps.clientFor(deps.serverUrl, credential).getMe();
  const path = await writeStoredToken(dir, {
    serverUrl: deps.serverUrl,
    token: created.data.token,
    email: me.data.account.email,
    createdAt: created.data.createdAt,
  });
  deps.writeOut(`Signed in to ${deps.serverUrl} as ${describeAccount(me.data)}.\n`);
  deps.writeOut(`The token "${created.data.name}" is kept in ${path} (only you can read it).\n`);
  // One token per computer: the one this replaces would otherwise stay valid, unseen.
  if (previous !== null && previous.token !== created.data.token) {
    if (!(await revoke(deps, previous))) {
      deps.writeErr(
        `${formatErrorLine(`the previous token, for ${previous.serverUrl}, could not be revoked there; revoke it in the web app's Settings`)}\n`,
      );
    }
  }
  if (deps.config.envToken !== null) {
    deps.writeErr(
      `${formatErrorLine('PSOAS_TOKEN is set and is used instead of this token until you unset it')}\n`,
    );
  }
  return EXIT.ok;
}

export async function runLogout(deps: AccountCommandDeps): Promise<number> {
  const dir = needConfigDir(deps.config);
  const stored = await readStoredToken(dir, { allowOpenPermissions: true });
  const envNote =
    deps.config.envToken === null
      ? ''
      : ' PSOAS_TOKEN is still set: unset it, and revoke that token in the web app if it is no longer needed.';
  if (stored === null) {
    deps.writeOut(`You were not signed in (no token in ${tokenPath(dir)}).${envNote}\n`);
    return EXIT.ok;
  }
  let revokeError: unknown = null;
  try {
    await deps
      .clientFor(stored.serverUrl, { kind: 'token', token: stored.token, source: 'file' })
      .logout();
  } catch (error) {
    const alreadyGone = error instanceof CliError && error.failure.kind === 'sign-in-required';
    if (!alreadyGone) revokeError = error;
  }
  // Deleted whatever the server said: the person asked for this computer to be signed out.
  await deleteStoredToken(dir);
  if (revokeError !== null) {
    const report = describeError(revokeError);
    deps.writeErr(
      `${formatErrorLine(`signed out here (the token file is deleted), but the token could not be revoked on ${stored.serverUrl}: ${report.message}; revoke it in the web app's Settings`)}\n`,
    );
    return report.exitCode;
  }
  deps.writeOut(`Signed out of ${stored.serverUrl}: the token is revoked and deleted.${envNote}\n`);
  return EXIT.ok;
}

export async function runWhoami(
  deps: AccountCommandDeps & { readonly client: AccountApi },
  options: { json?: boolean },
): Promise<number> {
  const me = await deps.client.getMe();
  if (options.json === true) {
    deps.writeOut(`${JSON.stringify(me.json, null, 2)}\n`);
    return EXIT.ok;
  }
  const via = deps.config.envToken === null ? '' : ' (with the token in PSOAS_TOKEN)';
  deps.writeOut(`Signed in to ${deps.serverUrl} as ${describeAccount(me.data)}${via}.\n`);
  return EXIT.ok;
}
