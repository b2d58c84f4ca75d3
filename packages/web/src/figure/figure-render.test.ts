import { HABIT_EXERCISES, buildRoutineSteps, routineForBreak, type Exercise } from '@psoas/core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StepFigure } from '../session/StepFigure.tsx';
import { Figure } from './Figure.tsx';

const exercise = HABIT_EXERCISES.find((e: Exercise) => e.keyframes.length > 1);

function figure(playing?: boolean): string {
  if (!exercise) throw new Error('the catalogue has no animated habit exercise');
  return renderToStaticMarkup(
    createElement(Figure, {
      keyframes: exercise.keyframes,
      side: 'both',
      muscles: exercise.targetMuscles,
      title: exercise.name,
      ...(playing === undefined ? {} : { playing }),
    }),
  );
}

describe('Figure', () => {
  it('has its own Pause button when nobody else runs it (exercise pages)', () => {
    expect(figure()).toMatch(/<button[^>]*class="figure__toggle"[^>]*>.*Pause<\/button>/);
  });

  it('shows no button of its own when its caller runs it, playing or paused', () => {
    for (const playing of [true, false]) {
      const html = figure(playing);
      expect(html).toContain('class="figure"');
      expect(html).not.toContain('<button');
    }
  });
});

describe('StepFigure', () => {
  it('leaves pausing to the session player (sessions and break routines)', () => {
    const steps = buildRoutineSteps(routineForBreak(0, 3), HABIT_EXERCISES);
    const step = steps.find(
      (s) =>
        s.kind !== 'done' &&
        (HABIT_EXERCISES.find((e) => e.id === s.exerciseId)?.keyframes.length ?? 0) > 0,
    );
    if (!step || step.kind === 'done') throw new Error('the routine has no step with a figure');
    const html = renderToStaticMarkup(
      createElement(StepFigure, { step, exercises: HABIT_EXERCISES, playing: true }),
    );
    expect(html).toContain('class="figure"');
    expect(html).not.toContain('<button');
  });
});
