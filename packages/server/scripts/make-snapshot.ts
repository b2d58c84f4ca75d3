import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createPgliteSnapshot, DEFAULT_SNAPSHOT } from '../src/db/database.ts';

/** Writes the migrated PGlite snapshot that new embedded databases start from. */
const target = process.argv[2] ?? DEFAULT_SNAPSHOT;
const started = performance.now();
const blob = await createPgliteSnapshot();
await mkdir(dirname(target), { recursive: true });
await writeFile(target, Buffer.from(await blob.arrayBuffer()));
console.log(
  `PGlite snapshot: ${target} (${(blob.size / 1024 / 1024).toFixed(1)} MB, ${Math.round(performance.now() - started)} ms)`,
);
