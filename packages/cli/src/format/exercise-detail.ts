import { PHASE_INFO, type ExerciseDetail, type ExerciseId } from '@psoas/core';
import { doseRows, doseWhyLines, summariseDose, timesADay } from './dose.ts';
import { nameWithId, type FormatOptions } from './style.ts';
import { joinLines, plural, wrapText } from './text.ts';

/**
 * One exercise as a page someone can follow on a mat: what it is for, when not to do it, the
 * dose and why each number, the positions and numbered steps, then cues, mistakes, cautions,
 * the progression ladder and the evidence behind the numbers.
 *
 * A locked exercise (one behind a contraindication checklist) gets a short page instead: what
 * it is, why it is locked and how to unlock it, but nothing that shows how to do it.
 */

export type DetailContext = {
  /** True once the checklist was answered "no" throughout, in this run. */
  readonly unlocked?: boolean;
};

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
  const { dose } = exercise;
  const rows = doseRows(dose, exercise.laterality);
  const labelWidth = Math.max(...rows.map(([label]) => label.length)) + 2;
  const summary = [
    summariseDose(exercise),
    timesADay(dose.sessionsPerDay.default),
    `${plural(dose.daysPerWeek.default, 'day')} a week`,
  ].join(', ');
  return section(
    'Dose',
    [
      ...wrapText(summary, options.width, INDENT).map(options.style.bold),
      ...rows.map(([label, value]) => `${INDENT}${label.padEnd(labelWidth)}${value}`),
      ...wrapText(dose.why, options.width, INDENT),
    ],
    options,
  );
}

/** Each number with its reason and the [n] of its sources in the References section. */
function whySection(exercise: ExerciseDetail, options: FormatOptions): string[] {
  const lines = doseWhyLines(exercise.dose, exercise.references).flatMap(([label, why]) =>
    wrapText(`${label}: ${why}`, options.width, `${INDENT}  `, `${INDENT}• `),
  );
  return section('Why these numbers', lines, options);
}

/** "1. Kneel tall · 2. Shift forward": the poses of the animation, so the movement is clear. */
function positionsSection(exercise: ExerciseDetail, options: FormatOptions): string[] {
  const poses = exercise.keyframes.map((frame, index) => `${index + 1}. ${frame.label}`);
  return section('Positions', wrapText(poses.join(' · '), options.width, INDENT), options);
}

/** The ladder's neighbours, named from the rungs the detail carries; an unknown id stays an id. */
function ladderSection(exercise: ExerciseDetail, options: FormatOptions): string[] {
  const { ladder } = exercise;
  if (ladder === null) return [];
  const named = (id: ExerciseId): string => {
    const name = exercise.ladderRungs.find((rung) => rung.id === id)?.name;
    return name === undefined ? id : `${name} (${id})`;
  };
  const steps = [
    ladder.easier === null ? '' : `Easier: ${named(ladder.easier)}`,
    ladder.harder === null ? '' : `Harder: ${named(ladder.harder)}`,
  ].filter((text) => text !== '');
  return section(
    'Progression',
    [
      ...wrapText(`Rung ${ladder.rung} of the ${ladder.name} ladder.`, options.width, INDENT),
      // One line when it fits; else one line each, so a name is not split from its id.
      ...(`${INDENT}${steps.join(' · ')}`.length <= options.width
        ? [`${INDENT}${steps.join(' · ')}`]
        : steps.flatMap((text) => wrapText(text, options.width, `${INDENT}  `, INDENT))),
    ],
    options,
  );
}

function contraindicationsSection(exercise: ExerciseDetail, options: FormatOptions): string[] {
  const lines = bullets(exercise.contraindications, '✗', options.width);
  return section('Do not do this if', lines, options);
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

function lockedPage(exercise: ExerciseDetail, options: FormatOptions): string[] {
  const { lock } = exercise;
  if (lock === null) return [];
  const { width, style } = options;
  return [
    '',
    ...wrapText(`Locked: ${lock.reason}`, width).map(style.warn),
    '',
    ...wrapText(
      `The steps are shown once you have answered a short safety checklist (${lock.checklist}) with "no" to every question. To answer it here:`,
      width,
    ),
    `${INDENT}psoas exercise ${exercise.id} --checklist`,
  ];
}

function unlockedNotice(options: FormatOptions): string[] {
  const text =
    'You answered "no" to every question of the checklist, so the steps are shown. Stop at once if anything hurts, throbs or feels wrong.';
  return ['', ...wrapText(text, options.width).map(options.style.dim)];
}

export function formatExerciseDetail(
  exercise: ExerciseDetail,
  options: FormatOptions,
  context: DetailContext = {},
): string {
  const { width } = options;
  const top = [
    ...header(exercise, options),
    '',
    ...wrapText(exercise.summary, width),
    ...(exercise.professionalOnly ? professionalNotice(options) : []),
  ];
  if (exercise.lock !== null && context.unlocked !== true) {
    return joinLines([
      ...top,
      ...lockedPage(exercise, options),
      ...contraindicationsSection(exercise, options),
    ]);
  }
  return joinLines([
    ...top,
    ...(exercise.lock === null ? [] : unlockedNotice(options)),
    ...contraindicationsSection(exercise, options),
    ...doseSection(exercise, options),
    ...whySection(exercise, options),
    ...positionsSection(exercise, options),
    ...section('Steps', numbered(exercise.steps, width), options),
    ...section('Cues', bullets(exercise.cues, '•', width), options),
    ...section('Common mistakes', bullets(exercise.mistakes, '•', width), options),
    ...section('Cautions', bullets(exercise.cautions, '!', width), options),
    ...ladderSection(exercise, options),
    ...referencesSection(exercise, options),
  ]);
}
