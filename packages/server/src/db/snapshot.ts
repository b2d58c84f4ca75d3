import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createPgliteSnapshot, DEFAULT_SNAPSHOT, MIGRATIONS_FOLDER } from './database.ts';

/** A fingerprint of the migration files: a snapshot is current when it was made from these. */
async function migrationsFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(MIGRATIONS_FOLDER, { recursive: true })).sort();
  for (const file of files) {
    if (!file.endsWith('.sql') && !file.endsWith('.json')) continue;
    hash.update(file).update(await readFile(join(MIGRATIONS_FOLDER, file)));
  }
  return hash.digest('hex');
}

/**
 * Makes sure the migrated PGlite snapshot exists and matches the migrations, creating it (about
 * 5 s of PGlite initdb) only when it is missing or stale. Used by the build and the test setup.
 */
export async function ensurePgliteSnapshot(
  target: string = DEFAULT_SNAPSHOT,
): Promise<{ path: string; created: boolean }> {
  const fingerprintFile = `${target}.fingerprint`;
  const fingerprint = await migrationsFingerprint();
  if (existsSync(target) && existsSync(fingerprintFile)) {
    if ((await readFile(fingerprintFile, 'utf8')) === fingerprint)
      return { path: target, created: false };
  }
  const blob = await createPgliteSnapshot();
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, Buffer.from(await blob.arrayBuffer()));
  await writeFile(fingerprintFile, fingerprint);
  return { path: target, created: true };
}
