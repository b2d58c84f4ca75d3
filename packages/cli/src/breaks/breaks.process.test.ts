import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import {
  asInstant,
  breakEvents as ev,
  breakStateSummarySchema,
  breakStatsResponseSchema,
  dailyBreakStatsSchema,
} from '@psoas/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLI_MAIN,
  REPO_ROOT,
  SERVER_START,
  cleanEnv,
  finished,
  freePort,
  startNode,
  waitForHealth,
} from '../../test/support/processes.ts';
import { signedUpAccount, type TestAccount } from '../../test/support/accounts.ts';
import { createApiClient } from '../api-client.ts';
import { CliError, EXIT } from '../errors.ts';
import { createOutbox } from './outbox.ts';

/**
 * The real `psoas breaks` against a real server process: as NDJSON (a reminder fires and its
 * events reach the server), in a real terminal (tmux: the reminder, then a break taken with
 * keys shows up in the server's statistics), `--status`, the server down at start (defaults,
 * events kept, exit 3), and the outbox resending a batch whose answer was lost (applied once).
 * `--sitting 30` starts the scheduler as after 30 minutes of sitting, so the first reminder is
 * due at once; nothing else is simulated.
 */

const dirs: string[] = [];
let server: { url: string; child: ChildProcess };
/** The person whose breaks these are: the CLI gets their token as PSOAS_TOKEN. */
let person: TestAccount;

/** A zone in which now is well inside a 00:00-23:59 working day, whatever the test's hour. */
function zoneForNow(): string {
  const hour = new Date().getUTCHours();
  return hour >= 1 && hour <= 22 ? 'UTC' : 'Asia/Tokyo';
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'psoas-breaks-'));
  dirs.push(dir);
  const port = await freePort();
  const child = startNode(
    [SERVER_START],
    cleanEnv(process.env, { PORT: String(port), HOST: '127.0.0.1', PSOAS_DATA_DIR: dir }),
  );
  server = { url: `http://127.0.0.1:${port}`, child };
  await waitForHealth(server.url, child);
  person = await signedUpAccount(server.url);
  const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  const res = await fetch(`${server.url}/api/breaks/settings`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...person.headers },
    body: JSON.stringify({
      workingHours: { timeZone: zoneForNow(), days, start: '00:00', end: '23:59' },
    }),
  });
  expect(res.status).toBe(200);
}, 90_000);

afterAll(async () => {
  if (server.child.exitCode === null) {
    const exited = finished(server.child);
    server.child.kill('SIGTERM');
    await exited;
  }
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const env = (url = server.url) =>
  cleanEnv(process.env, { PSOAS_URL: url, PATH: '/usr/bin:/bin', PSOAS_TOKEN: person.token });

async function state() {
  return breakStateSummarySchema.parse(
    await (await fetch(`${server.url}/api/breaks/state`, { headers: person.headers })).json(),
  );
}

async function today() {
  const res = await fetch(`${server.url}/api/breaks/stats`, { headers: person.headers });
  return breakStatsResponseSchema.parse(await res.json()).days.at(-1);
}

type Line = Record<string, unknown> & { type: string };

/** Runs `psoas breaks --json` until a line matches, then stops it with SIGINT. */
async function runUntil(args: string[], until: (line: Line) => boolean, url?: string) {
  const child = startNode([CLI_MAIN, 'breaks', '--json', ...args], env(url));
  const done = finished(child);
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const lines = () =>
    out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Line);
  const deadline = Date.now() + 30_000;
  while (!lines().some(until) && Date.now() < deadline && child.exitCode === null) {
    await delay(50);
  }
  child.kill('SIGINT');
  const result = await done;
  return { ...result, lines: lines() };
}

describe('psoas breaks --json', () => {
  it('fires the due reminder with its routine and sends its events to the server', async () => {
    const result = await runUntil(['--sitting', '30'], (l) => l.type === 'delivery');
    expect(result.code, result.stderr).toBe(EXIT.ok);
    const reminder = result.lines.find((l) => l.type === 'reminder');
    expect(reminder).toMatchObject({ reason: 'due', urgency: 'gentle', canSnooze: true });
    expect((reminder?.['routine'] as { steps: unknown[] }).steps.length).toBeGreaterThan(0);
    expect(result.lines.at(-1)).toEqual({ type: 'end', unsent: 0, dropped: 0 });
    // The server's copy has seen the reminder's tick.
    const seen = Date.parse((await state()).lastEventAt);
    expect(seen).toBeGreaterThanOrEqual(Date.parse(String(reminder?.['at'])));
  }, 60_000);

  it('runs on defaults when the server is down, keeps the events and exits 3', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const result = await runUntil([], (l) => l.type === 'delivery', closed);
    expect(result.code).toBe(EXIT.unreachable);
    expect(result.stderr).toMatch(/^psoas: the server cannot be reached: using the default/m);
    expect(result.lines[0]).toMatchObject({ type: 'start', notify: 'terminal bell' });
    expect(result.lines.find((l) => l.type === 'delivery')).toMatchObject({ kind: 'kept' });
    expect(result.lines.at(-1)).toMatchObject({ type: 'end', unsent: 1 });
  }, 60_000);
});

