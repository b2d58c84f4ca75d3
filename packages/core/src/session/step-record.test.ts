import { describe, expect, it } from 'vitest';
import { createSessionState, sessionTiming, type SessionState } from './session-state.ts';
import type { StepRecord } from './step-record.ts';
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
 * The fixture session of session-machine.test.ts, 62 s:
 *   0 get-ready left 0-10   1 hold 10-19   2 rest 19-22   3 hold 22-31
 *   4 get-ready right 31-41 5 hold 41-50   6 rest 50-53   7 hold 53-62   8 done 62
 * A hold step: 2 s in, 5 s hold, 2 s out.
 */
const STEPS = buildSteps(
  sessionOf(itemOf(STRETCH, { holdSeconds: 5, reps: 2, sets: 1, restSeconds: 3 })),
  CATALOGUE,
);
const IDLE = createSessionState(STEPS);

/** A set of 3 bridges after a 10 s changeover: each rep 2 s up, 2 s held, 2 s down (6 s). */
const BRIDGES = createSessionState(
  buildSteps(sessionOf(itemOf(BRIDGE, { reps: 3, sets: 1 })), CATALOGUE),
);

const ticks = (from: number, to: number, every = 1000) =>
  Array.from({ length: Math.floor((to - from) / every) + 1 }, (_, i) => tick(from + i * every));

const outcomes = (state: SessionState) =>
  Object.fromEntries(state.record.map((r) => [r.index, r.outcome]));
const entryOf = (state: SessionState, index: number): StepRecord | undefined =>
  state.record.find((r) => r.index === index);

