import { CHECKLISTS_BY_ID, EXERCISES, exerciseDetailSchema, listExercises } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import { fakeClient, type FakeCalls } from '../test/support/fake-client.ts';
import { EXIT } from './errors.ts';
import { scriptedInput } from './line-input.ts';
import { run } from './program.ts';

/**
 * The whole program in-process: commander wiring, commands and formatting, with a fake client
 * and scripted stdin. Assertions are on exit codes, calls and JSON, not on wording.
 */

const LOCKED = 'abdominal-psoas-release';
const questions = CHECKLISTS_BY_ID['abdominal-release'].questions;

async function psoas(args: readonly string[], lines: readonly string[] = []) {
  const calls: FakeCalls = { requests: [], answers: [] };
  let stdout = '';
  let stderr = '';
  const code = await run(['node', 'psoas', ...args], {
    config: { serverUrl: 'http://fake', colourAllowed: false, configDir: null, envToken: null },
    terminal: {
      writeOut: (text) => (stdout += text),
      writeErr: (text) => (stderr += text),
      isTTY: false,
      columns: 80,
    },
    input: scriptedInput(lines),
    createClient: () => fakeClient(calls),
  });
  return { code, stdout, stderr, calls };
}

function expectOneErrorLine(stderr: string): void {
  const lines = stderr.split('\n').filter((line) => line !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^psoas: /);
}

const allNo = questions.map(() => 'no');
/** Text with every run of spaces and line breaks as one space: the page wraps long lines. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');
const firstStep = (): string => {
  const step = EXERCISES.find((e) => e.id === LOCKED)?.steps[0];
  if (step === undefined) throw new Error(`${LOCKED} is missing`);
  return flat(step);
};

describe('psoas exercises with filters', () => {
  it('passes every filter on and prints what matches', async () => {
    const result = await psoas(['exercises', '--muscle', 'glutes', '--level', '1', '--json']);
    expect(result.code).toBe(EXIT.ok);
    const expected = listExercises(EXERCISES, { muscle: 'glutes', level: 1 }).map((e) => e.id);
    const got = (JSON.parse(result.stdout) as { items: { id: string }[] }).items.map((e) => e.id);
    expect(got).toEqual(expected);
  });

  it.each([
    ['--equipment', 'jetpack'],
    ['--muscle', 'heart'],
    ['--level', '4'],
    ['--search', '   '],
  ])('refuses %s %j locally as usage, asking nothing of the server', async (flag, value) => {
    const result = await psoas(['exercises', flag, value]);
    expect(result.code).toBe(EXIT.usage);
    expectOneErrorLine(result.stderr);
    expect(result.calls.requests).toEqual([]);
  });
});

describe('psoas exercise for a locked exercise', () => {
  it('shows the locked page without asking anything', async () => {
    const result = await psoas(['exercise', LOCKED], allNo);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toContain(`${LOCKED} --checklist`);
    expect(flat(result.stdout)).not.toContain(firstStep());
    expect(result.calls.requests).not.toContain('checklist abdominal-release');
  });

  it('prints the JSON as the server sent it, lock and all', async () => {
    const result = await psoas(['exercise', LOCKED, '--json']);
    expect(result.code).toBe(EXIT.ok);
    expect(exerciseDetailSchema.parse(JSON.parse(result.stdout)).lock).not.toBeNull();
  });

  it('with --checklist answered "no" throughout, shows the steps', async () => {
    const result = await psoas(['exercise', LOCKED, '--checklist'], allNo);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toBe('');
    expect(result.calls.answers).toEqual([Object.fromEntries(questions.map((q) => [q.id, 'no']))]);
    expect(flat(result.stdout)).toContain(firstStep());
  });

  it('with one "yes", refuses with the locked exit code and shows no steps', async () => {
    const result = await psoas(
      ['exercise', LOCKED, '--checklist'],
      allNo.map((answer, index) => (index === 1 ? 'y' : answer)),
    );
    expect(result.code).toBe(EXIT.locked);
    expectOneErrorLine(result.stderr);
    expect(flat(result.stdout)).not.toContain(firstStep());
  });

  it('when the input ends early, fails with exit 1, posts nothing and shows no steps', async () => {
    const result = await psoas(['exercise', LOCKED, '--checklist'], ['n', 'n', 'what?', 'n']);
    expect(result.code).toBe(EXIT.failure);
    expectOneErrorLine(result.stderr);
    expect(result.calls.answers).toEqual([]);
    expect(flat(result.stdout)).not.toContain(firstStep());
  });

  it('refuses --checklist together with --json as usage', async () => {
    const result = await psoas(['exercise', LOCKED, '--checklist', '--json'], allNo);
    expect(result.code).toBe(EXIT.usage);
    expectOneErrorLine(result.stderr);
  });

  it('ignores --checklist on an exercise without a lock', async () => {
    const result = await psoas(['exercise', 'glute-bridge', '--checklist']);
    expect(result.code).toBe(EXIT.ok);
    expect(result.calls.answers).toEqual([]);
    expect(result.stdout).toMatch(/^Steps$/m);
  });
});

describe('psoas exercise with a ladder', () => {
  it('names the neighbours on the ladder', async () => {
    const onLadder = EXERCISES.find((e) => e.ladder?.easier != null || e.ladder?.harder != null);
    if (onLadder === undefined) throw new Error('no exercise in the catalogue has a ladder');
    const result = await psoas(['exercise', onLadder.id]);
    expect(result.code).toBe(EXIT.ok);
    const neighbour = onLadder.ladder?.easier ?? onLadder.ladder?.harder;
    const name = EXERCISES.find((e) => e.id === neighbour)?.name;
    expect(flat(result.stdout)).toContain(`${name} (${neighbour})`);
  });
});
