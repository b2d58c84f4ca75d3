import {
  EXERCISES,
  asInstant,
  buildSteps,
  createSessionState,
  transitionSession,
  type SessionState,
} from '@psoas/core';
import { describe, expect, it } from 'vitest';
import { PLAIN, createStyle } from '../format/style.ts';
import { bigText, clockText, countdownText } from './big-digits.ts';
import { FRAME_HEIGHT, frameView, renderFrame, stepActivity } from './frame.ts';
import { redrawSequence } from './screen.ts';
import { aPlanSession } from './test-support/plan-session.ts';

const T0 = asInstant(1_000_000);
const at = (ms: number) => asInstant(T0 + ms);
const steps = buildSteps(aPlanSession(), EXERCISES);
const meta = { title: 'Session 1 of 1 · 2026-11-23', confirmingQuit: false };
const format = { style: PLAIN, width: 80 };

function running(): SessionState {
  return transitionSession(createSessionState(steps), { type: 'start', now: T0 });
}

describe('countdown text', () => {
  it.each([
    [30_000, '30'],
    [29_001, '30'],
    [200, '1'],
    [0, '0'],
    [65_000, '1:05'],
  ])('shows %d ms as %s', (ms, text) => {
    expect(countdownText(ms)).toBe(text);
  });

  it('says the session time left in minutes or seconds', () => {
    expect(clockText(45_000)).toBe('45 s');
    expect(clockText(750_000)).toBe('12:30');
  });

  it('draws digits five rows tall, one glyph per character', () => {
    const rows = bigText('1:05');
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    expect(bigText('')).toEqual(['', '', '', '', '']);
  });
});

describe('frameView', () => {
  it('shows the first step, its countdown and what comes next as the session starts', () => {
    const view = frameView(running(), T0, meta);
    const first = steps[0];
    expect(first?.kind).toBe('get-ready');
    expect(view.stepNumber).toBe(1);
    expect(view.stepCount).toBe(steps.length);
    expect(view.place).toBe('Kneeling hip flexor stretch, left side');
    expect(view.activity).toBe('Get into position');
    expect(view.instruction).toContain('Get a mat.');
    expect(view.countdown).toBe(String((first?.durationMs ?? 0) / 1000));
    expect(view.next).toMatch(/^Next: Hold 1 of 2, \d+ s$/);
    expect(view.progress).toBe(0);
    expect(view.notice).toBe('');
  });

  it('counts down from the deadline, and stands still while paused', () => {
    const state = running();
    const later = frameView(state, at(2_500), meta);
    expect(Number(later.countdown)).toBe(Number(frameView(state, T0, meta).countdown) - 2);
    const paused = transitionSession(state, { type: 'pause', now: at(2_500) });
    expect(frameView(paused, at(60_000), meta).countdown).toBe(later.countdown);
    expect(frameView(paused, at(60_000), meta).status).toBe('paused');
    expect(frameView(paused, at(60_000), meta).notice).toMatch(/space/);
  });

  it('asks before ending early', () => {
    expect(frameView(running(), T0, { ...meta, confirmingQuit: true }).notice).toMatch(/\by\b/);
  });

  it('names the part of a hold and of a rep', () => {
    const hold = steps.find((s) => s.kind === 'hold');
    const reps = steps.find((s) => s.kind === 'reps');
    if (hold?.kind !== 'hold' || reps?.kind !== 'reps') throw new Error('fixture changed');
    expect(stepActivity(hold, 0)).toBe('Move into position');
    expect(stepActivity(hold, hold.moveInMs)).toBe('Hold 1 of 2');
    expect(stepActivity(hold, hold.moveInMs + hold.holdMs)).toBe('Release');
    expect(stepActivity(reps, 0)).toBe('Rep 1 of 3: up');
    expect(stepActivity(reps, reps.tempo.upMs)).toBe('Rep 1 of 3: hold');
    expect(stepActivity(reps, reps.repMs + reps.repMs - 1)).toBe('Rep 2 of 3: lower');
  });

  it('shows the whole session as done at the end', () => {
    const done = transitionSession(running(), { type: 'tick', now: at(1) });
    let state: SessionState = done;
    for (let i = 0; i < steps.length && state.status !== 'finished'; i += 1) {
      state = transitionSession(state, { type: 'skip', now: at(2 + i) });
    }
    const view = frameView(state, at(10_000), meta);
    expect(view.status).toBe('finished');
    expect(view.progress).toBe(1);
    expect(view.countdown).toBe('0');
  });
});

describe('renderFrame', () => {
  it('always has the same height and never a line wider than the terminal', () => {
    for (const width of [40, 60, 100]) {
      const lines = renderFrame(frameView(running(), T0, meta), { style: PLAIN, width });
      expect(lines).toHaveLength(FRAME_HEIGHT);
      for (const line of lines) expect([...line].length).toBeLessThanOrEqual(width);
    }
  });

  it('has no escape codes without colour (NO_COLOR), and styles with it', () => {
    const plain = renderFrame(frameView(running(), T0, meta), format).join('\n');
    expect(plain).not.toContain('\u001b');
    const coloured = renderFrame(frameView(running(), T0, meta), {
      style: createStyle(true),
      width: 80,
    }).join('\n');
    expect(coloured).toContain('\u001b[1m');
  });

  it('shows the countdown in large digits, and the progress with the time left', () => {
    const lines = renderFrame(frameView(running(), T0, meta), format);
    const countdown = frameView(running(), T0, meta).countdown;
    expect(lines.join('\n')).toContain(bigText(countdown)[0]);
    expect(lines.some((l) => /\[░+\]\s+0%\s+\S+ left$/.test(l))).toBe(true);
  });
});

describe('redrawSequence', () => {
  it('draws the first frame where the cursor is', () => {
    expect(redrawSequence(0, [], ['a', 'b'])).toBe('a\u001b[K\r\nb\u001b[K\u001b[J');
  });

  it('goes back to the first line of the frame, writes log lines above the new frame', () => {
    expect(redrawSequence(3, ['» Hold.'], ['a', 'b', 'c'])).toBe(
      '\r\u001b[2A» Hold.\u001b[K\r\na\u001b[K\r\nb\u001b[K\r\nc\u001b[K\u001b[J',
    );
  });
});
