import { describe, expect, it } from 'vitest';
import type { Exercise } from '../catalogue/exercise.schema.ts';
import {
  INITIAL_PROGRESSION,
  applyFeedback,
  currentDose,
  undoChange,
  type FeedbackEvent,
  type ProgressionState,
  type Rating,
} from './progression.ts';
import { anExercise } from './test-support/exercise-builder.ts';

const stretch = anExercise('stretch').perSide().hold(30, 15, 60).reps(3, 2, 4).build();
const bridge = anExercise('bridge')
  .phase('strengthen')
  .reps(10, 8, 15)
  .sets(2, 2, 3)
  .ladder('glute-bridge', 1, null, 'banded-bridge')
  .build();
const banded = anExercise('banded-bridge')
  .phase('strengthen')
  .reps(10, 8, 15)
  .ladder('glute-bridge', 2, 'bridge', null)
  .build();
const heldBridge = anExercise('held-bridge')
  .phase('strengthen')
  .hold(5, 5, 10)
  .reps(10, 8, 15)
  .ladder('glute-bridge', 1, null, 'banded-bridge')
  .build();

let clock = 0;
const feedback = (
  exercise: Exercise,
  rating: Rating,
  painDuring = 1,
  repsDone: number | null = null,
): FeedbackEvent => ({ type: 'feedback', at: ++clock, exercise, rating, painDuring, repsDone });

const run = (events: FeedbackEvent[], state: ProgressionState = INITIAL_PROGRESSION) =>
  events.reduce(applyFeedback, state);

describe('applyFeedback: moving up', () => {
  it('lengthens the hold within its range after 3 "too easy" in a row', () => {
    const state = run([
      feedback(stretch, 'too-easy'),
      feedback(stretch, 'too-easy'),
      feedback(stretch, 'too-easy'),
    ]);
    expect(currentDose(state, stretch).holdSeconds).toBe(40);
    expect(state.history).toHaveLength(1);
    expect(state.history[0]).toMatchObject({ kind: 'lengthen-hold', trigger: 'three-too-easy' });
    expect(state.history[0]?.explanation).toMatch(/30 to 40 seconds/);
  });

  it('does not move after 2 "too easy", nor when the streak is broken', () => {
    expect(run([feedback(stretch, 'too-easy'), feedback(stretch, 'too-easy')]).history).toEqual([]);
    const broken = run([
      feedback(stretch, 'too-easy'),
      feedback(stretch, 'too-easy'),
      feedback(stretch, 'about-right'),
      feedback(stretch, 'too-easy'),
    ]);
    expect(broken.history).toEqual([]);
  });

  it('never lengthens a hold beyond its maximum, then moves on', () => {
    let state = INITIAL_PROGRESSION;
    for (let i = 0; i < 30; i++) state = applyFeedback(state, feedback(stretch, 'too-easy'));
    expect(currentDose(state, stretch).holdSeconds).toBe(60);
    // No harder rung: the reps target rises within its range, then nothing more.
    expect(currentDose(state, stretch).reps).toBe(4);
  });

  it('moves up the ladder when reps reach target + 2 with pain 3 or less (ACSM)', () => {
    const state = run([feedback(bridge, 'about-right', 3, 12)]);
    expect(state.ladders['glute-bridge']).toBe('banded-bridge');
    expect(state.history[0]).toMatchObject({ kind: 'move-up', trigger: 'reps-above-target' });
  });

  it('lengthens the hold before changing exercise', () => {
    const state = run([feedback(heldBridge, 'about-right', 0, 12)]);
    expect(state.ladders['glute-bridge']).toBeUndefined();
    expect(currentDose(state, heldBridge).holdSeconds).toBe(10);
  });

  it.each([
    ['target + 1', 11, 2],
    ['pain above 3', 12, 4],
  ])('does not move up at %s', (_name, reps, pain) => {
    expect(run([feedback(bridge, 'about-right', pain, reps)]).history).toEqual([]);
  });

  it('does not move up after 3 "too easy" when the third session hurt more than 3', () => {
    const state = run([
      feedback(bridge, 'too-easy', 4),
      feedback(bridge, 'too-easy', 4),
      feedback(bridge, 'too-easy', 4),
    ]);
    expect(state.history).toEqual([]);
  });
});

describe('applyFeedback: moving down', () => {
  it('moves down the ladder after 2 "too hard" in a row', () => {
    const up: ProgressionState = { ...INITIAL_PROGRESSION, ladders: { 'glute-bridge': banded.id } };
    const state = run([feedback(banded, 'too-hard'), feedback(banded, 'too-hard')], up);
    expect(state.ladders['glute-bridge']).toBe('bridge');
    expect(state.history[0]).toMatchObject({ kind: 'move-down', trigger: 'two-too-hard' });
  });

  it('moves down when pain rises by 2 or more from its lowest at this level', () => {
    const up: ProgressionState = { ...INITIAL_PROGRESSION, ladders: { 'glute-bridge': banded.id } };
    const state = run(
      [
        feedback(banded, 'about-right', 1),
        feedback(banded, 'about-right', 2),
        feedback(banded, 'about-right', 3),
      ],
      up,
    );
    expect(state.history[0]).toMatchObject({ kind: 'move-down', trigger: 'pain-rose' });
  });

  it('shortens the hold when there is no easier rung', () => {
    const state = run([feedback(stretch, 'too-hard'), feedback(stretch, 'too-hard')]);
    expect(currentDose(state, stretch).holdSeconds).toBe(20);
    expect(state.history[0]).toMatchObject({ kind: 'shorten-hold' });
  });

  it('lets "down" win over "up" in the same session', () => {
    const state = run([feedback(bridge, 'about-right', 0), feedback(bridge, 'about-right', 3, 14)]);
    expect(state.history[0]?.trigger).toBe('pain-rose');
  });
});

describe('undoChange', () => {
  it('restores the rung and dose from before the last change, and keeps the state immutable', () => {
    const before = run([feedback(bridge, 'about-right', 1, 9)]);
    const frozen = JSON.stringify(before);
    const after = applyFeedback(before, feedback(bridge, 'about-right', 1, 12));
    expect(after.ladders['glute-bridge']).toBe('banded-bridge');
    const undone = undoChange(after);
    expect(undone.ladders).toEqual(before.ladders);
    expect(undone.history).toEqual(before.history);
    expect(currentDose(undone, bridge)).toEqual(currentDose(before, bridge));
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it('undoes a hold change and does not re-propose it at the next session', () => {
    const changed = run([
      feedback(stretch, 'too-easy'),
      feedback(stretch, 'too-easy'),
      feedback(stretch, 'too-easy'),
    ]);
    const undone = undoChange(changed);
    expect(currentDose(undone, stretch).holdSeconds).toBe(30);
    expect(applyFeedback(undone, feedback(stretch, 'too-easy')).history).toEqual([]);
  });

  it('undoes changes one at a time, newest first, and does nothing with no history', () => {
    let state = INITIAL_PROGRESSION;
    for (let i = 0; i < 6; i++) state = applyFeedback(state, feedback(stretch, 'too-easy'));
    expect(state.history.map((c) => c.seq)).toEqual([1, 2]);
    state = undoChange(state);
    expect(currentDose(state, stretch).holdSeconds).toBe(40);
    state = undoChange(state);
    expect(currentDose(state, stretch).holdSeconds).toBe(30);
    expect(undoChange(state)).toEqual(state);
  });
});
