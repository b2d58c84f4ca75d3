import { RED_FLAG_QUESTIONS, intakeSchema, screeningRequestSchema } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import { fakeClient, type FakeCalls } from '../test/support/fake-client.ts';
import { EXIT } from './errors.ts';
import { scriptedInput } from './line-input.ts';
import { run } from './program.ts';

/**
 * assess, today, feedback and undo in-process, with the fake client (core's triage, plan and
 * progression behind it) and scripted stdin. Assertions on exit codes, posted bodies and JSON.
 */

/** Enough empty lines to take every intake default (a few spare are harmless). */
const INTAKE_DEFAULTS = Array.from({ length: 27 }, () => '');
const screeningAnswers = (...yes: number[]) =>
  RED_FLAG_QUESTIONS.map((_, index) => (yes.includes(index) ? 'y' : 'n'));

function session() {
  const calls: Required<FakeCalls> = { requests: [], answers: [], posted: [] };
  const client = fakeClient(calls);
  const psoas = async (args: readonly string[], lines: readonly string[] = []) => {
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
      createClient: () => client,
      timeZone: 'Europe/Paris',
    });
    return { code, stdout, stderr };
  };
  return { psoas, calls };
}

function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.startsWith('psoas: '));
}

describe('psoas assess', () => {
  it('takes the defaults, posts the intake and the screening, and prints the triage', async () => {
    const { psoas, calls } = session();
    const result = await psoas(['assess'], [...INTAKE_DEFAULTS, ...screeningAnswers()]);
    expect(result.code).toBe(EXIT.ok);
    const intake = intakeSchema.parse(calls.posted.find((p) => p.endpoint === 'intake')?.body);
    expect(intake.about.timeZone).toBe('Europe/Paris');
    expect(intake.preferences.minutesPerSession).toBe(10);
    const screening = screeningRequestSchema.parse(
      calls.posted.find((p) => p.endpoint === 'screening')?.body,
    );
    expect(Object.values(screening.answers).every((a) => a === 'no')).toBe(true);
    expect(Object.keys(screening.answers)).toHaveLength(RED_FLAG_QUESTIONS.length);
  });

  it('uses the typed answers, asking again after one that does not fit', async () => {
    const { psoas, calls } = session();
    const lines = [...INTAKE_DEFAULTS];
    lines[0] = 'ancient'; // not an age band: asked again
    lines.splice(1, 0, '51-64');
    const result = await psoas(['assess', '--json'], [...lines, ...screeningAnswers()]);
    expect(result.code).toBe(EXIT.ok);
    const intake = intakeSchema.parse(calls.posted[0]?.body);
    expect(intake.about.ageBand).toBe('51-64');
    // --json: stdout is only the server's answers; the questions went to stderr.
    const json = JSON.parse(result.stdout) as { screening: { outcome: { level: string } } };
    expect(json.screening.outcome.level).toBe('clear');
  });

  it('exits with the stopped code after an A answer, and today is refused the same way', async () => {
    const { psoas } = session();
    const stopped = await psoas(['assess'], [...INTAKE_DEFAULTS, ...screeningAnswers(2)]);
    expect(stopped.code).toBe(EXIT.stopped);
    expect(errorLines(stopped.stderr)).toHaveLength(1);
    const today = await psoas(['today']);
    expect(today.code).toBe(EXIT.stopped);
    expect(today.stdout).toBe('');
    expect(errorLines(today.stderr)).toHaveLength(1);
  });

  it('sends nothing when the input ends before the last question', async () => {
    const { psoas, calls } = session();
    const result = await psoas(['assess'], [...INTAKE_DEFAULTS, 'n', 'n']);
    expect(result.code).toBe(EXIT.failure);
    expect(calls.posted).toEqual([]);
  });

  it('guides the self-tests and posts them per side', async () => {
    const { psoas, calls } = session();
    const lines = [
      'y', // Thomas test
      '',
      'level',
      '',
      'hangs-down',
      'n', // left: no angles
      '12',
      '85',
      'n', // right: angles give the categories
      'n', // knee-to-chest skipped
      'n', // pelvic tilt skipped
      'y',
      '40',
      '20', // bridge
    ];
    const result = await psoas(['assess', '--self-tests', '--json'], lines);
    expect(result.code).toBe(EXIT.ok);
    expect(calls.posted[0]?.body).toEqual({
      thomas: {
        left: { thigh: 'level', knee: 'hangs-down', thighDriftsOut: false },
        right: {
          thigh: 'above-horizontal',
          knee: 'hangs-down',
          thighDriftsOut: false,
          hipAngleDegrees: 12,
          kneeAngleDegrees: 85,
        },
      },
      bridgeHold: { left: { seconds: 40 }, right: { seconds: 20 } },
    });
    const json = JSON.parse(result.stdout) as { asymmetries: { side: string }[] };
    expect(json.asymmetries.map((a) => a.side)).toEqual(['right', 'right']);
  });
});

describe('psoas today', () => {
  it('is refused with the assessment-missing code before any assessment', async () => {
    const { psoas } = session();
    const result = await psoas(['today']);
    expect(result.code).toBe(EXIT.assessmentMissing);
    expect(errorLines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain('psoas assess');
  });

  it('prints the session, the week and the habits; --json the plan', async () => {
    const { psoas } = session();
    await psoas(['assess'], [...INTAKE_DEFAULTS, ...screeningAnswers()]);
    const text = await psoas(['today']);
    expect(text.code).toBe(EXIT.ok);
    const json = await psoas(['today', '--json', '--date', '2026-12-01']);
    const plan = JSON.parse(json.stdout) as {
      startDate: string;
      today: { sessions: { items: { name: string }[] }[] };
    };
    expect(plan.startDate).toBe('2026-12-01');
    for (const item of plan.today.sessions[0]?.items ?? [])
      expect(text.stdout).toContain(item.name);
  });

  it('refuses a date that is not a real day as usage, asking nothing', async () => {
    const { psoas, calls } = session();
    const result = await psoas(['today', '--date', '2026-02-30']);
    expect(result.code).toBe(EXIT.usage);
    expect(calls.requests).toEqual([]);
  });
});

describe('psoas feedback and undo', () => {
  it('rates each exercise, reports the change after three easy sessions, and undoes it', async () => {
    const { psoas, calls } = session();
    await psoas(['assess'], [...INTAKE_DEFAULTS, ...screeningAnswers()]);
    const allEasy = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? 'easy' : '1'));
    let last = { code: -1, stdout: '', stderr: '' };
    for (let n = 0; n < 3; n += 1) last = await psoas(['feedback', '--json'], allEasy);
    expect(last.code).toBe(EXIT.ok);
    const { changes } = JSON.parse(last.stdout) as { changes: { seq: number }[] };
    expect(changes.length).toBeGreaterThan(0);
    const posted = calls.posted.filter((p) => p.endpoint === 'feedback');
    expect(posted).toHaveLength(3);

    const undo = await psoas(['undo', '--json']);
    expect(undo.code).toBe(EXIT.ok);
    expect((JSON.parse(undo.stdout) as { undone: { seq: number } }).undone.seq).toBe(
      changes.at(-1)?.seq,
    );
  });

  it('fails with one line when there is nothing to undo', async () => {
    const { psoas } = session();
    const result = await psoas(['undo']);
    expect(result.code).toBe(EXIT.failure);
    expect(errorLines(result.stderr)).toHaveLength(1);
  });
});
