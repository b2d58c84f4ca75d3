import { PHASES, PHASE_INFO, compareExercises, type Exercise, type Phase } from '@psoas/core';
import { summariseDose } from './dose.ts';
import { nameWithId, type FormatOptions } from './style.ts';
import { joinLines, plural, wrapText } from './text.ts';

/**
 * The catalogue as a terminal page: grouped by phase in the care method's order (release,
 * stretch, activate, strengthen, then habit and traction), each exercise on two lines: its
 * name and id, then level and dose.
 */

const PROFESSIONAL = 'professional only';

function formatItem(exercise: Exercise, options: FormatOptions): string[] {
  const facts = [`level ${exercise.level}`, summariseDose(exercise)];
  if (exercise.professionalOnly) facts.push(PROFESSIONAL);
  // Wrap the plain text first; escape codes would otherwise count towards the line width.
  const factLines = wrapText(facts.join(' · '), options.width, '    ').map((line) =>
    line.replace(PROFESSIONAL, options.style.warn(PROFESSIONAL)),
  );
  return [...nameWithId(exercise.name, exercise.id, '  ', options), ...factLines];
}

function formatGroup(phase: Phase, items: readonly Exercise[], options: FormatOptions): string[] {
  const { label, purpose } = PHASE_INFO[phase];
  const header = wrapText(`${label}: ${purpose}`, options.width);
  // Style after wrapping: escape codes would otherwise count towards the line width.
  const styled = header.map((line, index) =>
    index === 0 && line.startsWith(`${label}:`)
      ? `${options.style.heading(label)}${options.style.dim(line.slice(label.length))}`
      : options.style.dim(line),
  );
  return [...styled, ...items.toSorted(compareExercises).flatMap((e) => formatItem(e, options))];
}

export function formatExerciseList(
  items: readonly Exercise[],
  options: FormatOptions,
  filter: { readonly phase?: Phase | undefined } = {},
): string {
  if (items.length === 0) {
    return joinLines([
      filter.phase === undefined
        ? 'No exercises found.'
        : `No exercises in the ${PHASE_INFO[filter.phase].label.toLowerCase()} phase.`,
    ]);
  }
  const groups = PHASES.flatMap((phase) => {
    const inPhase = items.filter((exercise) => exercise.phase === phase);
    return inPhase.length === 0 ? [] : [formatGroup(phase, inPhase, options)];
  });
  const footer = wrapText(
    `${plural(items.length, 'exercise')}. Show one with: psoas exercise <id>`,
    options.width,
  ).map(options.style.dim);
  return joinLines([...groups.flatMap((group) => [...group, '']), ...footer]);
}
