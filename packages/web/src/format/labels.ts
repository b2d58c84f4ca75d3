import { PHASE_INFO, type Equipment, type Exercise, type Muscle, type Phase } from '@psoas/core';

/** Human names for core's machine values, in one place so every page says the same thing. */

const MUSCLE_LABELS: Readonly<Record<Muscle, string>> = {
  psoas: 'Psoas',
  iliacus: 'Iliacus',
  'rectus-femoris': 'Rectus femoris',
  tfl: 'Tensor fasciae latae',
  quadriceps: 'Quadriceps',
  glutes: 'Glutes',
  'deep-hip-rotators': 'Deep hip rotators',
  'spinal-erectors': 'Spinal erectors',
  hamstrings: 'Hamstrings',
  abdominals: 'Abdominals',
};

const EQUIPMENT_LABELS: Readonly<Record<Equipment, string>> = {
  none: 'No equipment',
  mat: 'Mat',
  'foam-roller': 'Foam roller',
  ball: 'Massage ball',
  'table-or-chair': 'Table or chair',
  wall: 'Wall',
  band: 'Loop band',
};

const LEVEL_LABELS: Readonly<Record<number, string>> = {
  1: 'Beginner',
  2: 'Intermediate',
  3: 'Advanced',
};

export function phaseLabel(phase: Phase): string {
  return PHASE_INFO[phase].label;
}

export function muscleLabel(muscle: Muscle): string {
  return MUSCLE_LABELS[muscle];
}

export function equipmentLabel(equipment: Equipment): string {
  return EQUIPMENT_LABELS[equipment];
}

/** "No equipment" alone reads oddly in a list, so it only appears when nothing else does. */
export function formatEquipment(equipment: readonly Equipment[]): string {
  const needed = equipment.filter((item) => item !== 'none');
  return needed.length === 0 ? EQUIPMENT_LABELS.none : needed.map(equipmentLabel).join(', ');
}

export function levelLabel(level: number): string {
  const name = LEVEL_LABELS[level];
  return name ? `Level ${level}, ${name.toLowerCase()}` : `Level ${level}`;
}

export function lateralityLabel(laterality: Exercise['laterality']): string {
  return laterality === 'per-side' ? 'Each side' : 'Both sides together';
}
