import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the server under test listens, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
  }
}

const ROOT = resolve(import.meta.dirname, '..');
const SERVER_ENTRY = join(ROOT, 'packages/server/src/start.ts');
const WEB_DIST = join(ROOT, 'packages/web/dist');
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 15_000;

/** Builds the web app, starts the real server on a free port and stops it after the run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(SERVER_ENTRY)) {
    throw new Error(`e2e needs the server entry ${SERVER_ENTRY}, which does not exist yet.`);
  }
  buildWebApp();

  const dataDir = await mkdtemp(join(tmpdir(), 'psoas-e2e-'));
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const server = spawn(process.execPath, ['--import', 'tsx', SERVER_ENTRY], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PSOAS_DATA_DIR: dataDir,
      PSOAS_WEB_DIR: WEB_DIST,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));

  try {
    await waitUntilHealthy(baseUrl, server);
  } catch (error) {
    await stopServer(server);
    await rm(dataDir, { recursive: true, force: true });
    throw new Error(`${String(error)}\nserver output:\n${output.join('')}`, { cause: error });
  }
  project.provide('baseUrl', baseUrl);

  return async () => {
    await stopServer(server);
    await rm(dataDir, { recursive: true, force: true });
  };
}

function buildWebApp(): void {
  const result = spawnSync('npm', ['run', 'build', '-w', '@psoas/web'], {
    cwd: ROOT,
    stdio: 'inherit',
    // Vitest sets NODE_ENV=test, which Vite would pass on to the bundle: React's development
    // build would be tested instead of what `npm start` serves.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`building the web app failed (${result.status})`);
}

function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolvePort(port) : reject(new Error('no free port'))));
    });
  });
}

async function waitUntilHealthy(baseUrl: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`the server exited with code ${server.exitCode} before it was ready`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((wake) => setTimeout(wake, 250));
  }
  throw new Error(`the server did not answer /healthz within ${READY_TIMEOUT_MS} ms`);
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => server.kill('SIGKILL'), STOP_TIMEOUT_MS);
    server.once('exit', () => {
      clearTimeout(force);
      done();
    });
    server.kill('SIGTERM');
  });
}
