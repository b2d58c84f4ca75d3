import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SessionStep } from './session-step.ts';
import { buildSteps, totalDurationMs } from './steps.ts';
import {
  BRIDGE,
  CATALOGUE,
  ROLL,
  STRETCH,
  itemOf,
  planSessionArbitrary,
  sessionOf,
} from './test-support/session-fixtures.ts';

/** One line per step: kind, side, set, rep and seconds, so a table reads like the session. */
function outline(steps: readonly SessionStep[]): string[] {
  return steps.map((s) => {
    if (s.kind === 'done') return 'done';
    const where = [
      s.side ?? 'both',
      s.set === null ? '' : `set ${s.set}`,
      s.rep ? `rep ${s.rep}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const detail = s.kind === 'get-ready' || s.kind === 'rest' ? `${s.kind}:${s.reason}` : s.kind;
    return `${detail} ${where} ${s.durationMs / 1000}s`;
  });
}

const says = (step: SessionStep | undefined) =>
  (step?.cues ?? []).map((c) =>
    c.kind === 'speak' ? c.say : c.kind === 'count' ? `${c.direction}${c.value}` : `beep:${c.tone}`,
  );

describe('buildSteps', () => {
  it('runs a per-side stretch with the extra set on the right, right side first', () => {
    const item = itemOf(STRETCH, { extraSetSide: 'right', sets: 1 });
    const steps = buildSteps(sessionOf(item), CATALOGUE);
    expect(outline(steps)).toEqual([
      'get-ready:new-exercise right 10s',
      'hold right set 1 rep 1 34s',
      'rest:between-holds right set 1 rep 2 10s',
      'hold right set 1 rep 2 34s',
      'rest:between-holds right set 1 rep 3 10s',
      'hold right set 1 rep 3 34s',
      'rest:between-sets right set 2 10s',
      'hold right set 2 rep 1 34s',
      'rest:between-holds right set 2 rep 2 10s',
      'hold right set 2 rep 2 34s',
      'rest:between-holds right set 2 rep 3 10s',
      'hold right set 2 rep 3 34s',
      'get-ready:switch-sides left 10s',
      'hold left set 1 rep 1 34s',
      'rest:between-holds left set 1 rep 2 10s',
      'hold left set 1 rep 2 34s',
      'rest:between-holds left set 1 rep 3 10s',
      'hold left set 1 rep 3 34s',
      'done',
    ]);
    expect(totalDurationMs(steps)).toBe(item.estimatedSeconds * 1000);
    expect(says(steps[0])).toEqual(['exercise', 'beep:go']);
    expect(says(steps[1])).toEqual(['hold', 'down3', 'down2', 'down1', 'release']);
    expect(says(steps[7])).toEqual(['last-set', 'hold', 'down3', 'down2', 'down1', 'release']);
    expect(says(steps[12])).toEqual(['switch-sides', 'beep:go']);
    expect(steps[1]).toMatchObject({ keyframeLabel: 'end', moveInMs: 2000, holdMs: 30000 });
    expect(steps[1]?.cues.map((c) => c.atMs)).toEqual([2000, 29000, 30000, 31000, 32000]);
  });

  it('runs a rep exercise as one timed step per set, with a tempo', () => {
    const item = itemOf(BRIDGE);
    const steps = buildSteps(sessionOf(item), CATALOGUE);
    expect(outline(steps)).toEqual([
      'get-ready:new-exercise both 10s',
      'reps both set 1 60s',
      'rest:between-sets both set 2 60s',
      'reps both set 2 60s',
      'done',
    ]);
    expect(steps[1]).toMatchObject({
      kind: 'reps',
      reps: 10,
      repMs: 6000,
      tempo: { upMs: 2000, holdMs: 2000, downMs: 2000 },
    });
    expect(says(steps[1]).slice(0, 4)).toEqual(['up1', 'beep:lower', 'up2', 'beep:lower']);
    expect(says(steps[3])[0]).toBe('last-set');
    expect(totalDurationMs(steps)).toBe(item.estimatedSeconds * 1000);
  });

  it('runs foam rolling left then right, with the roller to fetch', () => {
    const item = itemOf(ROLL);
    const steps = buildSteps(sessionOf(item), CATALOGUE);
    expect(outline(steps)).toEqual([
      'get-ready:new-exercise left 10s',
      'hold left set 1 rep 1 64s',
      'rest:between-sets left set 2 15s',
      'hold left set 2 rep 1 64s',
      'get-ready:switch-sides right 10s',
      'hold right set 1 rep 1 64s',
      'rest:between-sets right set 2 15s',
      'hold right set 2 rep 1 64s',
      'done',
    ]);
    expect(steps[0]).toMatchObject({ equipment: ['foam-roller', 'mat'], keyframeLabel: 'start' });
    expect(steps[1]).toMatchObject({ action: 'roll' });
    expect(says(steps[3])).toEqual(['last-set', 'roll', 'down3', 'down2', 'down1', 'stop-rolling']);
    expect(totalDurationMs(steps)).toBe(item.estimatedSeconds * 1000);
  });

  it('says what comes next, and ends with a done step', () => {
    const steps = buildSteps(sessionOf(itemOf(BRIDGE), itemOf(ROLL)), CATALOGUE);
    expect(steps[0]?.next).toMatchObject({ index: 1, kind: 'reps', set: 1 });
    expect(steps[3]?.next).toMatchObject({ kind: 'get-ready', exerciseId: ROLL.id, side: 'left' });
    expect(steps.at(-2)?.next).toMatchObject({ kind: 'done', exerciseId: null });
    expect(steps.at(-1)).toMatchObject({ kind: 'done', durationMs: 0, next: null });
    expect(steps.map((s) => s.index)).toEqual(steps.map((_, i) => i));
  });

  it('leaves out rests of 0 s and still times an exercise missing from the catalogue', () => {
    const item = itemOf(STRETCH, { restSeconds: 0, reps: 2 });
    const steps = buildSteps(sessionOf(item), []);
    expect(steps.some((s) => s.kind === 'rest')).toBe(false);
    expect(steps[0]).toMatchObject({ equipment: [], keyframeLabel: null });
    expect(totalDurationMs(steps)).toBe(item.estimatedSeconds * 1000);
  });

  it('gives an empty session only its done step', () => {
    expect(outline(buildSteps(sessionOf(), CATALOGUE))).toEqual(['done']);
  });

  it('takes exactly the estimated time for any dose, with cues inside their step', () => {
    fc.assert(
      fc.property(planSessionArbitrary, (session) => {
        const steps = buildSteps(session, CATALOGUE);
        expect(totalDurationMs(steps)).toBe(session.estimatedSeconds * 1000);
        for (const item of session.items) {
          const one = buildSteps(sessionOf(item), CATALOGUE);
          expect(totalDurationMs(one)).toBe(item.estimatedSeconds * 1000);
        }
        for (const step of steps) {
          const times = step.cues.map((c) => c.atMs);
          expect(times).toEqual([...times].sort((a, b) => a - b));
          expect(times.every((t) => t >= 0 && t <= step.durationMs)).toBe(true);
          if (step.kind !== 'done') expect(step.durationMs).toBeGreaterThan(0);
        }
      }),
    );
  });
});
