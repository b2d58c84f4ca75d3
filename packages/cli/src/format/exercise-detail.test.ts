import { describe, expect, it } from 'vitest';
import { aDetail } from '../../test/support/exercises.ts';
import { formatExerciseDetail } from './exercise-detail.ts';
import { PLAIN } from './style.ts';

const plain = { style: PLAIN, width: 80 };

describe('formatExerciseDetail', () => {
  const stretch = aDetail('kneeling-hip-flexor-stretch');
  const output = formatExerciseDetail(stretch, plain);

  it('numbers every step, in order', () => {
    const numbers = output
      .split('\n')
      .map((line) => /^ {2}(\d+)\. /.exec(line)?.[1])
      .filter((n) => n !== undefined)
      .map(Number);
    expect(numbers).toEqual(stretch.steps.map((_, index) => index + 1));
  });

  it('includes the dose summary, the why, cues, mistakes, cautions and every reference', () => {
    expect(output).toContain('3 × 30 s hold per side');
    expect(output).toContain(stretch.dose.why.split(' ').slice(0, 3).join(' '));
    for (const text of [...stretch.cues, ...stretch.mistakes]) expect(output).toContain(text);
    expect(output).toContain('Pad the kneeling knee.');
    expect(stretch.references.length).toBeGreaterThan(0);
    stretch.references.forEach((_, index) => expect(output).toContain(`[${index + 1}]`));
  });

  it('keeps lines within the width (long words aside)', () => {
    const narrow = formatExerciseDetail(stretch, { style: PLAIN, width: 50 });
    const tooLong = narrow.split('\n').filter((line) => line.length > 50);
    expect(tooLong.every((line) => !line.trim().includes(' '))).toBe(true);
  });

  it('shows a notice for professional-only exercises and none otherwise', () => {
    const traction = formatExerciseDetail(aDetail('hip-traction'), plain);
    expect(traction).toMatch(/Professional only/);
    expect(output).not.toMatch(/Professional only/);
  });

  it('leaves out empty sections', () => {
    const noCues = formatExerciseDetail(aDetail('glute-bridge', { cues: [] }), plain);
    expect(noCues).not.toMatch(/^Cues$/m);
    expect(output).toMatch(/^Cues$/m);
  });
});
