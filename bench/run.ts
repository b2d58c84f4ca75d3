import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { measureBreakScheduler } from './break-scheduler.ts';
import { formatCueTiming, measureCueLateness } from './cue-lateness.ts';
import { formatPushDispatch, runPushDispatchBench } from './push-dispatch.ts';
import { freePort, startServer, stop } from './server.ts';

/**
 * Benchmarks for the walking skeleton, printed as figures (never asserted):
 *  1. process start to the first healthy /healthz on the embedded database, on a brand-new data
 *     directory and on a restart, with the server's RSS once healthy;
 *  2. requests/s of GET /api/exercises as a ratio of a bare Fastify route serving the same bytes
 *     from memory, both measured with autocannon in this same run;
 *  3. the break scheduler's decisions per second for 100,000 simulated people over a working day
 *     (bench/break-scheduler.ts);
 *  4. the web session player's cue lateness and end drift in headless Chromium, one tab in the
 *     foreground and one in the background (bench/cue-lateness.ts);
 *  5. Web Push dispatch lateness p99 with two server processes sharing PostgreSQL, and the
 *     duplicates (bench/push-dispatch.ts; needs PostgreSQL, PG_ADMIN_URL).
 * Run with `npm run bench` (it builds first; the server is measured as `npm start` runs it).
 */
const RUNS = 3;
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

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

async function reportStartsAndThroughput(): Promise<void> {
  const starts = await measureStarts();
  const throughput = await measureThroughput();
  const ratio = throughput.api / throughput.bare;
  console.log(
    `\nPsoas Coach benchmarks (median of ${RUNS} starts; ${LOAD_SECONDS} s of load each)`,
  );
  console.log(
    `  first start, new data dir   ${fmt(median(starts.fresh))}   (goal <= 2 s)   runs: ${starts.fresh.map(fmt).join(', ')}`,
  );
  console.log(
    `  restart, existing data dir  ${fmt(median(starts.restart))}   (goal <= 1 s)   runs: ${starts.restart.map(fmt).join(', ')}`,
  );
  console.log(
    `  RSS after start             ${median(starts.rss).toFixed(0)} MB   (goal <= 400 MB)`,
  );
  console.log(`  GET /api/exercises          ${throughput.api.toFixed(0)} req/s`);
  console.log(`  bare Fastify, same bytes    ${throughput.bare.toFixed(0)} req/s`);
  console.log(`  ratio                       ${ratio.toFixed(2)}   (goal >= 0.5)`);
}

function reportBreakScheduler(): void {
  const breaks = measureBreakScheduler();
  console.log(
    `  break scheduler             ${Math.round(breaks.decisions / breaks.seconds).toLocaleString('en')} decisions/s   (${breaks.people.toLocaleString('en')} people, ${breaks.decisions.toLocaleString('en')} decisions in ${breaks.seconds.toFixed(1)} s)`,
  );
}

async function reportCues(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'psoas-bench-'));
  const server = await startServer(dataDir);
  try {
    const cues = await measureCueLateness(server.url);
    console.log(`  session player, a ${cues.plannedSeconds} s plan session played in real time:`);
    console.log(formatCueTiming('foreground', cues.foreground));
    console.log(formatCueTiming('background', cues.background));
  } finally {
    await stop(server.child);
    await rm(dataDir, { recursive: true, force: true });
  }
}

// BENCH_ONLY=cues (comma-separated: starts, breaks, push, cues) runs a part on its own.
const only = new Set((process.env.BENCH_ONLY ?? 'starts,breaks,push,cues').split(','));
if (only.has('starts')) await reportStartsAndThroughput();
if (only.has('breaks')) reportBreakScheduler();
if (only.has('push')) console.log(formatPushDispatch(await runPushDispatchBench()));
if (only.has('cues')) await reportCues();
