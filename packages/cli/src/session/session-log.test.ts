import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EXERCISES,
  asInstant,
  buildSteps,
  createSessionState,
  sessionLogRequestSchema,
  summarizeSession,
  transitionSession,
  type FinishedState,
  type SessionState,
} from '@psoas/core';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../errors.ts';
import { readSessionConfig } from './config.ts';
import { isWorthRetrying, sendPending } from './deliver.ts';
import type { SessionLogApi } from '../api-client.ts';
import { nextDueAt } from './player.ts';
import {
  PENDING_FILE,
  formatPending,
  parsePending,
  readPendingFile,
  writePendingFile,
} from './pending.ts';
import { parseSessionNumber, parseVoiceRate } from './session-args.ts';
import { asksReps, exercisesToRate } from './session-feedback.ts';
import { buildSessionLog } from './session-log.ts';
import { aPlanSession } from './test-support/plan-session.ts';
import { findExecutable } from '../executables.ts';
import { espeakArgs } from './voice.ts';

const plan = aPlanSession();
const steps = buildSteps(plan, EXERCISES);
const T0 = asInstant(5_000_000);

/** Ticks at every due instant, as the player does; from transition `skipFrom` on, skips. */
function runSession(skipFrom = Infinity): FinishedState {
  let state: SessionState = transitionSession(createSessionState(steps), {
    type: 'start',
    now: T0,
  });
  let now: number = T0;
  for (let i = 0; state.status !== 'finished'; i += 1) {
    if (state.status !== 'running') throw new Error(state.status);
    now = i >= skipFrom ? now + 1 : (nextDueAt(state) ?? state.deadline);
    state = transitionSession(state, {
      type: i >= skipFrom ? 'skip' : 'tick',
      now: asInstant(now),
    });
  }
  return state;
}

const request = () => {
  const state = runSession();
  return buildSessionLog({
    date: '2026-11-23',
    planSession: plan,
    state,
    summary: summarizeSession(state, plan),
    startedAt: new Date('2026-11-23T09:00:00.000Z'),
    finishedAt: new Date('2026-11-23T09:03:00.000Z'),
    feedback: { items: [], painNow: 1, note: 'ok' },
  });
};

describe('buildSessionLog', () => {
  it('records a whole session as the schema wants it, with active time from the engine', () => {
    const log = request();
    expect(sessionLogRequestSchema.parse(log)).toEqual(log);
    expect(log.outcome).toBe('completed');
    expect(log.activeSeconds).toBe(Math.round(steps.reduce((t, s) => t + s.durationMs, 0) / 1000));
    expect(log.plannedSeconds).toBe(plan.estimatedSeconds);
    for (const item of log.items) expect(item.done.sets).toBe(item.planned.sets);
  });

  it('never finishes before it started, whatever the wall clock did', () => {
    const state = runSession();
    const log = buildSessionLog({
      date: '2026-11-23',
      planSession: plan,
      state,
      summary: summarizeSession(state, plan),
      startedAt: new Date('2026-11-23T09:00:00.000Z'),
      finishedAt: new Date('2026-11-23T08:00:00.000Z'),
      feedback: { items: [], painNow: null, note: '' },
    });
    expect(log.finishedAt).toBe(log.startedAt);
  });
});

describe('exercisesToRate', () => {
  it('rates each exercise done at least in part, once, and asks reps only for rep exercises', () => {
    const whole = runSession();
    expect(exercisesToRate(plan, summarizeSession(whole, plan)).map((i) => i.exerciseId)).toEqual([
      'kneeling-hip-flexor-stretch',
      'glute-bridge',
    ]);
    const skippedAll = runSession(0);
    expect(exercisesToRate(plan, summarizeSession(skippedAll, plan))).toEqual([]);
    expect(plan.items.map(asksReps)).toEqual([false, true]);
  });
});

