import { ensurePgliteSnapshot } from '../src/db/snapshot.ts';

// Every server test file, and every server process the CLI and e2e tests start, begins from
// the migrated snapshot: make it once here instead of paying PGlite's initdb in each.
export default async function setup(): Promise<void> {
  await ensurePgliteSnapshot();
}
