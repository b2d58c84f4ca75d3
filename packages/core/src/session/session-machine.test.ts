import { describe, expect, it } from 'vitest';
import { transitionSession } from './session-machine.ts';
import {
  createSessionState,
  currentStep,
  sessionRemainingMs,
  type SessionCue,
  type SessionState,
} from './session-state.ts';
import { buildSteps } from './steps.ts';
import {
  BRIDGE,
  CATALOGUE,
  STRETCH,
  at,
  drive,
  event,
  itemOf,
  sessionOf,
  tick,
} from './test-support/session-fixtures.ts';

/**
 * The fixture session, 62 s: per side a 10 s changeover, then two 9 s holds (2 s in, 5 s hold,
 * 2 s out) with 3 s of rest between them.
 *   0 get-ready left 0-10   1 hold 10-19   2 rest 19-22   3 hold 22-31
 *   4 get-ready right 31-41 5 hold 41-50   6 rest 50-53   7 hold 53-62   8 done 62
 * A hold step's cues: "hold" at +2 s, 3-2-1 at +4, +5, +6 s, "release" at +7 s.
 */
const STEPS = buildSteps(
  sessionOf(itemOf(STRETCH, { holdSeconds: 5, reps: 2, sets: 1, restSeconds: 3 })),
  CATALOGUE,
);
const IDLE = createSessionState(STEPS);

const words = (cues: readonly SessionCue[]) =>
  cues.map((c) =>
    c.kind === 'speak' ? c.say : c.kind === 'count' ? `${c.direction}${c.value}` : `beep:${c.tone}`,
  );
const dues = (cues: readonly SessionCue[]) => cues.map((c) => c.dueAt);

function expectStatus<S extends SessionState['status']>(
  state: SessionState,
  status: S,
): asserts state is Extract<SessionState, { status: S }> {
  expect(state.status).toBe(status);
}

