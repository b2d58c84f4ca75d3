import { PHASE_INFO, type ExerciseDetail } from '@psoas/core';
import { doseRows, summariseDose } from './dose.ts';
import { nameWithId, type FormatOptions } from './style.ts';
import { joinLines, plural, wrapText } from './text.ts';

/**
 * One exercise as a page someone can follow on a mat: what it is for, the dose and why, the
 * numbered steps, then cues, mistakes, cautions and the evidence behind the numbers.
 */

const INDENT = '  ';

function section(title: string, body: readonly string[], options: FormatOptions): string[] {
  return body.length === 0 ? [] : ['', options.style.heading(title), ...body];
}

function bullets(items: readonly string[], marker: string, width: number): string[] {
  const hanging = `${INDENT}${' '.repeat(marker.length + 1)}`;
  return items.flatMap((item) => wrapText(item, width, hanging, `${INDENT}${marker} `));
}

function numbered(items: readonly string[], width: number): string[] {
  const digits = String(items.length).length;
  return items.flatMap((item, index) => {
    const marker = `${String(index + 1).padStart(digits)}.`;
    return wrapText(
      item,
      width,
      `${INDENT}${' '.repeat(marker.length + 1)}`,
      `${INDENT}${marker} `,
    );
  });
}

function header(exercise: ExerciseDetail, options: FormatOptions): string[] {
  const { style, width } = options;
  const facts = [
    PHASE_INFO[exercise.phase].label,
    `level ${exercise.level}`,
    exercise.laterality === 'per-side' ? 'one side at a time' : 'both sides together',
    `equipment: ${exercise.equipment.join(', ')}`,
    `targets: ${exercise.targetMuscles.join(', ')}`,
  ];
  const lines = nameWithId(exercise.name, exercise.id, '', options);
  if (exercise.otherNames.length > 0) {
    lines.push(...wrapText(`Also called ${exercise.otherNames.join(', ')}`, width).map(style.dim));
  }
  lines.push(...wrapText(facts.join(' · '), width).map(style.dim));
  return lines;
}

function professionalNotice(options: FormatOptions): string[] {
  const text =
    'Professional only: this technique is described so you know what it is. Learn and do it with a qualified practitioner, not on your own.';
  return ['', ...wrapText(text, options.width).map(options.style.warn)];
}

function doseSection(exercise: ExerciseDetail, options: FormatOptions): string[] {
  const rows = doseRows(exercise.dose, exercise.laterality);
  const labelWidth = Math.max(...rows.map(([label]) => label.length)) + 2;
  return section(
    'Dose',
    [
      ...wrapText(
        `${summariseDose(exercise)}, ${plural(exercise.dose.daysPerWeek.default, 'day')} a week`,
        options.width,
        INDENT,
      ).map(options.style.bold),
      ...rows.map(([label, value]) => `${INDENT}${label.padEnd(labelWidth)}${value}`),
      ...wrapText(`Why: ${exercise.dose.why}`, options.width, INDENT, INDENT),
    ],
    options,
  );
}

function referencesSection(exercise: ExerciseDetail, options: FormatOptions): string[] {
  const { width, style } = options;
  const body = exercise.references.flatMap((ref, index) => {
    const marker = `[${index + 1}]`;
    const hanging = `${INDENT}${' '.repeat(marker.length + 1)}`;
    return [
      ...wrapText(ref.citation, width, hanging, `${INDENT}${marker} `),
      ...wrapText(ref.finding, width, hanging, hanging).map(style.dim),
      ...wrapText(`(${ref.section})`, width, hanging, hanging).map(style.dim),
    ];
  });
  return section('References', body, options);
}

export function formatExerciseDetail(exercise: ExerciseDetail, options: FormatOptions): string {
  const { width } = options;
  return joinLines([
    ...header(exercise, options),
    '',
    ...wrapText(exercise.summary, width),
    ...(exercise.professionalOnly ? professionalNotice(options) : []),
    ...doseSection(exercise, options),
    ...section('Steps', numbered(exercise.steps, width), options),
    ...section('Cues', bullets(exercise.cues, '•', width), options),
    ...section('Common mistakes', bullets(exercise.mistakes, '•', width), options),
    ...section('Cautions', bullets(exercise.cautions, '!', width), options),
    ...referencesSection(exercise, options),
  ]);
}
