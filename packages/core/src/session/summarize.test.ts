import { describe, expect, it } from 'vitest';
import { sessionLogItemSchema, type SessionLogItem } from './api.schema.ts';
import { createSessionState, type SessionState } from './session-state.ts';
import { buildSteps, totalDurationMs } from './steps.ts';
import { summarizeSession } from './summarize.ts';
import {
  BRIDGE,
  CATALOGUE,
  ROLL,
  STRETCH,
  drive,
  event,
  itemOf,
  sessionOf,
  tick,
} from './test-support/session-fixtures.ts';
import type { PlanSession } from '../plan/plan.ts';

/**
 * Per side of the small stretch (as in session-machine.test.ts), 31 s: a 10 s changeover, two
 * 9 s holds (2 s in, 5 s hold, 2 s out) with 3 s of rest between.
 *   0 get-ready left 0-10   1 hold 10-19   2 rest 19-22   3 hold 22-31
 *   4 get-ready right 31-41 5 hold 41-50   6 rest 50-53   7 hold 53-62   8 done 62
 */
const SMALL = sessionOf(itemOf(STRETCH, { holdSeconds: 5, reps: 2, sets: 1, restSeconds: 3 }));

/** Release with the extra set on the right, a both-sides set of bridges, a stretch per side. */
const MIXED = sessionOf(
  itemOf(ROLL, { sets: 2, extraSetSide: 'right' }),
  itemOf(BRIDGE, { reps: 4, sets: 2 }),
  itemOf(STRETCH, { sets: 1, reps: 2 }),
);

const start = (session: PlanSession) => createSessionState(buildSteps(session, CATALOGUE));

/** Ticks every second from `from` through `to`. */
const ticks = (from: number, to: number) =>
  Array.from({ length: Math.floor((to - from) / 1000) + 1 }, (_, i) => tick(from + i * 1000));

function runThrough(session: PlanSession): SessionState {
  const idle = start(session);
  return drive(idle, [event('start', 0), ...ticks(0, totalDurationMs(idle.steps) + 1000)]).state;
}

const done = (item: SessionLogItem | undefined) => item?.done;

