import {
  PHASES,
  PHASE_INFO,
  compareExercises,
  type CatalogueFilter,
  type Exercise,
  type Phase,
} from '@psoas/core';
import { summariseDose } from './dose.ts';
import { nameWithId, type FormatOptions } from './style.ts';
import { joinLines, plural, wrapText } from './text.ts';

/**
 * The catalogue as a terminal page: grouped by phase in the care method's order (release,
 * stretch, activate, strengthen, then habit and traction), each exercise on two lines: its
 * name and id, then level and dose.
 */

const PROFESSIONAL = 'professional only';
/** A locked exercise shows its steps only after its checklist (`psoas exercise <id>`). */
const LOCKED = 'safety checklist first';

function formatItem(exercise: Exercise, options: FormatOptions): string[] {
  const facts = [`level ${exercise.level}`, summariseDose(exercise)];
  if (exercise.professionalOnly) facts.push(PROFESSIONAL);
  if (exercise.lock !== null) facts.push(LOCKED);
  // Wrap the plain text first; escape codes would otherwise count towards the line width.
  const factLines = wrapText(facts.join(' · '), options.width, '    ').map((line) =>
    line
      .replace(PROFESSIONAL, options.style.warn(PROFESSIONAL))
      .replace(LOCKED, options.style.warn(LOCKED)),
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

/** The filters in use, in words ("phase stretch, equipment band, search \"hip\""), or ''. */
export function describeFilter(filter: CatalogueFilter): string {
  const parts = [
    filter.phase === undefined ? '' : `phase ${filter.phase}`,
    filter.equipment === undefined ? '' : `equipment ${filter.equipment}`,
    filter.muscle === undefined ? '' : `muscle ${filter.muscle}`,
    filter.level === undefined ? '' : `level ${filter.level}`,
    filter.q === undefined ? '' : `search "${filter.q}"`,
  ].filter((part) => part !== '');
  return parts.join(', ');
}

export function formatExerciseList(
  items: readonly Exercise[],
  options: FormatOptions,
  filter: CatalogueFilter = {},
): string {
  const filters = describeFilter(filter);
  if (items.length === 0) {
    return joinLines(
      filters === ''
        ? ['No exercises found.']
        : [
            ...wrapText(`No exercises match ${filters}.`, options.width),
            ...wrapText(
              'Try fewer filters, or list the whole catalogue with: psoas exercises',
              options.width,
            ).map(options.style.dim),
          ],
    );
  }
  const groups = PHASES.flatMap((phase) => {
    const inPhase = items.filter((exercise) => exercise.phase === phase);
    return inPhase.length === 0 ? [] : [formatGroup(phase, inPhase, options)];
  });
  const count = plural(items.length, 'exercise');
  const footer = wrapText(
    `${filters === '' ? count : `${count} matching ${filters}`}. Show one with: psoas exercise <id>`,
    options.width,
  ).map(options.style.dim);
  return joinLines([...groups.flatMap((group) => [...group, '']), ...footer]);
}
