import { describe, expect, it } from 'vitest';
import { HABIT_EXERCISES, ROUTINE_COUNT, routineForBreak } from '../breaks/routine.ts';
import { EXERCISES } from '../catalogue/exercises/index.ts';
import { ROUTINE_CHANGEOVER_SECONDS, buildRoutineSteps } from './routine-steps.ts';
import { parseSavedSession, saveSession } from './saved-session.ts';
import { createSessionState } from './session-state.ts';
import type { SessionStep } from './session-step.ts';
import { totalDurationMs } from './steps.ts';
import { drive, event, sessionOf, tick } from './test-support/session-fixtures.ts';

/** Every routine of the rotation, for a 1-minute and a 2-minute break. */
const ROUTINES = [1, 2].flatMap((minutes) =>
  Array.from({ length: ROUTINE_COUNT }, (_, i) => ({
    minutes,
    routine: routineForBreak(i, minutes),
  })),
);

const outline = (steps: readonly SessionStep[]) =>
  steps.map((s) => {
    if (s.kind === 'done') return 'done';
    const what = s.kind === 'get-ready' ? `get-ready:${s.reason}` : s.kind;
    return `${what} ${s.exerciseId} ${s.side ?? 'both'} ${s.durationMs / 1000}s`;
  });

describe('buildRoutineSteps', () => {
  it('runs the stretch routine with a changeover per exercise and per side, and no more', () => {
    const steps = buildRoutineSteps(routineForBreak(0, 2), EXERCISES);
    expect(outline(steps)).toEqual([
      'get-ready:new-exercise standing-hip-flexor-stretch left 5s',
      'hold standing-hip-flexor-stretch left 30s',
      'get-ready:switch-sides standing-hip-flexor-stretch right 5s',
      'hold standing-hip-flexor-stretch right 30s',
      'get-ready:new-exercise walking-break both 5s',
      'hold walking-break both 60s',
      'done',
    ]);
  });

  it.each(ROUTINES.map((r) => [r.routine.rotation, r.minutes, r.routine] as const))(
    'gives routine %i (%i-minute break) a hold per step, changeovers only at changes',
    (_rotation, _minutes, routine) => {
      const steps = buildRoutineSteps(routine, HABIT_EXERCISES);
      const holds = steps.filter((s) => s.kind === 'hold');
      expect(holds.map((s) => [s.exerciseId, s.side, s.holdMs, s.durationMs])).toEqual(
        routine.steps.map((r) => [r.exerciseId, r.side, r.seconds * 1000, r.seconds * 1000]),
      );
      for (const hold of holds) {
        expect(hold).toMatchObject({ action: 'hold', moveInMs: 0, moveOutMs: 0, set: 1, rep: 1 });
        expect(hold.phase).toBe('habit');
      }
      // A changeover before each routine step whose exercise or side differs from the last.
      const changes = routine.steps.filter((r, i) => {
        const before = routine.steps[i - 1];
        return !before || before.exerciseId !== r.exerciseId || before.side !== r.side;
      });
      const changeovers = steps.filter((s) => s.kind === 'get-ready');
      expect(changeovers.map((s) => [s.exerciseId, s.side])).toEqual(
        changes.map((r) => [r.exerciseId, r.side]),
      );
      for (const c of changeovers) expect(c.durationMs).toBe(ROUTINE_CHANGEOVER_SECONDS * 1000);
      expect(steps.at(-1)?.kind).toBe('done');
      expect(steps.map((s) => s.index)).toEqual(steps.map((_, i) => i));
      expect(steps.map((s) => s.next?.index ?? null)).toEqual(
        steps.map((_, i) => (i + 1 < steps.length ? i + 1 : null)),
      );
      // Still a break: the routine plus a few seconds of changeovers.
      const total = totalDurationMs(steps);
      expect(total).toBe(
        (routine.totalSeconds + changes.length * ROUTINE_CHANGEOVER_SECONDS) * 1000,
      );
      expect(total).toBeLessThanOrEqual(150_000);
    },
  );

  it.each(ROUTINES.map((r) => [r.routine.rotation, r.minutes, r.routine] as const))(
    'plays routine %i (%i-minute break) through the session machine with its cues in order',
    (_rotation, _minutes, routine) => {
      const steps = buildRoutineSteps(routine, HABIT_EXERCISES);
      const total = totalDurationMs(steps);
      const start = 1_700_000_000_000;
      const ticks = Array.from({ length: total / 250 + 2 }, (_, i) => tick(start + i * 250));
      const { state, heard } = drive(createSessionState(steps), [event('start', start), ...ticks]);
      expect(state).toMatchObject({ status: 'finished', outcome: 'completed' });
      expect(state.status === 'finished' && state.finishedAt).toBe(start + total);
      expect(heard).toHaveLength(steps.reduce((n, s) => n + s.cues.length, 0));
      const spoken = heard.flatMap((c) => (c.kind === 'speak' ? [c.say] : []));
      const perHold = routine.steps.map(() => ['hold', 'release']);
      expect(spoken.filter((s) => s === 'hold' || s === 'release')).toEqual(perHold.flat());
      expect(spoken.at(-1)).toBe('session-complete');
      expect(state.record.every((r) => r.outcome === 'done')).toBe(true);
      // A break can be saved and resumed like a session.
      const saved = saveSession('2025-03-04', sessionOf(), state);
      expect(parseSavedSession(JSON.parse(JSON.stringify(saved)))).toMatchObject({ ok: true });
    },
  );

  it('still times the steps of an exercise missing from the catalogue', () => {
    const steps = buildRoutineSteps(routineForBreak(1, 2), []);
    expect(outline(steps)).toEqual([
      'get-ready:new-exercise walking-break both 5s',
      'hold walking-break both 90s',
      'get-ready:new-exercise glute-squeeze both 5s',
      'hold glute-squeeze both 30s',
      'done',
    ]);
    expect(steps[0]).toMatchObject({ equipment: [], keyframeLabel: null });
  });
});