describe('pending file', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'psoas-pending-'));
    dirs.push(dir);
    return dir;
  };
  const pending = { key: 'key-0123456789', request: request(), keptAt: '2026-11-23T09:03:01.000Z' };

  it('round-trips, readable only by its owner, and is empty when there is no file', async () => {
    const dir = join(tempDir(), 'psoas');
    expect(await readPendingFile(dir)).toEqual({ ok: true, sessions: [] });
    await writePendingFile(dir, [pending]);
    expect(await readPendingFile(dir)).toEqual({ ok: true, sessions: [pending] });
    expect(statSync(join(dir, PENDING_FILE)).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['not JSON', '{'],
    ['another format', '{"version":2,"sessions":[]}'],
    ['no list', '{"version":1}'],
    ['a bad key', formatPending([{ ...pending, key: 'no spaces allowed' }])],
    ['a bad request', formatPending([pending]).replace('"completed"', '"maybe"')],
  ])('refuses a file with %s', (_what, text) => {
    expect(parsePending(text).ok).toBe(false);
  });

  it('reports an unreadable file instead of throwing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, PENDING_FILE), 'garbage');
    expect((await readPendingFile(dir)).ok).toBe(false);
    expect(readFileSync(join(dir, PENDING_FILE), 'utf8')).toBe('garbage');
  });

  it("sends only the signed-in account's sessions (and those from before accounts); others wait", async () => {
    const dir = tempDir();
    const ana = { ...pending, key: 'key-ana-0123456', accountId: 'ana' };
    const bo = { ...pending, key: 'key-bo-01234567', accountId: 'bo' };
    const legacy = { ...pending, key: 'key-old-0123456' };
    await writePendingFile(dir, [ana, bo, legacy]);
    const posted: string[] = [];
    const api: Pick<SessionLogApi, 'postSession'> = {
      postSession: (_request, key) => {
        posted.push(key);
        return Promise.reject(
          new CliError({ kind: 'server-unreachable', url: 'u', reason: 'ECONNREFUSED' }),
        );
      },
    };
    const down = await sendPending(api, dir, 'bo');
    expect(posted).toEqual([bo.key]);
    expect(down).toMatchObject({ stillPending: 2, otherAccounts: 1 });
    expect(await readPendingFile(dir)).toEqual({ ok: true, sessions: [ana, bo, legacy] });

    posted.length = 0;
    const sent: Pick<SessionLogApi, 'postSession'> = {
      postSession: (request, key) => {
        posted.push(key);
        return Promise.reject(
          new CliError({
            kind: 'problem',
            problem: { type: 'about:blank', title: 't', status: 400, detail: 'd', code: 'X' },
          }),
        );
      },
    };
    // Refused for good: out of the pending file, into the refused one; Ana's stays for her.
    const report = await sendPending(sent, dir, 'bo');
    expect(posted).toEqual([bo.key, legacy.key]);
    expect(report).toMatchObject({ stillPending: 0, otherAccounts: 1 });
    expect(await readPendingFile(dir)).toEqual({ ok: true, sessions: [ana] });
  });
});

describe('isWorthRetrying', () => {
  const problem = (status: number) =>
    new CliError({
      kind: 'problem',
      problem: { type: 'about:blank', title: 't', status, detail: 'd', code: 'X' },
    });
  it.each([
    [new CliError({ kind: 'server-unreachable', url: 'u', reason: 'ECONNREFUSED' }), true],
    [new CliError({ kind: 'server-timeout', url: 'u', seconds: 10 }), true],
    [problem(503), true],
    [problem(404), true],
    [problem(400), false],
    [problem(422), false],
    // Signed out (or the token revoked) during a session: kept, and sent after `psoas login`.
    [new CliError({ kind: 'sign-in-required', server: 'u', reason: 'token-rejected' }), true],
    [new CliError({ kind: 'unexpected-response', url: 'u', status: 502, reason: 'html' }), true],
    [new CliError({ kind: 'unexpected-response', url: 'u', status: 201, reason: 'x' }), false],
    [new Error('bug'), false],
  ])('%#: keeps for later only what may succeed unchanged', (error, retry) => {
    expect(isWorthRetrying(error)).toBe(retry);
  });
});

describe('session flags and environment', () => {
  it('takes session numbers from 1 and voice rates espeak-ng can do', () => {
    expect(parseSessionNumber('2')).toEqual({ ok: true, value: 2 });
    for (const bad of ['0', '-1', 'x', '1.5', '']) expect(parseSessionNumber(bad).ok).toBe(false);
    expect(parseVoiceRate('160')).toEqual({ ok: true, value: 160 });
    for (const bad of ['79', '451', 'fast', '']) expect(parseVoiceRate(bad).ok).toBe(false);
  });

  it('keeps files under XDG_CONFIG_HOME or ~/.config, and checks the time scale', () => {
    expect(readSessionConfig({ XDG_CONFIG_HOME: '/x', HOME: '/h' }).configDir).toBe('/x/psoas');
    expect(readSessionConfig({ XDG_CONFIG_HOME: 'rel', HOME: '/h' }).configDir).toBe(
      '/h/.config/psoas',
    );
    expect(readSessionConfig({}).configDir).toBeNull();
    expect(readSessionConfig({ HOME: '/h', PSOAS_TIME_SCALE: '20' }).timeScale).toBe(20);
    expect(readSessionConfig({ HOME: '/h' }).timeScale).toBe(1);
    for (const bad of ['0', 'fast', '100000']) {
      expect(() => readSessionConfig({ HOME: '/h', PSOAS_TIME_SCALE: bad })).toThrow(CliError);
    }
  });

  it('finds espeak-ng on PATH and passes the words after --', () => {
    const exists = (path: string) => path === '/usr/bin/espeak-ng';
    expect(findExecutable('espeak-ng', ['/bin', '/usr/bin'], exists)).toBe('/usr/bin/espeak-ng');
    expect(findExecutable('espeak-ng', ['/bin'], exists)).toBeNull();
    expect(espeakArgs('-1 rep', 160)).toEqual(['-s', '160', '--', '-1 rep']);
  });
});
