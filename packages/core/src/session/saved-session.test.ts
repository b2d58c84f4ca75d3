import { describe, expect, it } from 'vitest';
import { parseSavedSession, saveSession, type SavedSession } from './saved-session.ts';
import { createSessionState, type SessionState } from './session-state.ts';
import { buildSteps } from './steps.ts';
import {
  CATALOGUE,
  STRETCH,
  drive,
  event,
  itemOf,
  sessionOf,
  tick,
} from './test-support/session-fixtures.ts';

/** The small stretch of session-machine.test.ts: 9 steps, 62 s, first hold at 10-19 s. */
const PLAN = sessionOf(itemOf(STRETCH, { holdSeconds: 5, reps: 2, sets: 1, restSeconds: 3 }));
const IDLE = createSessionState(buildSteps(PLAN, CATALOGUE));
const DATE = '2025-03-04';

/** What a player stores and reads back: JSON text, parsed. */
const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function restore(state: SessionState): SavedSession {
  const parsed = parseSavedSession(throughJson(saveSession(DATE, PLAN, state)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

const RUNNING = drive(IDLE, [event('start', 0), tick(10000), tick(13000)]).state;
const STATES: Record<SessionState['status'], SessionState> = {
  idle: IDLE,
  running: RUNNING,
  paused: drive(RUNNING, [event('pause', 14000)]).state,
  'auto-paused': drive(RUNNING, [tick(80000)]).state,
  finished: drive(RUNNING, [event('skip', 14000), event('finish', 15000)]).state,
};

/** A saved running state as JSON, with `change` applied to its state. */
function corrupted(change: (state: Record<string, unknown>) => void): unknown {
  const json = throughJson(saveSession(DATE, PLAN, RUNNING)) as { state: Record<string, unknown> };
  change(json.state);
  return json;
}

describe('saved session', () => {
  it('survives a JSON round trip in every status, without the cues already played', () => {
    for (const [status, state] of Object.entries(STATES)) {
      expect(state.status).toBe(status);
      const saved = saveSession(DATE, PLAN, state);
      expect(saved.state.cues).toEqual([]);
      expect(restore(state)).toEqual(saved);
      expect(restore(state).state).toEqual({ ...state, cues: [] });
    }
  });

  it('pauses itself at the same step when the first tick after a restore comes 10 minutes later', () => {
    expect(RUNNING).toMatchObject({ status: 'running', index: 1, lastAt: 13000 });
    const { state } = restore(RUNNING);
    const later = drive(state, [tick(13000 + 10 * 60_000)]);
    expect(later.state).toMatchObject({
      status: 'auto-paused',
      reason: 'gap',
      index: 1,
      pausedAt: 13000,
      remainingMs: 6000,
    });
    expect(later.heard).toEqual([]);
    // Resumed, it goes on from where it stood: "hold" was said before the save, so 3-2-1 is next.
    const resumed = drive(later.state, [event('resume', 700_000), tick(701_500)]);
    expect(resumed.heard.map((c) => (c.kind === 'count' ? c.value : c.kind))).toEqual([3]);
  });

  it('goes on exactly where it was when ticked soon after a restore', () => {
    const { state } = restore(RUNNING);
    const ticks = [tick(14000), tick(16000), tick(19000)];
    const restored = drive(state, ticks);
    const original = drive(RUNNING, ticks);
    expect(restored.heard).toEqual(original.heard);
    expect(restored.state).toEqual(original.state);
  });

  it.each([
    ['null', null],
    ['a string', 'running'],
    ['an empty object', {}],
    ['another version', { ...saveSession(DATE, PLAN, RUNNING), version: 2 }],
    ['a bad date', { ...saveSession(DATE, PLAN, RUNNING), date: '2025-02-30' }],
    ['an unknown field', { ...saveSession(DATE, PLAN, RUNNING), extra: true }],
    ['an unknown status', corrupted((s) => (s.status = 'sleeping'))],
    ['an index past the steps', corrupted((s) => (s.index = 9))],
    ['a negative index', corrupted((s) => (s.index = -1))],
    ['a fractional index', corrupted((s) => (s.index = 1.5))],
    ['a cue cursor past the cues', corrupted((s) => (s.cueCursor = 99))],
    ['NaN', corrupted((s) => (s.deadline = Number.NaN))],
    ['Infinity', corrupted((s) => (s.lastAt = Number.POSITIVE_INFINITY))],
    ['a number as text', corrupted((s) => (s.deadline = '19000'))],
    ['a deadline beyond the step', corrupted((s) => (s.deadline = 99_000))],
    ['cues to replay', corrupted((s) => (s.cues = [{ kind: 'beep' }]))],
    ['a missing field', corrupted((s) => delete s.resumedAt)],
    ['no steps', corrupted((s) => (s.steps = []))],
    ['steps out of order', corrupted((s) => (s.steps = (s.steps as unknown[]).slice(1)))],
    [
      'a record of no step',
      corrupted((s) => (s.record = [{ index: 20, outcome: 'done', ranMs: 0, repsDone: null }])),
    ],
    [
      'a record out of order',
      corrupted(
        (s) =>
          (s.record = [
            { index: 1, outcome: 'done', ranMs: 0, repsDone: null },
            { index: 0, outcome: 'done', ranMs: 0, repsDone: null },
          ]),
      ),
    ],
    [
      'a record longer than its step',
      corrupted((s) => (s.record = [{ index: 0, outcome: 'done', ranMs: 10001, repsDone: null }])),
    ],
    [
      'an unknown outcome',
      corrupted((s) => (s.record = [{ index: 0, outcome: 'meh', ranMs: 0, repsDone: null }])),
    ],
    ['a negative active time', corrupted((s) => (s.activeMs = -1))],
  ])('rejects %s with SAVED_SESSION_INVALID, never a throw', (_name, json) => {
    const parsed = parseSavedSession(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe('SAVED_SESSION_INVALID');
      expect(parsed.error.details?.issues).not.toEqual([]);
    }
  });

  it('rejects a paused state with more time left than its step', () => {
    const json = throughJson(saveSession(DATE, PLAN, STATES.paused)) as {
      state: { remainingMs: number };
    };
    expect(parseSavedSession(json).ok).toBe(true);
    json.state.remainingMs = 9001;
    expect(parseSavedSession(json)).toMatchObject({
      ok: false,
      error: { code: 'SAVED_SESSION_INVALID' },
    });
  });
});