describe('step record', () => {
  it('records every step done with its full length when the session runs through', () => {
    const { state } = drive(IDLE, [event('start', 0), ...ticks(500, 63000)]);
    expect(state.status).toBe('finished');
    expect(state.record.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    for (const r of state.record) {
      expect(r).toEqual({
        index: r.index,
        outcome: 'done',
        ranMs: STEPS[r.index]?.durationMs,
        repsDone: null,
      });
    }
  });

  it('is empty before start and carries over through every state', () => {
    expect(IDLE.record).toEqual([]);
    const { state: paused } = drive(IDLE, [event('start', 0), tick(11000), event('pause', 12000)]);
    expect(paused.status).toBe('paused');
    expect(outcomes(paused)).toEqual({ 0: 'done' });
    const { state: gap } = drive(IDLE, [event('start', 0), tick(11000), tick(90000)]);
    expect(gap.status).toBe('auto-paused');
    expect(outcomes(gap)).toEqual({ 0: 'done' });
  });

  it('records a skipped step with how far it ran, running or paused', () => {
    const running = drive(IDLE, [event('start', 0), tick(10000), event('skip', 14000)]).state;
    expect(entryOf(running, 1)).toEqual({
      index: 1,
      outcome: 'skipped',
      ranMs: 4000,
      repsDone: null,
    });
    const paused = drive(IDLE, [
      event('start', 0),
      tick(10000),
      event('pause', 13000),
      event('skip', 50000),
    ]).state;
    expect(paused.status).toBe('paused');
    expect(entryOf(paused, 1)).toMatchObject({ outcome: 'skipped', ranMs: 3000 });
  });

  it('records the step the session was on as cut short when it is finished early', () => {
    const { state } = drive(IDLE, [
      event('start', 0),
      ...ticks(1000, 25000),
      event('finish', 25000),
    ]);
    expect(outcomes(state)).toEqual({ 0: 'done', 1: 'done', 2: 'done', 3: 'cut-short' });
    expect(entryOf(state, 3)?.ranMs).toBe(3000);
    const paused = drive(IDLE, [event('start', 0), event('pause', 4000), event('finish', 9000)]);
    expect(paused.state.record).toEqual([
      { index: 0, outcome: 'cut-short', ranMs: 4000, repsDone: null },
    ]);
    expect(transitionFinishIdle().record).toEqual([]);
  });

  it('keeps the latest outcome of a step done again after "back"', () => {
    // On the rest at 20 s (1 s in): "back" goes to the hold before it, which was done.
    const back = drive(IDLE, [event('start', 0), ...ticks(1000, 20000), event('back', 20000)]);
    expect(back.state).toMatchObject({ status: 'running', index: 1 });
    expect(outcomes(back.state)).toEqual({ 0: 'done', 1: 'done' });
    const skipped = drive(back.state, [event('skip', 21000)]).state;
    expect(outcomes(skipped)).toEqual({ 0: 'done', 1: 'skipped' });
    const redone = drive(skipped, [event('back', 21500), ...ticks(22000, 31000)]).state;
    expect(redone).toMatchObject({ status: 'running', index: 2 });
    expect(entryOf(redone, 1)).toMatchObject({ outcome: 'done', ranMs: 9000 });
  });

  it('counts the reps finished in a set, and a set ended by "rep done" as done', () => {
    const cut = drive(BRIDGES, [
      event('start', 0),
      tick(10000),
      event('repDone', 12000),
      event('finish', 13000),
    ]).state;
    // "Rep done" 2 s into rep 1 moved the set on to rep 2, which ran 1 s.
    expect(entryOf(cut, 1)).toEqual({ index: 1, outcome: 'cut-short', ranMs: 7000, repsDone: 1 });
    const done = drive(BRIDGES, [
      event('start', 0),
      tick(10000),
      event('repDone', 11000),
      event('repDone', 12000),
      event('repDone', 13000),
    ]).state;
    expect(done.status).toBe('finished');
    expect(entryOf(done, 1)).toEqual({ index: 1, outcome: 'done', ranMs: 18000, repsDone: 3 });
    const skipped = drive(BRIDGES, [
      event('start', 0),
      ...ticks(1000, 23000),
      event('skip', 23000),
    ]).state;
    expect(entryOf(skipped, 1)).toMatchObject({ outcome: 'skipped', ranMs: 13000, repsDone: 2 });
  });
});

function transitionFinishIdle(): SessionState {
  return drive(IDLE, [event('finish', 5)]).state;
}

describe('sessionTiming', () => {
  it('has no start, no end and no active time before start', () => {
    expect(sessionTiming(IDLE, at(1234))).toEqual({
      startedAt: null,
      finishedAt: null,
      activeMs: 0,
    });
    expect(sessionTiming(transitionFinishIdle(), at(99))).toEqual({
      startedAt: null,
      finishedAt: 5,
      activeMs: 0,
    });
  });

  it('counts wall time while running, and ends at start + total when uninterrupted', () => {
    const running = drive(IDLE, [event('start', 1000), ...ticks(1500, 30500)]).state;
    expect(sessionTiming(running, at(31000))).toEqual({
      startedAt: 1000,
      finishedAt: null,
      activeMs: 30000,
    });
    const done = drive(running, ticks(31500, 70500)).state;
    expect(sessionTiming(done, at(999999))).toEqual({
      startedAt: 1000,
      finishedAt: 63000,
      activeMs: 62000,
    });
  });

  it('leaves pauses out, and stands still while paused', () => {
    const { state: paused } = drive(IDLE, [event('start', 0), tick(3000), event('pause', 4000)]);
    expect(sessionTiming(paused, at(50000)).activeMs).toBe(4000);
    const resumed = drive(paused, [event('resume', 100000), tick(101000)]).state;
    expect(sessionTiming(resumed, at(102000)).activeMs).toBe(6000);
    const done = drive(resumed, ticks(102000, 160000)).state;
    expect(sessionTiming(done, at(0))).toEqual({
      startedAt: 0,
      finishedAt: 158000,
      activeMs: 62000,
    });
  });

  it('leaves out the gap that auto-paused the session', () => {
    const gap = drive(IDLE, [event('start', 0), tick(4000), tick(60000)]).state;
    expect(gap.status).toBe('auto-paused');
    expect(sessionTiming(gap, at(60000)).activeMs).toBe(4000);
    const finished = drive(gap, [event('finish', 70000)]).state;
    expect(sessionTiming(finished, at(70000))).toEqual({
      startedAt: 0,
      finishedAt: 70000,
      activeMs: 4000,
    });
    const back = drive(IDLE, [event('start', 20000), tick(24000), tick(10000)]).state;
    expect(back.status).toBe('auto-paused');
    expect(sessionTiming(back, at(10000)).activeMs).toBe(4000);
  });

  it('ends at the finish event when finished early while running', () => {
    const { state } = drive(IDLE, [event('start', 0), tick(5000), event('finish', 7000)]);
    expect(sessionTiming(state, at(7000))).toEqual({
      startedAt: 0,
      finishedAt: 7000,
      activeMs: 7000,
    });
  });
});
