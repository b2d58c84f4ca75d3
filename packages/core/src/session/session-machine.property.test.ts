import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanSession } from '../plan/plan.ts';
import {
  AUTO_PAUSE_AFTER_MS,
  createSessionState,
  type SessionEvent,
  type SessionState,
} from './session-state.ts';
import { buildSteps, totalDurationMs } from './steps.ts';
import {
  CATALOGUE,
  drive,
  event,
  planSessionArbitrary,
  tick,
  type Heard,
} from './test-support/session-fixtures.ts';

/**
 * Properties of the session machine with a fake clock: any plan session, any times.
 * Times start at an arbitrary instant so nothing depends on the clock starting at 0.
 */

const startArbitrary = fc.integer({ min: 0, max: 2 ** 40 });
/**
 * Gaps between ticks a live shell produces: from a frame (16 ms) up to the auto-pause bound,
 * never beyond.
 */
const liveGapArbitrary = fc.integer({ min: 16, max: AUTO_PAUSE_AFTER_MS });

const initial = (session: PlanSession) => createSessionState(buildSteps(session, CATALOGUE));

/** Ticks from `start` by the given gaps (cycled), until well past the end of the session. */
function ticksThrough(start: number, total: number, gaps: readonly number[]): SessionEvent[] {
  const events: SessionEvent[] = [];
  let now = start;
  for (let i = 0; now <= start + total + 1; i += 1) {
    now += Math.max(1, gaps[i % gaps.length] ?? 1000);
    events.push(tick(now));
  }
  return events;
}

function runUninterrupted(session: PlanSession, start: number, gaps: readonly number[]) {
  const state = initial(session);
  const total = totalDurationMs(state.steps);
  return { total, ...drive(state, [event('start', start), ...ticksThrough(start, total, gaps)]) };
}

/** A tick exactly at every instant a cue or a step's end falls due: the ideal shell. */
function ticksAtDueInstants(state: SessionState, start: number): SessionEvent[] {
  const instants = new Set<number>();
  let stepStart = start;
  for (const step of state.steps) {
    for (const cue of step.cues) instants.add(stepStart + cue.atMs);
    stepStart += step.durationMs;
    instants.add(stepStart);
  }
  return [...instants].sort((a, b) => a - b).map((t) => tick(t));
}

const keysOf = (heard: readonly Heard[]) => heard.map((c) => c.key);
const isUnique = (xs: readonly string[]) => new Set(xs).size === xs.length;

/** Random events a shell might send, with times that never go back. */
const eventsArbitrary = (withBack: boolean) =>
  fc.array(
    fc.record({
      type: fc.constantFrom<SessionEvent['type']>(
        'tick',
        'tick',
        'tick',
        'pause',
        'resume',
        'skip',
        'repDone',
        ...(withBack ? (['back'] as const) : []),
      ),
      gap: fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 120_000 })),
    }),
    { maxLength: 120 },
  );

function timed(start: number, raw: readonly { type: SessionEvent['type']; gap: number }[]) {
  let now = start;
  return raw.map(({ type, gap }) => {
    now += gap;
    return event(type, now);
  });
}

