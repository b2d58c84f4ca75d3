import type { SpeechCode } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import { cueWords, equipmentWords, speechWords } from '@psoas/core';
import { stepAnnouncement } from './step-words.ts';
import { STEPS } from './session-test-support.ts';

const CODES: readonly SpeechCode[] = [
  'exercise',
  'switch-sides',
  'hold',
  'release',
  'roll',
  'stop-rolling',
  'last-set',
  'rest',
  'session-complete',
];

const changeover = STEPS.find((s) => s.kind === 'get-ready' && s.reason === 'new-exercise');
const switchSides = STEPS.find((s) => s.kind === 'get-ready' && s.reason === 'switch-sides');

describe('cue words', () => {
  it('has words for every spoken cue', () => {
    const step = STEPS[1];
    if (!step) throw new Error('no step');
    for (const code of CODES) expect(speechWords(code, step).length).toBeGreaterThan(0);
  });

  it('names the exercise and side, and the side to switch to', () => {
    if (!changeover || !switchSides) throw new Error('no changeovers');
    expect(speechWords('exercise', changeover)).toMatch(
      /^Kneeling hip flexor stretch, left side\./,
    );
    expect(speechWords('switch-sides', switchSides)).toBe('Switch to the right side.');
  });

  it('tells what to fetch for a new exercise, and only then', () => {
    if (!changeover || !switchSides) throw new Error('no changeovers');
    expect(equipmentWords(changeover)).toMatch(/^Get .+\.$/);
    expect(equipmentWords(switchSides)).toBe('');
  });

  it('shows counts as numbers and beeps as what they mean', () => {
    const step = STEPS[1];
    if (!step) throw new Error('no step');
    expect(
      cueWords({ kind: 'count', value: 3, direction: 'down', atMs: step.durationMs }, step),
    ).toBe('3');
    expect(cueWords({ kind: 'beep', tone: 'go', atMs: step.durationMs }, step)).toBe('Go');
  });

  it('announces each step with its place, side, set and length', () => {
    const hold = STEPS.find((s) => s.kind === 'hold');
    if (!hold) throw new Error('no hold');
    expect(stepAnnouncement(hold, 20)).toBe(
      'Step 2 of 20. Kneeling hip flexor stretch, left side, set 1 of 1. Hold 1 of 2, 30 seconds.',
    );
  });
});