describe('psoas breaks in a terminal (tmux)', () => {
  // A private tmux server (-L), so nothing here touches anyone's tmux sessions.
  const socket = `psoas-breaks-test-${process.pid}`;
  const tmux = (...args: string[]) =>
    execFileSync('tmux', ['-L', socket, ...args], {
      encoding: 'utf8',
      env: cleanEnv(process.env, { TERM: 'xterm-256color' }),
    });
  const screen = () => tmux('capture-pane', '-p', '-t', 'breaks', '-S', '-200');

  async function waitFor(what: string, test: (text: string) => boolean, ms = 30_000) {
    const deadline = Date.now() + ms;
    for (;;) {
      const text = screen();
      if (test(text)) return text;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${text}`);
      await delay(50);
    }
  }

  afterAll(() => {
    try {
      tmux('kill-server');
    } catch {
      // Already gone.
    }
  });

  it('reminds, takes a walk with keys, and the server counts the break', async () => {
    const before = (await today())?.breaksTaken ?? 0;
    const vars = `PSOAS_URL=${server.url} PSOAS_TOKEN=${person.token} NO_COLOR=1 PATH=/usr/bin:/bin`;
    const command = `cd ${REPO_ROOT} && env ${vars} node --import tsx ${CLI_MAIN} breaks --sitting 30; echo EXIT=$?; sleep 60`;
    tmux('new-session', '-d', '-s', 'breaks', '-x', '120', '-y', '40', command);
    await waitFor('the reminder', (t) => t.includes('Time to stand up and move'));
    const shown = screen();
    expect(shown).toContain('1. Standing hip flexor stretch, left side: 30 s');
    expect(shown).toMatch(/break due now \(gentle\) · meeting off/);

    tmux('send-keys', '-t', 'breaks', 't');
    await waitFor('the question', (t) => t.includes('w walk (Enter)'));
    tmux('send-keys', '-t', 'breaks', 'Enter');
    await waitFor('the break', (t) => t.includes('Walk for 2 min'));
    await waitFor('the first step', (t) => t.includes('[1/3] Standing hip flexor stretch'));
    tmux('send-keys', '-t', 'breaks', 'Enter');
    await waitFor('the log', (t) => t.includes('Break logged: walk'));
    await waitFor('the new interval', (t) => /next break in (29|30):\d\d · meeting off/.test(t));

    tmux('send-keys', '-t', 'breaks', 'm');
    await waitFor('meeting mode', (t) => t.includes('meeting on'));
    tmux('send-keys', '-t', 'breaks', 'q');
    const end = await waitFor('the exit', (t) => /EXIT=\d+/.test(t));
    expect(end).toContain('EXIT=0');

    expect((await today())?.breaksTaken).toBe(before + 1);
    expect((await state()).meeting).not.toBeNull();
  }, 90_000);
});

describe('psoas breaks --status', () => {
  it("prints today's statistics as JSON", async () => {
    const result = await finished(startNode([CLI_MAIN, 'breaks', '--status', '--json'], env()));
    expect(result.code, result.stderr).toBe(EXIT.ok);
    const day = dailyBreakStatsSchema.parse(JSON.parse(result.stdout));
    // Sitting grows by the second (today's stretch is still open); the counts do not.
    const { sittingMinutes, longestSittingMinutes, ...counts } = day;
    expect(sittingMinutes).toBeGreaterThanOrEqual(longestSittingMinutes);
    expect(await today()).toMatchObject({ ...counts, breaksTaken: 1 });
  }, 60_000);

  it('prints them for people', async () => {
    const result = await finished(startNode([CLI_MAIN, 'breaks', '--status'], env()));
    expect(result.code, result.stderr).toBe(EXIT.ok);
    expect(result.stdout).toMatch(/^Breaks on \d{4}-\d\d-\d\d/);
    expect(result.stdout).toMatch(/standing & moving +\d+ min of 2 h/);
  }, 60_000);
});

/** An API client signed in as the test's person. */
const personClient = () =>
  createApiClient({
    baseUrl: server.url,
    credential: () => Promise.resolve({ kind: 'token', token: person.token, source: 'env' }),
  });

describe('the outbox against the server', () => {
  it('sends a batch again after its answer was lost, and the server applies it once', async () => {
    const client = personClient();
    let loseAnswer = true;
    const outbox = createOutbox({
      runId: `test-${process.pid}`,
      post: async (request) => {
        const answer = (await client.postBreakEvents(request)).data;
        if (loseAnswer) {
          loseAnswer = false;
          throw new CliError({ kind: 'server-timeout', url: server.url, seconds: 10 });
        }
        return answer;
      },
    });
    const now = Date.now();
    outbox.add(ev.activity(asInstant(now - 2_000)));
    outbox.add(ev.meetingEnd(asInstant(now - 1_000)));
    expect(await outbox.flush()).toEqual({ kind: 'kept', reason: 'server-timeout' });
    expect(outbox.pending()).toBe(2);
    expect(await outbox.flush()).toEqual({ kind: 'sent', sent: 0, duplicates: 2 });
    expect(outbox.pending()).toBe(0);
  });

  it('drops a batch the server refuses, instead of sending it forever', async () => {
    const client = personClient();
    const outbox = createOutbox({
      runId: `future-${process.pid}`,
      post: async (request) => (await client.postBreakEvents(request)).data,
    });
    outbox.add(ev.tick(asInstant(Date.now() + 60 * 60_000)));
    const result = await outbox.flush();
    expect(result).toMatchObject({ kind: 'refused', dropped: 1 });
    expect(outbox.pending()).toBe(0);
    expect(outbox.dropped()).toBe(1);
  });
});
