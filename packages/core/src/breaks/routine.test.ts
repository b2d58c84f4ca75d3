import { describe, expect, it } from 'vitest';
import { HABIT_EXERCISES, ROUTINE_COUNT, routineForBreak } from './routine.ts';

describe('break routines', () => {
  const routines = Array.from({ length: ROUTINE_COUNT }, (_, i) => routineForBreak(i, 2));

  it('use only habit exercises from the catalogue, without the sleeping position', () => {
    const habits = new Set(HABIT_EXERCISES.map((e) => e.id as string));
    const used = new Set(routines.flatMap((r) => r.steps.map((s) => s.exerciseId as string)));
    for (const id of used) expect(habits.has(id)).toBe(true);
    expect([...used].sort()).toEqual([
      'glute-squeeze',
      'posture-reset',
      'sitting-setup',
      'standing-hip-flexor-stretch',
      'walking-break',
    ]);
  });

  it('always include some walking and last 1 to 2 minutes', () => {
    for (const minutes of [1, 2, 5, 10]) {
      for (let i = 0; i < ROUTINE_COUNT; i += 1) {
        const routine = routineForBreak(i, minutes);
        const walk = routine.steps.find((s) => s.exerciseId === 'walking-break');
        expect(walk?.seconds).toBeGreaterThanOrEqual(30);
        expect(routine.totalSeconds).toBeGreaterThanOrEqual(60);
        expect(routine.totalSeconds).toBeLessThanOrEqual(150);
      }
    }
  });

  it('stretch both sides equally', () => {
    for (const routine of routines) {
      const stretch = routine.steps.filter((s) => s.exerciseId === 'standing-hip-flexor-stretch');
      const left = stretch.filter((s) => s.side === 'left').reduce((t, s) => t + s.seconds, 0);
      const right = stretch.filter((s) => s.side === 'right').reduce((t, s) => t + s.seconds, 0);
      expect(left).toBe(right);
    }
  });

  it('rotate deterministically, never repeating the previous break', () => {
    expect(routineForBreak(7, 2)).toEqual(routineForBreak(7, 2));
    expect(routineForBreak(ROUTINE_COUNT + 1, 2)).toEqual(routineForBreak(1, 2));
    expect(routineForBreak(-1, 2).rotation).toBe(ROUTINE_COUNT - 1);
    for (let i = 0; i < 20; i += 1) {
      expect(routineForBreak(i + 1, 2).steps).not.toEqual(routineForBreak(i, 2).steps);
    }
  });
});
