import {
  EXERCISES,
  asInstant,
  buildSteps,
  createSessionState,
  type Instant,
  type SessionCue,
  type SessionState,
} from '@psoas/core';
import { describe, expect, it } from 'vitest';
import { monotonicClock, type PlayerClock } from './clock.ts';
import { createPlayer, nextDueAt, nextSecondAt, type PlayerOutput } from './player.ts';
import { aPlanSession } from './test-support/plan-session.ts';

/**
 * The player's shell logic with a hand-driven clock and timer: it must sleep until exactly the
 * next due instant, fire every cue once and in order, and never run while paused.
 */

const steps = buildSteps(aPlanSession(), EXERCISES);

function play(options: { secondTicks?: boolean; autoResume?: boolean } = {}) {
  let now = 1_000_000;
  let pending: { run: () => void; ms: number; cancelled: boolean } | null = null;
  const cues: { cue: SessionCue; firedAt: Instant }[] = [];
  const entered: number[] = [];
  const statuses: SessionState['status'][] = [];
  const clock: PlayerClock = {
    now: () => asInstant(now),
    realDelayUntil: (at) => Math.max(0, at - now),
  };
  const output: PlayerOutput = {
    step: (step) => entered.push(step.index),
    cue: (cue, _step, firedAt) => cues.push({ cue, firedAt }),
    status: (state) => statuses.push(state.status),
    frame: () => undefined,
  };
  const player = createPlayer(createSessionState(steps), {
    clock,
    output,
    secondTicks: options.secondTicks ?? false,
    autoResume: options.autoResume ?? false,
    setTimer: (run, ms) => {
      const timer = { run, ms, cancelled: false };
      pending = timer;
      return () => {
        timer.cancelled = true;
      };
    },
  });
  const timer = () => (pending !== null && !pending.cancelled ? pending : null);
  return {
    player,
    cues,
    entered,
    statuses,
    timer,
    advance: (ms: number) => {
      now += ms;
    },
    /** Runs the pending timer at its due time (plus `lateMs`). */
    fire: (lateMs = 0) => {
      const due = timer();
      if (due === null) throw new Error('no timer pending');
      now += due.ms + lateMs;
      pending = null;
      due.run();
    },
  };
}

describe('createPlayer', () => {
  it('sleeps until each due instant: every cue fires once, in order, exactly on time', async () => {
    const run = play();
    run.player.start();
    let guard = 0;
    while (run.timer() !== null && guard < 10_000) {
      run.fire();
      guard += 1;
    }
    const finished = await run.player.finished;
    expect(finished.outcome).toBe('completed');
    const expected = steps.flatMap((step) => step.cues.map((c) => `${step.index}:${c.kind}`));
    expect(run.cues.map(({ cue }) => `${cue.stepIndex}:${cue.kind}`)).toEqual(expected);
    for (const { cue, firedAt } of run.cues) expect(firedAt).toBe(cue.dueAt);
    expect(run.entered).toEqual(steps.map((s) => s.index));
  });

  it('wakes at every countdown second for the live view', () => {
    const run = play({ secondTicks: true });
    run.player.start();
    // The first step starts with its cue; the next wake is one second later at most.
    expect(run.timer()?.ms).toBeLessThanOrEqual(1000);
  });

  it('sets no timer while paused, and carries on from where it stood on resume', () => {
    const run = play();
    run.player.start();
    run.advance(1_000);
    run.player.command('toggle-pause');
    expect(run.player.state().status).toBe('paused');
    expect(run.timer()).toBeNull();
    run.advance(60_000);
    run.player.command('toggle-pause');
    expect(run.player.state().status).toBe('running');
    const first = steps[0];
    expect(run.timer()?.ms).toBe((first?.durationMs ?? 0) - 1_000);
    expect(run.statuses).toEqual(['running', 'paused', 'running']);
  });

  it('skips and goes back on command', () => {
    const run = play();
    run.player.start();
    run.player.command('skip');
    expect(run.entered).toEqual([0, 1]);
    run.player.command('back');
    expect(run.entered).toEqual([0, 1, 0]);
  });

  it('pauses itself after a long gap, and resumes at once when nobody has keys', () => {
    const held = play();
    held.player.start();
    held.fire(60_000);
    expect(held.player.state().status).toBe('auto-paused');
    expect(held.timer()).toBeNull();

    const piped = play({ autoResume: true });
    piped.player.start();
    piped.fire(60_000);
    expect(piped.player.state().status).toBe('running');
    expect(piped.statuses).toEqual(['running', 'auto-paused', 'running']);
    expect(piped.timer()).not.toBeNull();
  });

  it('ends early on finish, and stops without finishing', async () => {
    const run = play();
    run.player.start();
    run.player.command('finish');
    expect((await run.player.finished).outcome).toBe('ended-early');

    const stopped = play();
    stopped.player.start();
    stopped.player.stop();
    expect(stopped.timer()).toBeNull();
  });
});

describe('next instants', () => {
  it('knows the next cue or deadline, and the next countdown second', () => {
    const run = play();
    run.player.start();
    const state = run.player.state();
    if (state.status !== 'running') throw new Error('not running');
    expect(nextDueAt(state)).toBe(state.deadline);
    const now = asInstant(state.deadline - 2_500);
    expect(nextSecondAt(state, now)).toBe(state.deadline - 2_000);
    expect(nextDueAt(createSessionState(steps))).toBeNull();
  });
});

describe('monotonicClock', () => {
  it('runs `scale` times faster than the clock it reads, and converts waits back', () => {
    let ms = 100;
    const clock = monotonicClock(20, () => ms, 1_000);
    const start = clock.now();
    expect(start).toBe(1_100);
    ms += 50;
    expect(clock.now()).toBe(1_100 + 1_000);
    expect(clock.realDelayUntil(asInstant(clock.now() + 2_000))).toBe(100);
    expect(clock.realDelayUntil(asInstant(0))).toBe(0);
  });
});
