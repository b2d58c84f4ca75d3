import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import {
  RED_FLAG_QUESTIONS,
  buildSteps,
  exerciseListSchema,
  planResponseSchema,
  sessionLogListSchema,
  type SessionLogRequest,
} from '@psoas/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../src/errors.ts';
import { PENDING_FILE, formatPending, parsePending } from '../src/session/pending.ts';
import {
  CLI_MAIN,
  REPO_ROOT,
  SERVER_START,
  cleanEnv,
  finished,
  freePort,
  runCli,
  startNode,
  waitForHealth,
} from './support/processes.ts';
import { signedUpAccount, type TestAccount } from './support/accounts.ts';

/**
 * The real `psoas session` against a real server process: in a real terminal (tmux) with keys,
 * as NDJSON for scripts, and with the server gone at the end (the session waits in the pending
 * file and is stored exactly once later). PSOAS_TIME_SCALE makes the session clock run faster;
 * everything else is real.
 */

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'psoas-session-'));
  tempDirs.push(dir);
  return dir;
}

type Server = { url: string; port: number; dataDir: string; child: ChildProcess };
/** The person each server's sessions belong to, by URL: the CLI gets their token. */
const people = new Map<string, TestAccount>();
function personOn(url: string): TestAccount {
  const person = people.get(url);
  if (!person) throw new Error(`nobody signed up on ${url}`);
  return person;
}
const cliEnv = (url: string, extra: Record<string, string> = {}) =>
  cleanEnv(process.env, { PSOAS_URL: url, PSOAS_TOKEN: personOn(url).token, ...extra });
const servers: Server[] = [];

async function startServer(port?: number, dataDir?: string): Promise<Server> {
  const chosen = port ?? (await freePort());
  const dir = dataDir ?? tempDir();
  const child = startNode(
    [SERVER_START],
    cleanEnv(process.env, { PORT: String(chosen), HOST: '127.0.0.1', PSOAS_DATA_DIR: dir }),
  );
  const server = { url: `http://127.0.0.1:${chosen}`, port: chosen, dataDir: dir, child };
  servers.push(server);
  await waitForHealth(server.url, child);
  return server;
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = finished(server.child);
  server.child.kill('SIGTERM');
  await exited;
}

/** Intake defaults and "no" to every safety question: a clear screening, so there is a plan. */
async function assess(url: string): Promise<void> {
  const answers = '\n'.repeat(27) + RED_FLAG_QUESTIONS.map(() => 'n\n').join('');
  people.set(url, await signedUpAccount(url));
  const result = await runCli(['assess', '--json'], cliEnv(url), answers);
  if (result.code !== EXIT.ok) throw new Error(`assess failed: ${result.stderr}`);
}

/** GET as the person signed up on that server. */
async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url, { headers: personOn(new URL(url).origin).headers });
  return response.json();
}

async function storedSessions(url: string) {
  return sessionLogListSchema.parse(await getJson(`${url}/api/sessions?limit=200`)).sessions;
}

/** The cues the engine schedules for today's main session, as `step:kind:detail`. */
async function expectedCues(url: string): Promise<string[]> {
  const plan = planResponseSchema.parse(await getJson(`${url}/api/plan`));
  const catalogue = exerciseListSchema.parse(await getJson(`${url}/api/exercises`));
  const session = plan.today.sessions.find((s) => s.items.length > 0);
  if (!session) throw new Error('no session today');
  return buildSteps(session, catalogue.items).flatMap((step) =>
    step.cues.map((cue) => `${step.index}:${cueDetail(cue)}`),
  );
}

function cueDetail(cue: Record<string, unknown>): string {
  const detail = cue['say'] ?? cue['value'] ?? cue['tone'];
  return `${String(cue['kind'])}:${String(detail)}`;
}

type Line = Record<string, unknown> & { type: string };
const ndjson = (stdout: string): Line[] =>
  stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Line);

let server: Server;

beforeAll(async () => {
  server = await startServer();
  await assess(server.url);
}, 90_000);

