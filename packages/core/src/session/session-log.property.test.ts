import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanSession } from '../plan/plan.ts';
import { sessionLogItemSchema } from './api.schema.ts';
import { parseSavedSession, saveSession } from './saved-session.ts';
import {
  AUTO_PAUSE_AFTER_MS,
  createSessionState,
  sessionTiming,
  type SessionEvent,
  type SessionState,
} from './session-state.ts';
import { transitionSession } from './session-machine.ts';
import { buildSteps, totalDurationMs } from './steps.ts';
import { summarizeSession } from './summarize.ts';
import {
  CATALOGUE,
  at,
  event,
  planSessionArbitrary,
  tick,
} from './test-support/session-fixtures.ts';

/**
 * Properties of what a session logs, with a fake clock: any plan session, any events a shell
 * might send, with times that never go back (the players use a monotonic clock).
 */

const startArbitrary = fc.integer({ min: 0, max: 2 ** 40 });

const eventsArbitrary = fc.array(
  fc.record({
    type: fc.constantFrom<SessionEvent['type']>(
      'tick',
      'tick',
      'tick',
      'pause',
      'resume',
      'skip',
      'back',
      'repDone',
      'finish',
    ),
    gap: fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 120_000 })),
  }),
  { maxLength: 120 },
);

const initial = (session: PlanSession) => createSessionState(buildSteps(session, CATALOGUE));

/** Every state along the way, with the instant of the event that made it. */
function statesOf(state: SessionState, events: readonly SessionEvent[]) {
  const out: { state: SessionState; now: number }[] = [];
  let s = state;
  for (const e of events) {
    s = transitionSession(s, e);
    out.push({ state: s, now: e.now });
  }
  return out;
}

function timed(start: number, raw: readonly { type: SessionEvent['type']; gap: number }[]) {
  let now = start;
  return [
    event('start', start),
    ...raw.map(({ type, gap }) => {
      now += gap;
      return event(type, now);
    }),
  ];
}

/** Wall time from the start to `now`, or to the end once finished. */
function wallMs(state: SessionState, now: number): number {
  const { startedAt, finishedAt } = sessionTiming(state, at(now));
  return startedAt === null ? 0 : (finishedAt ?? now) - startedAt;
}

describe('session log properties', () => {
  it('never logs more done than planned, and never more active time than wall time', () => {
    fc.assert(
      fc.property(planSessionArbitrary, startArbitrary, eventsArbitrary, (session, start, raw) => {
        for (const { state, now } of statesOf(initial(session), timed(start, raw))) {
          const { activeMs } = sessionTiming(state, at(now));
          expect(activeMs).toBeGreaterThanOrEqual(0);
          expect(activeMs).toBeLessThanOrEqual(wallMs(state, now));
          for (const item of summarizeSession(state, session)) {
            expect(sessionLogItemSchema.parse(item)).toEqual(item);
            const { planned, done } = item;
            const holds = planned.sets * planned.repsPerSet;
            expect(done.sets).toBeLessThanOrEqual(planned.sets);
            expect(done.reps).toBeLessThanOrEqual(holds);
            if (planned.holdSeconds === null) expect(done.heldSeconds).toBeNull();
            else expect(done.heldSeconds).toBeLessThanOrEqual(holds * planned.holdSeconds);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('logs done == planned for every item, and active time == the plan, when run through', () => {
    fc.assert(
      fc.property(
        planSessionArbitrary,
        startArbitrary,
        // From a throttled-but-live 100 ms up to the auto-pause bound (a 16 ms frame is the same
        // schedule with more ticks, covered in session-machine.property.test.ts).
        fc.integer({ min: 100, max: AUTO_PAUSE_AFTER_MS }),
        (session, start, every) => {
          const idle = initial(session);
          const total = totalDurationMs(idle.steps);
          const ticks = Array.from({ length: Math.ceil(total / every) + 1 }, (_, i) =>
            tick(start + (i + 1) * every),
          );
          const last = statesOf(idle, [event('start', start), ...ticks]).at(-1);
          expect(last?.state.status).toBe('finished');
          if (!last) return;
          expect(sessionTiming(last.state, at(last.now))).toEqual({
            startedAt: start,
            finishedAt: start + total,
            activeMs: total,
          });
          for (const { planned, done } of summarizeSession(last.state, session)) {
            const reps = planned.sets * planned.repsPerSet;
            expect(done).toEqual({
              sets: planned.sets,
              reps,
              heldSeconds: planned.holdSeconds === null ? null : reps * planned.holdSeconds,
              skippedSteps: 0,
            });
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('saves and restores every state a session can reach, unchanged but for played cues', () => {
    fc.assert(
      fc.property(planSessionArbitrary, startArbitrary, eventsArbitrary, (session, start, raw) => {
        for (const { state } of statesOf(initial(session), timed(start, raw))) {
          const saved = saveSession('2025-03-04', session, state);
          const restored = parseSavedSession(JSON.parse(JSON.stringify(saved)));
          expect(restored).toEqual({ ok: true, value: saved });
        }
      }),
      { numRuns: 40 },
    );
  });
});
