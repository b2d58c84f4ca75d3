import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from './errors.ts';

/**
 * Writes health data to a file only its owner can read (0600), replacing any file there in one
 * step: written beside it under a fresh name, then renamed over it. An older file with looser
 * permissions is therefore replaced, not rewritten in place with its old mode.
 */
export async function writePrivateFile(path: string, text: string): Promise<string> {
  const target = resolve(path);
  const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, text, { mode: 0o600, flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new CliError({ kind: 'usage', message: `cannot write ${target} (${reason})` });
  }
  return target;
}