describe('session machine properties', () => {
  it('emits every cue exactly once, in step order, and ends at start + total: no drift', () => {
    fc.assert(
      fc.property(
        planSessionArbitrary,
        startArbitrary,
        fc.array(liveGapArbitrary, { minLength: 1, maxLength: 20 }),
        (session, start, gaps) => {
          const { state, heard, total } = runUninterrupted(session, start, gaps);
          expect(state).toMatchObject({ status: 'finished', outcome: 'completed' });
          expect(state.status === 'finished' && state.finishedAt).toBe(start + total);
          expect(isUnique(keysOf(heard))).toBe(true);
          const scheduled = state.steps.reduce((n, s) => n + s.cues.length, 0);
          expect(heard).toHaveLength(scheduled);
          for (const [i, cue] of heard.entries()) {
            const before = heard[i - 1];
            expect(cue.heardAt).toBeGreaterThanOrEqual(cue.dueAt);
            expect(cue.heardAt - cue.dueAt).toBeLessThanOrEqual(AUTO_PAUSE_AFTER_MS);
            if (before) {
              expect(cue.stepIndex).toBeGreaterThanOrEqual(before.stepIndex);
              expect(cue.dueAt).toBeGreaterThanOrEqual(before.dueAt);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives the same cues at the same due instants however the ticks fall', () => {
    fc.assert(
      fc.property(
        planSessionArbitrary,
        startArbitrary,
        fc.array(liveGapArbitrary, { minLength: 1, maxLength: 20 }),
        (session, start, gaps) => {
          const exact = initial(session);
          const every = drive(exact, [event('start', start), ...ticksAtDueInstants(exact, start)]);
          const some = runUninterrupted(session, start, gaps);
          const due = (heard: readonly Heard[]) => heard.map((c) => [c.key, c.dueAt]);
          expect(due(some.heard)).toEqual(due(every.heard));
          expect(some.state).toEqual({ ...every.state, cues: some.state.cues });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('shifts every later cue and the end by the time paused', () => {
    fc.assert(
      fc.property(
        planSessionArbitrary,
        startArbitrary,
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.integer({ min: 0, max: 10 * 60_000 }),
        (session, start, where, pausedFor) => {
          const baseline = runUninterrupted(session, start, [1000]);
          const pauseAt = start + Math.floor(where * baseline.total);
          const before = ticksThrough(start, pauseAt - start - 1, [1000]).filter(
            (e) => e.now <= pauseAt,
          );
          const resumeAt = pauseAt + pausedFor;
          const after = ticksThrough(resumeAt, start + baseline.total - pauseAt, [1000]);
          const run = drive(initial(session), [
            event('start', start),
            ...before,
            event('pause', pauseAt),
            event('resume', resumeAt),
            ...after,
          ]);
          const expected = baseline.heard.map((c) => [
            c.key,
            c.dueAt <= pauseAt ? c.dueAt : c.dueAt + pausedFor,
          ]);
          expect(run.heard.map((c) => [c.key, c.dueAt])).toEqual(expected);
          expect(run.state).toMatchObject({ finishedAt: start + baseline.total + pausedFor });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never emits a cue twice or late beyond the bound, whatever the events', () => {
    fc.assert(
      fc.property(
        planSessionArbitrary,
        startArbitrary,
        eventsArbitrary(true),
        (session, start, raw) => {
          const { heard } = drive(initial(session), [event('start', start), ...timed(start, raw)]);
          expect(isUnique(keysOf(heard))).toBe(true);
          for (const cue of heard) {
            expect(cue.heardAt - cue.dueAt).toBeGreaterThanOrEqual(0);
            expect(cue.heardAt - cue.dueAt).toBeLessThanOrEqual(AUTO_PAUSE_AFTER_MS);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps cues in step order through pauses, gaps, skips and "rep done"', () => {
    fc.assert(
      fc.property(
        planSessionArbitrary,
        startArbitrary,
        eventsArbitrary(false),
        (session, start, raw) => {
          const { heard, state } = drive(initial(session), [
            event('start', start),
            ...timed(start, raw),
          ]);
          for (const [i, cue] of heard.entries()) {
            const before = heard[i - 1];
            if (!before) continue;
            expect(cue.stepIndex).toBeGreaterThanOrEqual(before.stepIndex);
            expect(cue.dueAt).toBeGreaterThanOrEqual(before.dueAt);
          }
          expectConsistent(state);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Whatever happened, the state points at a real step and a cursor within its cues. */
function expectConsistent(state: SessionState): void {
  if (state.status === 'idle') return;
  const step = state.steps[state.index];
  expect(step).toBeDefined();
  if (state.status === 'finished' || !step) return;
  expect(state.cueCursor).toBeGreaterThanOrEqual(0);
  expect(state.cueCursor).toBeLessThanOrEqual(step.cues.length);
  if (state.status !== 'running') {
    expect(state.remainingMs).toBeGreaterThanOrEqual(0);
    expect(state.remainingMs).toBeLessThanOrEqual(step.durationMs);
  }
}
