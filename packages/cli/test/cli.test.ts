import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CHECKLISTS_BY_ID,
  EQUIPMENT,
  EXERCISES,
  PHASES,
  RED_FLAG_QUESTIONS,
  planResponseSchema,
  screeningRecordSchema,
  exerciseDetailSchema,
  exerciseListSchema,
  listExercises,
  type CatalogueFilter,
} from '@psoas/core';
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
import { signedUpAccount } from './support/accounts.ts';

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
  // One person signed in for every command here, as a script would be (accounts.test.ts covers
  // signing in and out itself).
  const person = await signedUpAccount(serverUrl);
  env = cleanEnv(process.env, { PSOAS_URL: serverUrl, PSOAS_TOKEN: person.token });
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

  it.each<[string[], CatalogueFilter]>([
    [['--muscle', 'psoas'], { muscle: 'psoas' }],
    [['--equipment', 'none', '--level', '1'], { equipment: 'none', level: 1 }],
    [['--search', 'navasana'], { q: 'navasana' }],
    [['--search', 'hip flexor', '--phase', 'stretch'], { q: 'hip flexor', phase: 'stretch' }],
    [
      ['--muscle', 'abdominals', '--level', '3', '--equipment', 'band'],
      {
        muscle: 'abdominals',
        level: 3,
        equipment: 'band',
      },
    ],
  ])('filters with %j as core does', async (flags, filter) => {
    const result = await runCli(['exercises', ...flags, '--json'], env);
    expect(result.code).toBe(EXIT.ok);
    const list = exerciseListSchema.parse(JSON.parse(result.stdout));
    expect(list.items.map((e) => e.id)).toEqual(listExercises(EXERCISES, filter).map((e) => e.id));
    expect(list.total).toBe(list.items.length);
  });

  it('finds boat pose by its Sanskrit name', async () => {
    const result = await runCli(['exercises', '--search', 'Navasana', '--json'], env);
    const list = exerciseListSchema.parse(JSON.parse(result.stdout));
    expect(list.items.map((e) => e.id)).toContain('boat-pose');
  });

  it('prints a human list of the matches, or a note when there are none', async () => {
    const human = await runCli(['exercises', '--muscle', 'psoas'], env);
    expect(human.code).toBe(EXIT.ok);
    for (const exercise of listExercises(EXERCISES, { muscle: 'psoas' })) {
      expect(human.stdout).toContain(exercise.id);
    }
    const none = await runCli(['exercises', '--search', 'zzz-no-such-exercise'], env);
    expect(none.code).toBe(EXIT.ok);
    expect(none.stdout).toContain('zzz-no-such-exercise');
  });

  it.each([
    ['--equipment', 'jetpack'],
    ['--muscle', 'heart'],
    ['--level', '7'],
  ])('rejects %s %s locally with a usage error', async (flag, value) => {
    const result = await runCli(['exercises', flag, value], env);
    expect(result.code).toBe(EXIT.usage);
    expectOneErrorLine(result);
  });

  it('lists the allowed equipment when --equipment is wrong', async () => {
    const result = await runCli(['exercises', '--equipment', 'jetpack'], env);
    for (const equipment of EQUIPMENT) expect(result.stderr).toContain(equipment);
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

  it('shows the why of every dose number, and the positions', async () => {
    const result = await runCli(['exercise', 'kneeling-hip-flexor-stretch'], env);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toMatch(/^Why these numbers$/m);
    expect(result.stdout).toMatch(/^Positions$/m);
    expect(result.stdout).toMatch(/Sessions a day/);
  });

  it('reports an unknown id in one line with the not-found code', async () => {
    const result = await runCli(['exercise', 'nope'], env);
    expect(result.code).toBe(EXIT.notFound);
    expectOneErrorLine(result);
  });
});

