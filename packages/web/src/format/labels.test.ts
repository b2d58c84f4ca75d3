import { MUSCLES, EQUIPMENT, PHASES } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import {
  equipmentLabel,
  formatEquipment,
  lateralityLabel,
  levelLabel,
  muscleLabel,
  phaseLabel,
} from './labels.ts';

describe('labels', () => {
  it('names every phase, muscle and piece of equipment', () => {
    for (const phase of PHASES) expect(phaseLabel(phase)).toMatch(/^[A-Z]/);
    for (const muscle of MUSCLES) expect(muscleLabel(muscle)).toMatch(/^[A-Z]/);
    for (const item of EQUIPMENT) expect(equipmentLabel(item)).toMatch(/^[A-Z]/);
  });

  it('takes phase labels from core so web and CLI agree', () => {
    expect(phaseLabel('stretch')).toBe('Stretch');
  });

  it('leaves "no equipment" out when something is needed', () => {
    expect(formatEquipment(['none'])).toBe('No equipment');
    expect(formatEquipment(['foam-roller', 'mat'])).toBe('Foam roller, Mat');
    expect(formatEquipment(['none', 'band'])).toBe('Loop band');
  });

  it('names levels one to three and still shows an unknown level', () => {
    expect(levelLabel(1)).toBe('Level 1, beginner');
    expect(levelLabel(3)).toBe('Level 3, advanced');
    expect(levelLabel(4)).toBe('Level 4');
  });

  it('says whether an exercise is done per side', () => {
    expect(lateralityLabel('per-side')).toBe('Each side');
    expect(lateralityLabel('both-sides')).toBe('Both sides together');
  });
});