describe('session machine', () => {
  it('starts on the first step and says the exercise name', () => {
    const s = transitionSession(IDLE, event('start', 1000));
    expectStatus(s, 'running');
    expect(s).toMatchObject({ index: 0, deadline: 11000 });
    expect(words(s.cues)).toEqual(['exercise']);
    expect(dues(s.cues)).toEqual([1000]);
  });

  it('moves on at each deadline when ticked exactly then', () => {
    const { state, heard } = drive(IDLE, [event('start', 0), tick(10000), tick(12000)]);
    expectStatus(state, 'running');
    expect(state).toMatchObject({ index: 1, deadline: 19000 });
    expect(words(heard)).toEqual(['exercise', 'beep:go', 'hold']);
    expect(dues(heard)).toEqual([0, 10000, 12000]);
  });

  it('catches up on a late tick with every cue at the instant it was due, without drift', () => {
    const { state, heard } = drive(IDLE, [event('start', 0), tick(9000), tick(13500)]);
    expectStatus(state, 'running');
    expect(words(heard)).toEqual(['exercise', 'beep:go', 'hold']);
    expect(dues(heard)).toEqual([0, 10000, 12000]);
    // The hold started at the changeover's deadline, not at the late tick.
    expect(state.deadline).toBe(19000);
  });

  it('goes through several steps in one tick, in order', () => {
    const { heard } = drive(IDLE, [event('start', 0), tick(4000), tick(8000), tick(12000)]);
    expect(heard.map((c) => c.stepIndex)).toEqual([0, 0, 1]);
    const { heard: late } = drive(IDLE, [event('start', 0), tick(4000), tick(9000), tick(13000)]);
    expect(late.map((c) => c.key)).toEqual(['0.0', '0.1', '1.0']);
  });

  it('pauses itself after a long gap, where it stood before the gap', () => {
    const { state, heard } = drive(IDLE, [event('start', 0), tick(4000), tick(60000)]);
    expectStatus(state, 'auto-paused');
    expect(state).toMatchObject({
      reason: 'gap',
      index: 0,
      remainingMs: 6000,
      pausedAt: 4000,
      detectedAt: 60000,
    });
    expect(words(heard)).toEqual(['exercise']);
    const resumed = drive(state, [event('resume', 100000), tick(106000)]);
    expect(words(resumed.heard)).toEqual(['beep:go']);
    expect(dues(resumed.heard)).toEqual([106000]);
  });

  it('tolerates a tick up to 5 s after something fell due', () => {
    const { state } = drive(IDLE, [event('start', 0), tick(9000), tick(15000)]);
    expect(state.status).toBe('running');
    const { state: late } = drive(IDLE, [event('start', 0), tick(9000), tick(15001)]);
    expect(late.status).toBe('auto-paused');
  });

  it('pauses itself when the clock goes back, and ignores small jitter', () => {
    const back = drive(IDLE, [event('start', 20000), tick(24000), tick(10000)]).state;
    expectStatus(back, 'auto-paused');
    expect(back.reason).toBe('clock-went-back');
    const jitter = drive(IDLE, [event('start', 20000), tick(24000), tick(23000)]).state;
    expectStatus(jitter, 'running');
    expect(jitter.lastAt).toBe(24000);
  });

  it('keeps the time left across pause and resume, and ticks while paused do nothing', () => {
    const { state, heard } = drive(IDLE, [
      event('start', 0),
      event('pause', 4000),
      tick(50000),
      event('resume', 100000),
    ]);
    expectStatus(state, 'running');
    expect(state.deadline).toBe(106000);
    expect(words(heard)).toEqual(['exercise']);
    const paused = drive(IDLE, [event('start', 0), event('pause', 4000)]).state;
    expect(paused).toMatchObject({ status: 'paused', remainingMs: 6000, pausedAt: 4000 });
    expect(sessionRemainingMs(paused, at(999999))).toBe(58000);
  });

  it('skips to the next step from now, without the skipped cues', () => {
    const { state, heard } = drive(IDLE, [event('start', 0), event('skip', 4000), tick(6000)]);
    expectStatus(state, 'running');
    expect(state).toMatchObject({ index: 1, deadline: 13000 });
    expect(words(heard)).toEqual(['exercise', 'hold']);
    expect(dues(heard)).toEqual([0, 6000]);
  });

  it('skips while paused and stays paused at the start of the next step', () => {
    const { state, heard } = drive(IDLE, [
      event('start', 0),
      event('pause', 4000),
      event('skip', 5000),
      event('resume', 8000),
      tick(10000),
    ]);
    expect(state).toMatchObject({ status: 'running', index: 1, deadline: 17000 });
    expect(words(heard)).toEqual(['exercise', 'hold']);
  });

  it('goes back a step early in a step, and restarts the step later in it', () => {
    const early = drive(IDLE, [event('start', 0), tick(10000), event('back', 11000)]);
    expect(early.state).toMatchObject({ status: 'running', index: 0, deadline: 21000 });
    expect(early.heard.map((c) => c.key)).toEqual(['0.0', '0.1', '2.0']);
    const late = drive(IDLE, [event('start', 0), tick(10000), event('back', 13500)]);
    expect(late.state).toMatchObject({ status: 'running', index: 1, deadline: 22500 });
    expect(words(late.heard)).toEqual(['exercise', 'beep:go', 'hold']);
    expect(late.heard.at(-1)?.key).toBe('1.0');
  });

  it('moves to the next rep on "rep done", and ignores it outside a set of reps', () => {
    const steps = buildSteps(sessionOf(itemOf(BRIDGE, { reps: 3, sets: 1 })), CATALOGUE);
    const { state, heard } = drive(createSessionState(steps), [
      event('start', 0),
      tick(10000),
      event('repDone', 12000),
    ]);
    expect(state).toMatchObject({ status: 'running', index: 1, deadline: 24000 });
    expect(words(heard)).toEqual(['exercise', 'beep:go', 'up1', 'up2']);
    expect(dues(heard).at(-1)).toBe(12000);
    const inHold = drive(IDLE, [event('start', 0), tick(11000), event('repDone', 12000)]);
    expect(inHold.state).toMatchObject({ status: 'running', index: 1, deadline: 19000 });
  });

  it('ends after the last rep with "rep done" on it', () => {
    const steps = buildSteps(sessionOf(itemOf(BRIDGE, { reps: 1, sets: 1 })), CATALOGUE);
    const { state, heard } = drive(createSessionState(steps), [
      event('start', 0),
      tick(10000),
      event('repDone', 11000),
    ]);
    expect(state).toMatchObject({ status: 'finished', outcome: 'completed', finishedAt: 11000 });
    expect(words(heard).at(-1)).toBe('session-complete');
  });

  it('completes at start + total duration, however late the last tick', () => {
    const { state, heard } = drive(IDLE, [
      event('start', 1000),
      ...Array.from({ length: 70 }, (_, i) => tick(1000 + i * 1000 + 700)),
    ]);
    expect(state).toMatchObject({ status: 'finished', outcome: 'completed', finishedAt: 63000 });
    expect(heard.at(-1)).toMatchObject({ kind: 'speak', say: 'session-complete', dueAt: 63000 });
    expect(currentStep(state)?.kind).toBe('done');
  });

  it('finishes early on "finish", from any state but finished', () => {
    const running = drive(IDLE, [event('start', 0), event('finish', 4000)]).state;
    expect(running).toMatchObject({ status: 'finished', outcome: 'ended-early', finishedAt: 4000 });
    const idle = transitionSession(IDLE, event('finish', 5));
    expect(idle).toMatchObject({ status: 'finished', outcome: 'ended-early', index: 0 });
    const paused = drive(IDLE, [event('start', 0), event('pause', 1), event('finish', 9)]).state;
    expect(paused).toMatchObject({ status: 'finished', finishedAt: 9, index: 0 });
    const gap = drive(IDLE, [event('start', 0), event('finish', 60000)]).state;
    expect(gap).toMatchObject({ status: 'finished', outcome: 'ended-early', finishedAt: 60000 });
  });

  it('ignores events that make no sense in a state', () => {
    expect(transitionSession(IDLE, tick(5))).toEqual(IDLE);
    const running = transitionSession(IDLE, event('start', 0));
    const again = transitionSession(running, event('start', 1));
    expect(again).toMatchObject({ status: 'running', deadline: 10000, cues: [] });
    expect(transitionSession(running, event('resume', 1))).toMatchObject({ status: 'running' });
    const done = transitionSession(running, event('finish', 2));
    for (const type of ['start', 'tick', 'skip', 'resume', 'finish'] as const) {
      expect(transitionSession(done, event(type, 3))).toEqual(done);
    }
  });

  it('finishes at once when there is nothing to do', () => {
    const empty = createSessionState(buildSteps(sessionOf(), CATALOGUE));
    const s = transitionSession(empty, event('start', 7));
    expect(s).toMatchObject({ status: 'finished', outcome: 'completed', finishedAt: 7 });
    expect(words(s.cues)).toEqual(['session-complete']);
    expect(transitionSession(createSessionState([]), event('start', 7)).status).toBe('finished');
  });
});
