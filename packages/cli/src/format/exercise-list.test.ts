import { PHASES, PHASE_INFO, STARTER_EXERCISES } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import { anExercise } from '../../test/support/exercises.ts';
import { formatExerciseList } from './exercise-list.ts';
import { PLAIN, createStyle } from './style.ts';

const plain = { style: PLAIN, width: 80 };
const ESCAPE = '\u001b[';

describe('formatExerciseList', () => {
  it('groups by phase in the order of the care method, whatever order the items come in', () => {
    const output = formatExerciseList([...STARTER_EXERCISES].reverse(), plain);
    const positions = PHASES.map((phase) => `\n${output}`.indexOf(`\n${PHASE_INFO[phase].label}:`));
    expect(positions[0]).toBe(0);
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('shows each exercise with its name, id, level and dose', () => {
    const output = formatExerciseList([anExercise('kneeling-hip-flexor-stretch')], plain);
    expect(output).toContain('Kneeling hip flexor stretch');
    expect(output).toContain('kneeling-hip-flexor-stretch');
    expect(output).toContain('level 1');
    expect(output).toContain('3 × 30 s hold per side');
  });

  it('marks professional-only exercises', () => {
    expect(formatExerciseList([anExercise('hip-traction')], plain)).toContain('professional only');
    expect(formatExerciseList([anExercise('glute-bridge')], plain)).not.toContain('professional');
  });

  it('says so when nothing matches, naming the phase', () => {
    expect(formatExerciseList([], plain, { phase: 'traction' })).toContain('traction');
    expect(formatExerciseList([], plain).trim().length).toBeGreaterThan(0);
  });

  it('uses escape codes only when styled, and keeps every line within the width', () => {
    const items = STARTER_EXERCISES;
    expect(formatExerciseList(items, plain)).not.toContain(ESCAPE);
    expect(formatExerciseList(items, { style: createStyle(true), width: 80 })).toContain(ESCAPE);
    const narrow = formatExerciseList(items, { style: PLAIN, width: 40 });
    expect(narrow.split('\n').filter((line) => line.length > 40)).toEqual([]);
  });
});
