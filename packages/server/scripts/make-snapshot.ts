import { ensurePgliteSnapshot } from '../src/db/snapshot.ts';

/** Writes the migrated PGlite snapshot that brand-new embedded databases start from. */
const started = performance.now();
const { path, created } = await ensurePgliteSnapshot();
console.log(
  `PGlite snapshot ${created ? 'written' : 'already current'}: ${path} (${Math.round(performance.now() - started)} ms)`,
);
