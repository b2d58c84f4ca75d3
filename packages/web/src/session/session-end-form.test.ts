import { sessionLogRequestSchema, type FinishedState } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import { chooseSession } from './session-choice.ts';
import { EMPTY_END_DRAFT, checkEndForm } from './session-end-form.ts';
import { PLAN_SESSION, STEPS, T0, runToEnd } from './session-test-support.ts';

function finished(): FinishedState {
  const end = runToEnd();
  if (end.status !== 'finished') throw new Error('the session did not finish');
  return end;
}

const [stretch, bridge] = PLAN_SESSION.items;

describe('the end form', () => {
  it('records a session with nothing filled in', () => {
    const check = checkEndForm('2026-03-02', PLAN_SESSION, finished(), EMPTY_END_DRAFT);
    if (!check.ok) throw new Error(JSON.stringify(check.errors));
    expect(sessionLogRequestSchema.safeParse(check.request).success).toBe(true);
    const total = STEPS.reduce((t, s) => t + s.durationMs, 0);
    expect(check.request).toMatchObject({
      date: '2026-03-02',
      outcome: 'completed',
      startedAt: new Date(T0).toISOString(),
      finishedAt: new Date(T0 + total).toISOString(),
      activeSeconds: Math.round(total / 1000),
      feedback: [],
      painNow: null,
      note: '',
    });
    // The stretch per side, the bridge on both sides at once; every set done.
    expect(check.request.items.map((i) => [i.exerciseId, i.side, i.done.sets])).toEqual([
      [stretch?.exerciseId, 'left', 1],
      [stretch?.exerciseId, 'right', 1],
      [bridge?.exerciseId, null, 2],
    ]);
  });

  it('carries the feedback, pain now and the note', () => {
    if (!bridge) throw new Error('no bridge');
    const check = checkEndForm('2026-03-02', PLAN_SESSION, finished(), {
      feedback: { [bridge.exerciseId]: { rating: 'too-easy', pain: '1', repsDone: '7' } },
      painNow: '2',
      note: '  Felt good.  ',
    });
    if (!check.ok) throw new Error(JSON.stringify(check.errors));
    expect(check.request.feedback).toEqual([
      { exerciseId: bridge.exerciseId, rating: 'too-easy', pain: 1, repsDone: 7 },
    ]);
    expect(check.request).toMatchObject({ painNow: 2, note: 'Felt good.' });
  });

  it('explains what is wrong and records nothing', () => {
    if (!bridge) throw new Error('no bridge');
    const check = checkEndForm('2026-03-02', PLAN_SESSION, finished(), {
      feedback: { [bridge.exerciseId]: { rating: 'too-hard', pain: '', repsDone: 'many' } },
      painNow: '11',
      note: 'x'.repeat(2001),
    });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(Object.keys(check.errors.feedback)).toEqual([bridge.exerciseId]);
    expect(check.errors.painNow).toBeDefined();
    expect(check.errors.note).toBeDefined();
  });
});

describe('chooseSession', () => {
  const plan = {
    today: {
      date: '2026-03-02',
      weekday: 'monday' as const,
      sessions: [
        { ...PLAN_SESSION, kind: 'extra' as const },
        PLAN_SESSION,
        { ...PLAN_SESSION, items: [] },
      ],
    },
  };

  it('plays the main session by default', () => {
    expect(chooseSession(plan, null)?.index).toBe(1);
  });

  it.each([
    ['0', 0],
    ['1', 1],
    ['2', null],
    ['7', null],
    ['-1', null],
    ['x', null],
  ])('plays ?session=%s as %s', (param, index) => {
    expect(chooseSession(plan, param)?.index ?? null).toBe(index);
  });
});
