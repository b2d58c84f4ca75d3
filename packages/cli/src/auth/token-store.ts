import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CliError } from '../errors.ts';

/**
 * The personal access token `psoas login` made, kept in the CLI's config directory. Anyone who
 * can read the file can read the person's health data, so it is written private (0600, in a
 * 0700 directory) and a file others could read or change is refused on use, as ssh refuses a
 * private key with open permissions. It is replaced whole through a temporary file and a
 * rename, so a crash mid-write leaves the old token, never half a file.
 */

export const TOKEN_FILE = 'token';

export type StoredToken = {
  /** The server the token was made by, normalised as parseServerUrl does; sent only there. */
  readonly serverUrl: string;
  readonly token: string;
  readonly email: string;
  /** When `psoas login` made it (the server's `createdAt`), for `psoas whoami`. */
  readonly createdAt: string;
};

export function tokenPath(dir: string): string {
  return join(dir, TOKEN_FILE);
}

/** Bits of group and others: any of them set means someone else may read or replace the token. */
const OPEN_TO_OTHERS = 0o077;

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/** Parses the file's text; null when it is not the format (a hand edit, an older psoas). */
export function parseStoredToken(text: string): StoredToken | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  const { serverUrl, token, email, createdAt } = json as Record<string, unknown>;
  const filled = (field: unknown): field is string => typeof field === 'string' && field !== '';
  if (!filled(serverUrl) || !filled(token) || !filled(email) || !filled(createdAt)) return null;
  return { serverUrl, token, email, createdAt };
}

export function formatStoredToken(stored: StoredToken): string {
  const { serverUrl, token, email, createdAt } = stored;
  return `${JSON.stringify({ serverUrl, token, email, createdAt }, null, 2)}\n`;
}

export type ReadOptions = {
  /**
   * `psoas logout` reads an open file too: revoking a token that others may have seen is
   * exactly what should happen to it.
   */
  readonly allowOpenPermissions?: boolean;
};

/** The stored token, or null when there is none; a CliError when it is unsafe or unreadable. */
export async function readStoredToken(
  dir: string,
  options: ReadOptions = {},
): Promise<StoredToken | null> {
  const path = tokenPath(dir);
  let text: string;
  try {
    const info = await stat(path);
    const mode = info.mode & 0o777;
    if ((mode & OPEN_TO_OTHERS) !== 0 && options.allowOpenPermissions !== true) {
      const detail = `mode ${mode.toString(8).padStart(4, '0')}`;
      throw new CliError({ kind: 'token-file', path, problem: 'insecure', detail });
    }
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isMissing(error)) return null;
    if (error instanceof CliError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliError({ kind: 'token-file', path, problem: 'unreadable', detail });
  }
  const stored = parseStoredToken(text);
  if (stored === null) {
    throw new CliError({
      kind: 'token-file',
      path,
      problem: 'unreadable',
      detail: 'it is not the JSON psoas login writes',
    });
  }
  return stored;
}

/** Writes the token privately, replacing any earlier one in one step. */
export async function writeStoredToken(dir: string, stored: StoredToken): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // mkdir's mode applies only when it creates the directory; one made earlier (by hand, or by
  // an older psoas under a loose umask) is closed here too.
  await chmod(dir, 0o700);
  const path = tokenPath(dir);
  const temporary = `${path}.${process.pid}.tmp`;
  // A leftover from a crash could have other permissions; 'wx' then makes a fresh file whose
  // mode is 0600 (or stricter, under the umask), never one inherited from before.
  await rm(temporary, { force: true });
  await writeFile(temporary, formatStoredToken(stored), { mode: 0o600, flag: 'wx' });
  await rename(temporary, path);
  return path;
}

/** Deletes the token file; false when there was none. */
export async function deleteStoredToken(dir: string): Promise<boolean> {
  try {
    await rm(tokenPath(dir));
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}