describe('summarizeSession', () => {
  it('gives one valid item per exercise and side in plan order, all done when run through', () => {
    const state = runThrough(MIXED);
    expect(state).toMatchObject({ status: 'finished', outcome: 'completed' });
    const items = summarizeSession(state, MIXED);
    for (const item of items) expect(sessionLogItemSchema.parse(item)).toEqual(item);
    expect(items).toEqual([
      {
        exerciseId: ROLL.id,
        side: 'right',
        planned: { sets: 3, repsPerSet: 1, holdSeconds: 60 },
        done: { sets: 3, reps: 3, heldSeconds: 180, skippedSteps: 0 },
      },
      {
        exerciseId: ROLL.id,
        side: 'left',
        planned: { sets: 2, repsPerSet: 1, holdSeconds: 60 },
        done: { sets: 2, reps: 2, heldSeconds: 120, skippedSteps: 0 },
      },
      {
        exerciseId: BRIDGE.id,
        side: null,
        planned: { sets: 2, repsPerSet: 4, holdSeconds: 2 },
        done: { sets: 2, reps: 8, heldSeconds: 16, skippedSteps: 0 },
      },
      {
        exerciseId: STRETCH.id,
        side: 'left',
        planned: { sets: 1, repsPerSet: 2, holdSeconds: 30 },
        done: { sets: 1, reps: 2, heldSeconds: 60, skippedSteps: 0 },
      },
      {
        exerciseId: STRETCH.id,
        side: 'right',
        planned: { sets: 1, repsPerSet: 2, holdSeconds: 30 },
        done: { sets: 1, reps: 2, heldSeconds: 60, skippedSteps: 0 },
      },
    ]);
  });

  it('reports nothing done before the session starts', () => {
    const items = summarizeSession(start(MIXED), MIXED);
    expect(items).toHaveLength(5);
    for (const item of items) {
      const heldSeconds = item.planned.holdSeconds === null ? null : 0;
      expect(item.done).toEqual({ sets: 0, reps: 0, heldSeconds, skippedSteps: 0 });
    }
  });

  it('counts a skipped hold as skipped, not done, with the part of the hold that ran', () => {
    // Skip the first hold 4 s in (2 s held), then finish early 3 s into the right side's hold.
    const { state } = drive(start(SMALL), [
      event('start', 0),
      tick(10000),
      event('skip', 14000),
      ...ticks(15000, 40000),
      event('finish', 41000),
    ]);
    const [left, right] = summarizeSession(state, SMALL);
    // Left: the first hold skipped after 2 s of holding, the second (from 17 s) held 5 s.
    expect(done(left)).toEqual({ sets: 0, reps: 1, heldSeconds: 7, skippedSteps: 1 });
    // Right: changeover from 26 s, hold step from 36 s (holding from 38 s), cut short at 41 s.
    expect(done(right)).toEqual({ sets: 0, reps: 0, heldSeconds: 3, skippedSteps: 0 });
  });

  it('counts the part of a hold that ran when the session is finished early mid-hold', () => {
    const { state } = drive(start(SMALL), [event('start', 0), ...ticks(1000, 15000)]);
    const finished = drive(state, [event('finish', 15500)]).state;
    const [left, right] = summarizeSession(finished, SMALL);
    expect(done(left)).toEqual({ sets: 0, reps: 0, heldSeconds: 3.5, skippedSteps: 0 });
    expect(done(right)).toEqual({ sets: 0, reps: 0, heldSeconds: 0, skippedSteps: 0 });
  });

  it('does not count skipped changeovers and rests as skipped steps', () => {
    const { state } = drive(start(SMALL), [
      event('start', 0),
      event('skip', 1000),
      ...ticks(2000, 10000),
      event('skip', 10000),
      ...ticks(11000, 60000),
    ]);
    expect(state.status).toBe('finished');
    const [left] = summarizeSession(state, SMALL);
    expect(done(left)).toEqual({ sets: 1, reps: 2, heldSeconds: 10, skippedSteps: 0 });
  });

  it('counts reps finished in a set of reps cut short, with the holds at the top reached', () => {
    const bridges = sessionOf(itemOf(BRIDGE, { reps: 4, sets: 2 }));
    // Rep 6 s (2 up, 2 held, 2 down) after a 10 s changeover; finish 15 s into the first set.
    const { state } = drive(start(bridges), [
      event('start', 0),
      ...ticks(1000, 25000),
      event('finish', 25000),
    ]);
    const [item] = summarizeSession(state, bridges);
    expect(done(item)).toEqual({ sets: 0, reps: 2, heldSeconds: 5, skippedSteps: 0 });
  });

  it('reports null held seconds for reps without a hold', () => {
    const plain = sessionOf(itemOf(BRIDGE, { reps: 3, sets: 1, holdSeconds: null }));
    const [item] = summarizeSession(runThrough(plain), plain);
    expect(item).toMatchObject({
      planned: { sets: 1, repsPerSet: 3, holdSeconds: null },
      done: { sets: 1, reps: 3, heldSeconds: null, skippedSteps: 0 },
    });
  });

  it('matches steps to plan items by exercise and side in order, crediting no other item', () => {
    const state = runThrough(SMALL);
    const other = sessionOf(itemOf(BRIDGE, { reps: 3, sets: 1 }));
    expect(summarizeSession(state, other).map((i) => i.done.reps)).toEqual([0]);
    // The small stretch's steps count for the stretch of the mixed plan only.
    const mixed = summarizeSession(state, MIXED);
    expect(mixed.map((i) => i.done.reps)).toEqual([0, 0, 0, 2, 2]);
  });
});
