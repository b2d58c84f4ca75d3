import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, startServer } from './support/server-process.ts';

// These drive the real entry point as a process: configuration errors, graceful shutdown and
// data surviving a restart can only be seen from outside.
describe('the server process', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'psoas-process-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses to start with a bad setting, naming the key', async () => {
    const { child, output } = spawnServer({ PORT: 'eighty', PSOAS_DATA_DIR: dataDir });
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(1);
    expect(output()).toMatch(/PORT="eighty"/);
  });

  it('finishes in-flight requests on SIGTERM, exits 0, and keeps its data for the restart', async () => {
    const first = await startServer({ PSOAS_DATA_DIR: dataDir });
    const before = (await (await fetch(`${first.url}/healthz`)).json()) as { instanceId: string };

    const inFlight = Array.from({ length: 40 }, () =>
      fetch(`${first.url}/api/exercises/glute-bridge`).then(
        async (res) => ({ status: res.status, complete: (await res.json()) !== null }),
        () => ({ status: 0, complete: false }),
      ),
    );
    const exitCode = await first.stop('SIGTERM');
    const results = await Promise.all(inFlight);
    expect(exitCode).toBe(0);
    // A request is either answered in full or refused before it began; none is cut off.
    for (const result of results) expect([0, 200, 503]).toContain(result.status);
    expect(results.some((r) => r.status === 200 && r.complete)).toBe(true);

    const second = await startServer({ PSOAS_DATA_DIR: dataDir });
    try {
      const after = (await (await fetch(`${second.url}/healthz`)).json()) as { instanceId: string };
      expect(after.instanceId).toBe(before.instanceId);
      const list = (await (await fetch(`${second.url}/api/exercises`)).json()) as { total: number };
      expect(list.total).toBeGreaterThan(0);
    } finally {
      expect(await second.stop('SIGINT')).toBe(0);
    }
  });
});
