import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';

/** The server as `npm start` runs it, for the benchmarks: built, in its own process. */
export const SERVER = 'packages/server/dist/start.js';

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

async function waitHealthy(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error('server exited during start');
    const ok = await fetch(`${url}/healthz`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export type Started = { child: ChildProcess; url: string; startMs: number; rss: number };

/** Starts the built server on a free port and `dataDir`; resolves once /healthz answers. */
export async function startServer(dataDir: string): Promise<Started> {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "npm run build" first`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PSOAS_DATA_DIR: dataDir },
    stdio: 'ignore',
  });
  await waitHealthy(url, child);
  const startMs = performance.now() - t0;
  return { child, url, startMs, rss: await rssMb(child.pid ?? 0) };
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}