afterAll(async () => {
  for (const s of servers) await stopServer(s);
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('psoas session in a terminal (tmux)', () => {
  // A private tmux server (-L), so nothing here touches anyone's tmux sessions.
  const socket = `psoas-session-test-${process.pid}`;
  const tmux = (...args: string[]) =>
    execFileSync('tmux', ['-L', socket, ...args], {
      encoding: 'utf8',
      env: cleanEnv(process.env, { TERM: 'xterm-256color' }),
    });
  const screen = () => tmux('capture-pane', '-p', '-t', 'player', '-S', '-300');
  const visible = () => tmux('capture-pane', '-p', '-t', 'player');

  async function waitFor(what: string, test: (text: string) => boolean, ms = 20_000) {
    const deadline = Date.now() + ms;
    for (;;) {
      const text = screen();
      if (test(text)) return text;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${text}`);
      await delay(50);
    }
  }

  /** The frame's step number, or null once it is gone or finished. */
  const stepNumber = (text: string) => {
    const matches = [...text.matchAll(/step (\d+) of (\d+)/g)];
    const last = matches.at(-1);
    return last ? Number(last[1]) : null;
  };

  afterAll(() => {
    try {
      tmux('kill-server');
    } catch {
      // Already gone: the test ended it, or it never started.
    }
  });

  it('shows the countdown, pauses with space, skips, finishes, asks, and saves once', async () => {
    const config = tempDir();
    const note = `tmux-${process.pid}`;
    const vars = `PSOAS_URL=${server.url} PSOAS_TOKEN=${personOn(server.url).token} XDG_CONFIG_HOME=${config} PSOAS_TIME_SCALE=10 NO_COLOR=1`;
    const command = `cd ${REPO_ROOT} && env ${vars} node --import tsx ${CLI_MAIN} session --no-voice; echo EXIT=$?; sleep 120`;
    tmux('new-session', '-d', '-s', 'player', '-x', '100', '-y', '30', command);

    const first = await waitFor(
      'the live view',
      (t) => /step \d+ of \d+/.test(t) && t.includes('█'),
    );
    expect(first).toMatch(/space pause/);
    expect(first).not.toContain('\u001b');

    // Pause: the frame (countdown included) stands still while engine time would fly by.
    tmux('send-keys', '-t', 'player', 'Space');
    await waitFor('the pause', (t) => t.includes('PAUSED'));
    const paused = visible();
    await delay(700);
    expect(visible()).toBe(paused);
    tmux('send-keys', '-t', 'player', 'Space');
    await waitFor('the resume', (t) => !visible().includes('PAUSED') && t.length > 0);

    // Skip to the end, one step at a time.
    for (let guard = 0; guard < 200; guard += 1) {
      const text = visible();
      if (text.includes('FINISHED')) break;
      const before = stepNumber(text);
      tmux('send-keys', '-t', 'player', 's');
      await waitFor('the next step', () => {
        const now = visible();
        return now.includes('FINISHED') || stepNumber(now) !== before;
      });
    }
    await waitFor('the end', (t) => t.includes('Session complete'));

    // The questions: answered as they come, until the command exits.
    const answers: [RegExp, string][] = [
      [/too hard\? \(easy, right, hard\) \[right\] $/, 'easy'],
      [/Pain during it, 0-10 \[0\] $/, '1'],
      [/Reps done in every set .*\) $/, ''],
      [/Pain now, 0-10 \(Enter to skip\) $/, '2'],
      [/A note for your log \(Enter for none\) $/, note],
    ];
    let answered = 0;
    for (let guard = 0; guard < 100; guard += 1) {
      const text = await waitFor('a question or the exit', (t) => {
        const last = t.trimEnd().split('\n').at(-1) ?? '';
        return /EXIT=\d+/.test(t) || answers.some(([prompt]) => prompt.test(`${last} `));
      });
      if (/EXIT=\d+/.test(text)) break;
      const last = `${text.trimEnd().split('\n').at(-1) ?? ''} `;
      const answer = answers.find(([prompt]) => prompt.test(last));
      if (!answer) throw new Error(`no answer for: ${last}`);
      const lines = text.split('\n').length;
      tmux('send-keys', '-t', 'player', '-l', answer[1]);
      tmux('send-keys', '-t', 'player', 'Enter');
      answered += 1;
      await waitFor('the answer to land', (t) => t.split('\n').length > lines || /EXIT=/.test(t));
    }
    const end = await waitFor('the exit', (t) => /EXIT=\d+/.test(t));
    expect(end).toContain('EXIT=0');
    expect(end).toContain('Saved to your log');
    expect(answered).toBeGreaterThanOrEqual(2);

    const mine = (await storedSessions(server.url)).filter((s) => s.note === note);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.outcome).toBe('completed');
    expect(mine[0]?.painNow).toBe(2);
    // Skipped steps are in the log, not only the time.
    expect(mine[0]?.items.some((item) => item.done.skippedSteps > 0)).toBe(true);
  }, 120_000);
});

describe('psoas session --json', () => {
  it('prints every cue once, in the engine order, on time or late but never early', async () => {
    const before = (await storedSessions(server.url)).length;
    const config = tempDir();
    const env = cliEnv(server.url, { XDG_CONFIG_HOME: config, PSOAS_TIME_SCALE: '40' });
    const result = await runCli(['session', '--json', '--no-feedback', '--no-voice'], env);
    expect(result.code, result.stderr).toBe(EXIT.ok);
    const lines = ndjson(result.stdout);
    expect(result.stdout).not.toContain('\u001b');

    const cues = lines.filter((l) => l.type === 'cue');
    expect(cues.map((c) => `${String(c['stepIndex'])}:${cueDetail(c)}`)).toEqual(
      await expectedCues(server.url),
    );
    for (const cue of cues) {
      expect(Number(cue['firedAt'])).toBeGreaterThanOrEqual(Number(cue['dueAt']));
    }
    const stepIndexes = lines.filter((l) => l.type === 'step').map((l) => l['index']);
    expect(stepIndexes).toEqual([...stepIndexes].sort((a, b) => Number(a) - Number(b)));
    expect(stepIndexes[0]).toBe(0);

    const last = lines.slice(-2);
    expect(last[0]).toMatchObject({ type: 'finished', outcome: 'completed' });
    expect(last[1]).toMatchObject({ type: 'saved', replayed: false });
    expect(await storedSessions(server.url)).toHaveLength(before + 1);
  }, 90_000);

  it('refuses a session number that is not there, before running anything', async () => {
    const env = cliEnv(server.url, { XDG_CONFIG_HOME: tempDir() });
    const result = await runCli(['session', '--session', '9', '--json'], env);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('psoas session when the server goes away', () => {
  it('keeps the session with its key, and stores it exactly once when the server is back', async () => {
    const own = await startServer();
    await assess(own.url);
    const config = tempDir();
    const dir = join(config, 'psoas');
    const env = cliEnv(own.url, { XDG_CONFIG_HOME: config, PSOAS_TIME_SCALE: '100' });
    const asPerson = personOn(own.url).headers;

    // A session the server stored, whose answer never came back: still in the pending file.
    const plan = planResponseSchema.parse(await getJson(`${own.url}/api/plan`));
    const lost: SessionLogRequest = {
      date: plan.today.date,
      startedAt: '2026-01-05T08:00:00.000Z',
      finishedAt: '2026-01-05T08:10:00.000Z',
      outcome: 'ended-early',
      plannedSeconds: 600,
      activeSeconds: 300,
      items: [],
      feedback: [],
      painNow: null,
      note: 'answer lost',
    };
    const lostKey = `lost-${process.pid}-key`;
    const first = await fetch(`${own.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': lostKey, ...asPerson },
      body: JSON.stringify(lost),
    });
    expect(first.status).toBe(201);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, PENDING_FILE),
      formatPending([{ key: lostKey, request: lost, keptAt: '2026-01-05T08:10:01.000Z' }]),
    );

    // Run a session; the server goes down while it runs.
    const child = startNode([CLI_MAIN, 'session', '--json', '--no-feedback', '--no-voice'], env);
    const running = finished(child);
    await new Promise<void>((resolve) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('"type":"step"')) resolve();
      });
    });
    await stopServer(own);
    const down = await running;
    expect(down.code, down.stderr).toBe(EXIT.unreachable);
    expect(down.stderr.trim().split('\n').at(-1)).toMatch(/^psoas: /);
    const kept = parsePending(readFileSync(join(dir, PENDING_FILE), 'utf8'));
    if (!kept.ok) throw new Error(kept.reason);
    expect(kept.sessions).toHaveLength(1);
    const keptKey = kept.sessions[0]?.key;
    expect(keptKey).not.toBe(lostKey);

    // Back up: the next run sends the kept one first, with its key, then runs and saves its own.
    const again = await startServer(own.port, own.dataDir);
    const next = await runCli(['session', '--json', '--no-feedback', '--no-voice'], env);
    expect(next.code, next.stderr).toBe(EXIT.ok);
    expect(next.stderr).toContain(plan.today.date);
    const after = parsePending(readFileSync(join(dir, PENDING_FILE), 'utf8'));
    expect(after).toEqual({ ok: true, sessions: [] });

    const stored = await storedSessions(again.url);
    expect(stored.filter((s) => s.note === 'answer lost')).toHaveLength(1);
    expect(stored).toHaveLength(3);
    // Sent again with the same key, the lost one is a replay, not a second row.
    const replay = await fetch(`${again.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': lostKey, ...asPerson },
      body: JSON.stringify(lost),
    });
    expect(replay.status).toBe(200);
    expect(await storedSessions(again.url)).toHaveLength(3);
  }, 180_000);
});
