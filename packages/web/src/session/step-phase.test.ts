import { createSessionState, transitionSession, type HoldStep, type RepsStep } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import { STEPS, T0, runToEnd } from './session-test-support.ts';
import {
  countdownSeconds,
  elapsedInStepMs,
  formatClock,
  formatTimeLeft,
  nextDueAt,
  stepPhase,
} from './step-phase.ts';

const hold = STEPS.find((s): s is HoldStep => s.kind === 'hold');
const reps = STEPS.find((s): s is RepsStep => s.kind === 'reps');

describe('stepPhase', () => {
  it('moves a hold from moving in to the hold to the release', () => {
    if (!hold) throw new Error('no hold step');
    expect(stepPhase(hold, 0)).toMatchObject({ label: 'Move in', remainingMs: hold.holdMs });
    const mid = hold.moveInMs + 10_000;
    expect(stepPhase(hold, mid)).toMatchObject({
      label: 'Hold',
      remainingMs: hold.holdMs - 10_000,
    });
    expect(stepPhase(hold, hold.moveInMs + hold.holdMs).label).toBe('Release');
  });

  it('counts the rep under way and its tempo', () => {
    if (!reps) throw new Error('no reps step');
    expect(stepPhase(reps, 0)).toMatchObject({ label: 'Up', rep: 1 });
    expect(stepPhase(reps, reps.tempo.upMs + 1)).toMatchObject({ label: 'Hold', rep: 1 });
    expect(stepPhase(reps, reps.repMs * 2 + reps.repMs - 1)).toMatchObject({
      label: 'Down',
      rep: 3,
    });
    expect(stepPhase(reps, reps.durationMs).rep).toBe(reps.reps);
  });
});

describe('countdown formats', () => {
  it.each([
    [0, 0, '0:00'],
    [1, 1, '0:01'],
    [999, 1, '0:01'],
    [1000, 1, '0:01'],
    [1001, 2, '0:02'],
    [65_000, 65, '1:05'],
  ])('shows %i ms as %i s and %s', (ms, seconds, clock) => {
    expect(countdownSeconds(ms)).toBe(seconds);
    expect(formatClock(ms)).toBe(clock);
  });

  it('says the time left in words', () => {
    expect(formatTimeLeft(65_000)).toBe('1 minute 5 seconds left');
    expect(formatTimeLeft(120_000)).toBe('2 minutes left');
    expect(formatTimeLeft(0)).toBe('0 seconds left');
  });
});

describe('nextDueAt', () => {
  it('is nothing before the start, paused, or after the end', () => {
    const idle = createSessionState(STEPS);
    expect(nextDueAt(idle)).toBeNull();
    const running = transitionSession(idle, { type: 'start', now: T0 });
    const paused = transitionSession(running, { type: 'pause', now: T0 });
    expect(nextDueAt(paused)).toBeNull();
    expect(nextDueAt(runToEnd())).toBeNull();
  });

  it('wakes the player exactly when the next cue or step end is due', () => {
    const running = transitionSession(createSessionState(STEPS), { type: 'start', now: T0 });
    const first = STEPS[0];
    if (!first) throw new Error('no steps');
    // The changeover's name was said at the start; next is its "go" beep, at its end.
    expect(nextDueAt(running)).toBe(T0 + first.durationMs);
    expect(elapsedInStepMs(running, T0)).toBe(0);
  });

  it('ticking only at due instants completes the session on schedule', () => {
    const end = runToEnd();
    const total = STEPS.reduce((t, s) => t + s.durationMs, 0);
    expect(end).toMatchObject({ status: 'finished', outcome: 'completed', finishedAt: T0 + total });
  });
});
