import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { measureBreakScheduler } from './break-scheduler.ts';

/**
 * Benchmarks for the walking skeleton, printed as figures (never asserted):
 *  1. process start to the first healthy /healthz on the embedded database, on a brand-new data
 *     directory and on a restart, with the server's RSS once healthy;
 *  2. requests/s of GET /api/exercises as a ratio of a bare Fastify route serving the same bytes
 *     from memory, both measured with autocannon in this same run;
 *  3. the break scheduler's decisions per second for 100,000 simulated people over a working day
 *     (bench/break-scheduler.ts).
 * Run with `npm run bench` (it builds first; the server is measured as `npm start` runs it).
 */
const SERVER = 'packages/server/dist/start.js';
const RUNS = 3;
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);

async function freePort(): Promise<number> {
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

type Started = { child: ChildProcess; url: string; startMs: number; rss: number };

async function startServer(dataDir: string): Promise<Started> {
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

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

async function measureStarts(): Promise<{ fresh: number[]; restart: number[]; rss: number[] }> {
  const fresh: number[] = [];
  const restart: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dataDir = await mkdtemp(join(tmpdir(), 'psoas-bench-'));
    try {
      const first = await startServer(dataDir);
      fresh.push(first.startMs);
      await stop(first.child);
      const again = await startServer(dataDir);
      restart.push(again.startMs);
      rss.push(again.rss);
      await stop(again.child);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  return { fresh, restart, rss };
}

async function requestsPerSecond(url: string): Promise<number> {
  const options = { url, connections: 10, pipelining: 1, duration: LOAD_SECONDS };
  await autocannon({ ...options, duration: 2 }); // warm up the JIT on both sides alike
  const result = await autocannon(options);
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`errors during load on ${url}`);
  return result.requests.average;
}

async function measureThroughput(): Promise<{ api: number; bare: number }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'psoas-bench-'));
  const server = await startServer(dataDir);
  const barePort = await freePort();
  const bare = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/bare-server.ts', String(barePort), `${server.url}/api/exercises`],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    if (!bare.stdout) throw new Error('bare server has no stdout');
    await once(bare.stdout, 'data');
    const api = await requestsPerSecond(`${server.url}/api/exercises`);
    const bareRps = await requestsPerSecond(`http://127.0.0.1:${barePort}/api/exercises`);
    return { api, bare: bareRps };
  } finally {
    bare.kill('SIGTERM');
    await stop(server.child);
    await rm(dataDir, { recursive: true, force: true });
  }
}

const fmt = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const starts = await measureStarts();
const throughput = await measureThroughput();
const ratio = throughput.api / throughput.bare;

console.log(`\nPsoas Coach benchmarks (median of ${RUNS} starts; ${LOAD_SECONDS} s of load each)`);
console.log(
  `  first start, new data dir   ${fmt(median(starts.fresh))}   (goal <= 2 s)   runs: ${starts.fresh.map(fmt).join(', ')}`,
);
console.log(
  `  restart, existing data dir  ${fmt(median(starts.restart))}   (goal <= 1 s)   runs: ${starts.restart.map(fmt).join(', ')}`,
);
console.log(`  RSS after start             ${median(starts.rss).toFixed(0)} MB   (goal <= 400 MB)`);
console.log(`  GET /api/exercises          ${throughput.api.toFixed(0)} req/s`);
console.log(`  bare Fastify, same bytes    ${throughput.bare.toFixed(0)} req/s`);
console.log(`  ratio                       ${ratio.toFixed(2)}   (goal >= 0.5)`);

const breaks = measureBreakScheduler();
console.log(
  `  break scheduler             ${Math.round(breaks.decisions / breaks.seconds).toLocaleString('en')} decisions/s   (${breaks.people.toLocaleString('en')} people, ${breaks.decisions.toLocaleString('en')} decisions in ${breaks.seconds.toFixed(1)} s)`,
);
