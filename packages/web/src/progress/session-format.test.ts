import { sessionLogItemSchema } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import {
  exerciseName,
  formatDone,
  formatPlanned,
  formatSessionDay,
  formatSessionLength,
} from './session-format.ts';

const item = (planned: object, done: object) =>
  sessionLogItemSchema.parse({ exerciseId: 'glute-bridge', side: 'left', planned, done });

describe('session log formatting', () => {
  it('names the day without the time zone moving it', () => {
    expect(formatSessionDay('2026-03-02')).toMatch(/^Monday,? 2 March 2026$/);
  });

  it('says how long the session ran against the plan', () => {
    expect(formatSessionLength({ activeSeconds: 640, plannedSeconds: 600 })).toBe(
      '10 min 40 s of exercise (10 min planned)',
    );
  });

  it.each([
    [{ sets: 2, repsPerSet: 10, holdSeconds: null }, '2 sets of 10 reps'],
    [{ sets: 3, repsPerSet: 1, holdSeconds: 30 }, '3 × 30 s hold'],
    [{ sets: 2, repsPerSet: 3, holdSeconds: 30 }, '2 sets of 3 × 30 s hold'],
  ])('plans %o as "%s"', (planned, text) => {
    expect(
      formatPlanned(
        item(planned, { sets: 0, reps: 0, heldSeconds: null, skippedSteps: 0 }).planned,
      ),
    ).toBe(text);
  });

  it('says what was done, held and skipped', () => {
    expect(
      formatDone(
        item(
          { sets: 3, repsPerSet: 1, holdSeconds: 30 },
          { sets: 1, reps: 2, heldSeconds: 60, skippedSteps: 1 },
        ),
      ),
    ).toBe('1 of 3 sets, 1 min held, 1 step skipped');
    expect(
      formatDone(
        item(
          { sets: 2, repsPerSet: 10, holdSeconds: 2 },
          { sets: 2, reps: 20, heldSeconds: 40, skippedSteps: 0 },
        ),
      ),
    ).toBe('2 of 2 sets, 20 reps, 40 s held');
    expect(
      formatDone(
        item(
          { sets: 2, repsPerSet: 10, holdSeconds: null },
          { sets: 2, reps: 20, heldSeconds: null, skippedSteps: 0 },
        ),
      ),
    ).toBe('2 of 2 sets, 20 reps');
  });

  it('uses the catalogue’s name, and the id for an exercise it does not know', () => {
    expect(exerciseName('glute-bridge')).toBe('Glute bridge');
    expect(exerciseName('retired-exercise')).toBe('retired-exercise');
  });
});