describe('psoas exercise for a locked exercise', () => {
  const LOCKED = 'abdominal-psoas-release';
  const questions = CHECKLISTS_BY_ID['abdominal-release'].questions;
  const locked = EXERCISES.find((exercise) => exercise.id === LOCKED);
  /** Every run of spaces and line breaks as one space: the page wraps long lines. */
  const flat = (text: string): string => text.replace(/\s+/g, ' ');
  const firstStepWords = flat(locked?.steps[0] ?? 'missing');
  const answersWithYesAt = (index: number): string =>
    questions.map((_, i) => (i === index ? 'yes\n' : 'no\n')).join('');

  it('is locked in the catalogue', () => {
    expect(locked?.lock).not.toBeNull();
  });

  it('shows why it is locked and how to unlock, but no steps', async () => {
    const result = await runCli(['exercise', LOCKED], env);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toContain(`${LOCKED} --checklist`);
    expect(flat(result.stdout)).not.toContain(firstStepWords);
    expect(result.stdout).not.toMatch(/^Steps$/m);
  });

  it('prints the JSON as the server sent it, lock included', async () => {
    const result = await runCli(['exercise', LOCKED, '--json'], env);
    expect(result.code).toBe(EXIT.ok);
    expect(exerciseDetailSchema.parse(JSON.parse(result.stdout)).lock).not.toBeNull();
  });

  it('with --checklist and every piped answer "no", shows the steps', async () => {
    const result = await runCli(['exercise', LOCKED, '--checklist'], env, answersWithYesAt(-1));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toMatch(/^Steps$/m);
    expect(flat(result.stdout)).toContain(firstStepWords);
  });

  it('with --checklist and one "yes", stays locked with its own exit code', async () => {
    const result = await runCli(['exercise', LOCKED, '--checklist'], env, answersWithYesAt(3));
    expect(result.code).toBe(EXIT.locked);
    const lines = result.stderr.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^psoas: /);
    expect(result.stdout).not.toMatch(/^Steps$/m);
    expect(flat(result.stdout)).not.toContain(firstStepWords);
  });

  it('with --checklist and too few answers, fails with exit 1 and shows no steps', async () => {
    const result = await runCli(['exercise', LOCKED, '--checklist'], env, 'no\nno\n');
    expect(result.code).toBe(EXIT.failure);
    expect(result.stderr.split('\n').filter((line) => line !== '')).toHaveLength(1);
    expect(result.stdout).not.toMatch(/^Steps$/m);
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

describe('psoas assess, today, feedback and undo', () => {
  // One person on this server: these run in order, from no assessment to a plan.
  const intakeDefaults = '\n'.repeat(27);
  const screening = (...yes: number[]) =>
    RED_FLAG_QUESTIONS.map((_, index) => (yes.includes(index) ? 'y\n' : 'n\n')).join('');

  it('refuses today before any assessment, naming the next step', async () => {
    const result = await runCli(['today'], env);
    expect(result.code).toBe(EXIT.assessmentMissing);
    expectOneErrorLine(result);
    expect(result.stderr).toContain('psoas assess');
  });

  it('stops the programme after a red flag: assess and today exit with the stopped code', async () => {
    const assess = await runCli(['assess'], env, intakeDefaults + screening(0));
    expect(assess.code).toBe(EXIT.stopped);
    expect(assess.stderr.split('\n').filter((l) => l !== '')).toHaveLength(1);
    const today = await runCli(['today', '--json'], env);
    expect(today.code).toBe(EXIT.stopped);
    expectOneErrorLine(today);
  });

  it('serves a plan that fits after a clearing screening (piped answers, --json)', async () => {
    const assess = await runCli(['assess', '--json'], env, intakeDefaults + screening());
    expect(assess.code).toBe(EXIT.ok);
    const answers = JSON.parse(assess.stdout) as { screening: unknown };
    expect(screeningRecordSchema.parse(answers.screening).outcome.level).toBe('clear');

    const today = await runCli(['today', '--json'], env);
    expect(today.code).toBe(EXIT.ok);
    const plan = planResponseSchema.parse(JSON.parse(today.stdout));
    expect(plan.today.sessions[0]?.estimatedSeconds).toBeLessThanOrEqual(plan.budgetSeconds);
    const human = await runCli(['today'], env);
    expect(human.code).toBe(EXIT.ok);
    for (const item of plan.today.sessions[0]?.items ?? [])
      expect(human.stdout).toContain(item.name);
  });

  it('takes feedback, and undo fails cleanly when nothing changed', async () => {
    const feedback = await runCli(['feedback', '--json'], env, 'right\n1\n'.repeat(10));
    expect(feedback.code).toBe(EXIT.ok);
    expect(JSON.parse(feedback.stdout)).toEqual({ changes: [] });
    const undo = await runCli(['undo'], env);
    expect(undo.code).toBe(EXIT.failure);
    expectOneErrorLine(undo);
  });
});
