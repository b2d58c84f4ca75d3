import type { Phase } from './exercise.schema.ts';

export type PhaseInfo = { readonly label: string; readonly purpose: string };

/** Labels and one-line purposes for the phases, shared by web and CLI so they never disagree. */
export const PHASE_INFO: Readonly<Record<Phase, PhaseInfo>> = {
  release: {
    label: 'Release',
    purpose: 'Ease tender, tight tissue with a roller or ball before stretching it.',
  },
  stretch: {
    label: 'Stretch',
    purpose: 'Lengthen the hip flexors with slow holds, to tightness and never to pain.',
  },
  activate: {
    label: 'Activate',
    purpose: 'Wake up the glutes that long sitting leaves idle.',
  },
  strengthen: {
    label: 'Strengthen',
    purpose: 'Build strength in the hips and trunk, one rung of the ladder at a time.',
  },
  habit: {
    label: 'Habit',
    purpose: 'Small things through the day: get up, walk, sit well.',
  },
  traction: {
    label: 'Traction',
    purpose: 'A professional technique: described here, learned from a practitioner.',
  },
};
