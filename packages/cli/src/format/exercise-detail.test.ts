import type { ExerciseId } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import { aDetail } from '../../test/support/exercises.ts';
import { summariseDose } from './dose.ts';
import { formatExerciseDetail } from './exercise-detail.ts';
import { PLAIN } from './style.ts';

const plain = { style: PLAIN, width: 80 };

/** The lines under a heading, up to the next blank line. */
function sectionOf(output: string, heading: string): string[] {
  const lines = output.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) return [];
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

describe('formatExerciseDetail', () => {
  const stretch = aDetail('kneeling-hip-flexor-stretch');
  const output = formatExerciseDetail(stretch, plain);

  it('numbers every step, in order', () => {
    const numbers = sectionOf(output, 'Steps')
      .map((line) => /^ {2}\s?(\d+)\. /.exec(line)?.[1])
      .filter((n) => n !== undefined)
      .map(Number);
    expect(numbers).toEqual(stretch.steps.map((_, index) => index + 1));
  });

  it('includes the dose summary, the why, cues, mistakes, cautions and every reference', () => {
    const flat = output.replace(/\s+/g, ' ');
    expect(flat).toContain(summariseDose(stretch));
    expect(flat).toContain(stretch.dose.why);
    for (const text of [...stretch.cues, ...stretch.mistakes, ...stretch.cautions]) {
      expect(flat).toContain(text);
    }
    expect(stretch.references.length).toBeGreaterThan(0);
    stretch.references.forEach((_, index) => expect(output).toContain(`[${index + 1}]`));
  });

  it('shows sessions a day among the dose rows', () => {
    expect(output).toMatch(/^ {2}Sessions a day {2,}\d/m);
  });

  it('explains every dose number in one item, with markers of existing references', () => {
    const items = sectionOf(output, 'Why these numbers').filter((line) => line.startsWith('  • '));
    const numbers = ['holdSeconds', 'reps', 'sets', 'restSeconds', 'sessionsPerDay', 'daysPerWeek']
      .map((name) => stretch.dose[name as keyof typeof stretch.dose])
      .filter((range) => range !== null);
    expect(items).toHaveLength(numbers.length);
    const markers = [
      ...sectionOf(output, 'Why these numbers')
        .join(' ')
        .matchAll(/\[(\d+)\]/g),
    ];
    expect(markers.length).toBeGreaterThan(0);
    for (const [, n] of markers) expect(Number(n)).toBeLessThanOrEqual(stretch.references.length);
  });

  it('lists the contraindications under their own heading, when there are any', () => {
    const withSome = formatExerciseDetail(
      aDetail('glute-bridge', { contraindications: ['You had hip surgery in the last 6 weeks.'] }),
      plain,
    );
    expect(sectionOf(withSome, 'Do not do this if').join(' ')).toContain('hip surgery');
    const without = formatExerciseDetail(aDetail('glute-bridge', { contraindications: [] }), plain);
    expect(sectionOf(without, 'Do not do this if')).toEqual([]);
  });

  it('numbers the positions of the movement by their keyframe labels', () => {
    const positions = sectionOf(output, 'Positions').join(' ');
    stretch.keyframes.forEach((frame, index) =>
      expect(positions).toContain(`${index + 1}. ${frame.label}`),
    );
  });

  it('shows the ladder with names and ids, and leaves it out without one', () => {
    const ladder = {
      name: 'test-ladder',
      rung: 2,
      easier: 'easier-one' as ExerciseId,
      harder: 'harder-one' as ExerciseId,
    };
    const detail = {
      ...aDetail('glute-bridge', { ladder }),
      ladderRungs: [{ id: 'easier-one' as ExerciseId, name: 'The easier one', rung: 1 }],
    };
    const page = formatExerciseDetail(detail, plain);
    const section = sectionOf(page, 'Progression').join(' ');
    expect(section).toContain('2');
    expect(section).toContain('test-ladder');
    expect(section).toContain('The easier one (easier-one)');
    // Without a name, the id alone still tells the user what to run.
    expect(section).toContain('harder-one');
    const none = formatExerciseDetail(aDetail('glute-bridge', { ladder: null }), plain);
    expect(sectionOf(none, 'Progression')).toEqual([]);
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

describe('formatExerciseDetail for a locked exercise', () => {
  const locked = aDetail('abdominal-psoas-release');
  const page = formatExerciseDetail(locked, plain);
  const flat = page.replace(/\s+/g, ' ');

  it('is locked in the catalogue', () => {
    expect(locked.lock).not.toBeNull();
  });

  it('shows the name, summary, why it is locked and the command that unlocks it', () => {
    expect(flat).toContain(locked.name);
    expect(flat).toContain(locked.summary);
    expect(flat).toContain(locked.lock?.reason);
    expect(flat).toContain(`psoas exercise ${locked.id} --checklist`);
  });

  it('shows nothing that teaches the movement: no steps, cues, positions or dose', () => {
    for (const heading of ['Steps', 'Cues', 'Positions', 'Dose', 'Why these numbers']) {
      expect(page).not.toMatch(new RegExp(`^${heading}$`, 'm'));
    }
    for (const step of locked.steps) expect(flat).not.toContain(step);
  });

  it('shows the whole page once unlocked', () => {
    const unlocked = formatExerciseDetail(locked, plain, { unlocked: true });
    expect(unlocked).toMatch(/^Steps$/m);
    expect(unlocked.replace(/\s+/g, ' ')).toContain(locked.steps[0]);
  });
});
