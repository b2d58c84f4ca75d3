import { PHASES, PHASE_INFO, EXERCISES } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import { anExercise } from '../../test/support/exercises.ts';
import { describeFilter, formatExerciseList } from './exercise-list.ts';
import { PLAIN, createStyle } from './style.ts';

const plain = { style: PLAIN, width: 80 };
const ESCAPE = '\u001b[';

describe('formatExerciseList', () => {
  it('groups by phase in the order of the care method, whatever order the items come in', () => {
    const output = formatExerciseList([...EXERCISES].reverse(), plain);
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

  it('marks locked exercises', () => {
    // Compared with the same exercise unlocked, so the test does not depend on the wording.
    const release = anExercise('abdominal-psoas-release');
    expect(release.lock).not.toBeNull();
    expect(formatExerciseList([release], plain)).not.toBe(
      formatExerciseList([{ ...release, lock: null }], plain),
    );
  });

  it('marks professional-only exercises', () => {
    expect(formatExerciseList([anExercise('hip-traction')], plain)).toContain('professional only');
    expect(formatExerciseList([anExercise('glute-bridge')], plain)).not.toContain('professional');
  });

  it('says so when nothing matches, naming the phase', () => {
    expect(formatExerciseList([], plain, { phase: 'traction' })).toContain('traction');
    expect(formatExerciseList([], plain).trim().length).toBeGreaterThan(0);
  });

  it('names every filter used when nothing matches', () => {
    const output = formatExerciseList([], plain, {
      phase: 'habit',
      equipment: 'band',
      muscle: 'tfl',
      level: 3,
      q: 'no such words',
    });
    for (const text of ['habit', 'band', 'tfl', '3', 'no such words']) {
      expect(output.replace(/\s+/g, ' ')).toContain(text);
    }
  });

  it('names the filters in the count under a filtered list', () => {
    const output = formatExerciseList([anExercise('glute-bridge')], plain, { muscle: 'glutes' });
    expect(output.split('\n').filter(Boolean).at(-1)).toContain('glutes');
  });

  it('uses escape codes only when styled, and keeps every line within the width', () => {
    const items = EXERCISES;
    expect(formatExerciseList(items, plain)).not.toContain(ESCAPE);
    expect(formatExerciseList(items, { style: createStyle(true), width: 80 })).toContain(ESCAPE);
    const narrow = formatExerciseList(items, { style: PLAIN, width: 40 });
    expect(narrow.split('\n').filter((line) => line.length > 40)).toEqual([]);
  });
});

describe('describeFilter', () => {
  it('is empty without filters and leaves out those not given', () => {
    expect(describeFilter({})).toBe('');
    expect(describeFilter({ level: 2, phase: undefined })).toContain('2');
    expect(describeFilter({ level: 2 })).not.toContain('phase');
  });
});
