import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PHASES, exerciseDetailSchema, exerciseListSchema } from '@psoas/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { EXIT } from '../src/errors.ts';
import {
  REPO_ROOT,
  SERVER_START,
  cleanEnv,
  finished,
  freePort,
  isListening,
  runCli,
  startNode,
  waitForHealth,
  type Finished,
} from './support/processes.ts';

/**
 * The real `psoas` against the real server, both as child processes, as a user runs them.
 * Assertions are on exit codes, parsed JSON and the shape of stderr, never on wording.
 */

function expectOneErrorLine(result: Finished): void {
  expect(result.stdout).toBe('');
  const lines = result.stderr.split('\n').filter((line) => line !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^psoas: /);
}

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'psoas-cli-'));
  tempDirs.push(dir);
  return dir;
}

let server: ChildProcess | undefined;
let serverUrl = '';
let env: Record<string, string> = {};

beforeAll(async () => {
  if (!existsSync(join(REPO_ROOT, SERVER_START))) throw new Error(`${SERVER_START} is missing`);
  const port = await freePort();
  serverUrl = `http://127.0.0.1:${port}`;
  server = startNode(
    [SERVER_START],
    cleanEnv(process.env, { PORT: String(port), HOST: '127.0.0.1', PSOAS_DATA_DIR: tempDir() }),
  );
  await waitForHealth(serverUrl, server);
  env = cleanEnv(process.env, { PSOAS_URL: serverUrl });
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = finished(server);
    server.kill('SIGTERM');
    await exited;
  }
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('psoas exercises', () => {
  it('prints the whole catalogue as the server sent it', async () => {
    const result = await runCli(['exercises', '--json'], env);
    expect(result.code).toBe(EXIT.ok);
    const list = exerciseListSchema.parse(JSON.parse(result.stdout));
    expect(list.total).toBe(list.items.length);
    expect(list.items.length).toBeGreaterThan(0);
  });

  it('filters by phase', async () => {
    const result = await runCli(['exercises', '--phase', 'stretch', '--json'], env);
    expect(result.code).toBe(EXIT.ok);
    const list = exerciseListSchema.parse(JSON.parse(result.stdout));
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((exercise) => exercise.phase === 'stretch')).toBe(true);
  });

  it('prints a human list that names every exercise', async () => {
    const [human, json] = await Promise.all([
      runCli(['exercises'], env),
      runCli(['exercises', '--json'], env),
    ]);
    expect(human.code).toBe(EXIT.ok);
    const list = exerciseListSchema.parse(JSON.parse(json.stdout));
    for (const exercise of list.items) expect(human.stdout).toContain(exercise.id);
    expect(human.stdout).not.toContain('\u001b[');
  });

  it('rejects an unknown phase locally with a usage error', async () => {
    const result = await runCli(['exercises', '--phase', 'bogus'], env);
    expect(result.code).toBe(EXIT.usage);
    expectOneErrorLine(result);
    for (const phase of PHASES) expect(result.stderr).toContain(phase);
  });

  it('rejects an unknown flag with a usage error', async () => {
    const result = await runCli(['exercises', '--bogus'], env);
    expect(result.code).toBe(EXIT.usage);
    expectOneErrorLine(result);
  });
});

describe('psoas exercise', () => {
  it('prints one exercise with its references', async () => {
    const result = await runCli(['exercise', 'glute-bridge', '--json'], env);
    expect(result.code).toBe(EXIT.ok);
    const detail = exerciseDetailSchema.parse(JSON.parse(result.stdout));
    expect(detail.id).toBe('glute-bridge');
    expect(detail.references.length).toBeGreaterThan(0);
  });

  it('reports an unknown id in one line with the not-found code', async () => {
    const result = await runCli(['exercise', 'nope'], env);
    expect(result.code).toBe(EXIT.notFound);
    expectOneErrorLine(result);
  });
});

describe('failures and meta', () => {
  it('reports an unreachable server in one line', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const result = await runCli(['--server', closed, 'exercises'], env);
    expect(result.code).toBe(EXIT.unreachable);
    expectOneErrorLine(result);
    expect(result.stderr).toContain(closed);
  });

  it('prints the package version', async () => {
    const result = await runCli(['--version'], env);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout.trim()).toBe(packageJson.version);
  });

  it.each([
    [['--help']],
    [['exercises', '--help']],
    [['exercise', '--help']],
    [['serve', '--help']],
  ])('prints help with examples for %j', async (args) => {
    const result = await runCli(args, env);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toMatch(/^Usage: psoas/);
    expect(result.stdout).toContain('Examples:');
  });
});

describe('psoas serve', () => {
  it('starts a server that answers, and stops it cleanly on SIGTERM', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const cli = startNode(
      ['packages/cli/src/main.ts', 'serve', '--port', String(port), '--data-dir', tempDir()],
      cleanEnv(process.env, { HOST: '127.0.0.1' }),
    );
    const result = finished(cli);
    await waitForHealth(url, cli).catch(async (error: unknown) => {
      // Show why: a failed start is otherwise only "exited (1)".
      const { stderr } = await result;
      throw new Error(`${String(error)}\n${stderr.slice(-1_000)}`);
    });
    cli.kill('SIGTERM');
    expect((await result).code).toBe(EXIT.ok);
    expect(await isListening(url)).toBe(false);
  });
});
