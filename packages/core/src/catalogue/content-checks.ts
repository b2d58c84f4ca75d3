import { jointsOutOfRange } from '../pose/joint-ranges.ts';
import { poseGeometry } from '../pose/kinematics.ts';
import { doseNumbers } from './catalogue.ts';
import { DOSE_BOUNDS, doseKindOf, type DoseNumberName } from './dose-bounds.ts';
import { findEvidence } from './evidence.ts';
import { exerciseSchema, type Exercise } from './exercise.schema.ts';

/**
 * Content checks for the exercise catalogue: what the schema alone cannot see. Each check takes
 * the whole catalogue and returns every problem it finds, so an author sees them all at once;
 * `checkCatalogue` runs them all. Tests assert on `check`, never on the message text.
 */

export const CONTENT_CHECKS = [
  'schema',
  'duplicate-id',
  'evidence',
  'dose-range',
  'dose-bounds',
  'ladder',
  'keyframes',
  'abdominal-lock',
  'traction',
] as const;
export type ContentCheck = (typeof CONTENT_CHECKS)[number];

export type CatalogueProblem = {
  readonly exerciseId: string;
  readonly check: ContentCheck;
  readonly problem: string;
};

/** How large a drawn figure may be, in body heights (a standing figure is 1 tall). */
export const FIGURE_LIMITS = { maxHeight: 1.3, maxWidth: 1.8 } as const;

const problem = (exerciseId: string, check: ContentCheck, text: string): CatalogueProblem => ({
  exerciseId,
  check,
  problem: text,
});

/** Parses every candidate; the ones that fail become problems and are left out of the rest. */
export function checkSchema(candidates: readonly unknown[]): {
  exercises: Exercise[];
  problems: CatalogueProblem[];
} {
  const exercises: Exercise[] = [];
  const problems: CatalogueProblem[] = [];
  for (const [index, candidate] of candidates.entries()) {
    const parsed = exerciseSchema.safeParse(candidate);
    if (parsed.success) exercises.push(parsed.data);
    else problems.push(problem(`#${index}`, 'schema', parsed.error.message));
  }
  return { exercises, problems };
}

export function checkDuplicateIds(exercises: readonly Exercise[]): CatalogueProblem[] {
  const seen = new Set<string>();
  return exercises.flatMap((exercise) => {
    const duplicate = seen.has(exercise.id);
    seen.add(exercise.id);
    return duplicate ? [problem(exercise.id, 'duplicate-id', 'duplicate id')] : [];
  });
}

/** Every dose number cites evidence, and every citation is in the register. */
export function checkEvidence(exercises: readonly Exercise[]): CatalogueProblem[] {
  return exercises.flatMap((exercise) =>
    doseNumbers(exercise.dose).flatMap(({ name, range }) =>
      range.evidence
        .filter((id) => !findEvidence(id))
        .map((id) => problem(exercise.id, 'evidence', `${name}: unknown evidence "${id}"`)),
    ),
  );
}

/** The default of each number lies within its own min..max (the schema checks this too). */
export function checkDoseRanges(exercises: readonly Exercise[]): CatalogueProblem[] {
  return exercises.flatMap((exercise) =>
    doseNumbers(exercise.dose)
      .filter(({ range }) => !(range.min <= range.default && range.default <= range.max))
      .map(({ name, range }) =>
        problem(
          exercise.id,
          'dose-range',
          `${name}: default ${range.default} outside ${range.min}..${range.max}`,
        ),
      ),
  );
}

const NUMBER_NAMES: readonly DoseNumberName[] = [
  'holdSeconds',
  'reps',
  'sets',
  'restSeconds',
  'sessionsPerDay',
  'daysPerWeek',
];

/** Each number's range and default lie inside the evidence bounds for the exercise's kind. */
export function checkDoseBounds(exercises: readonly Exercise[]): CatalogueProblem[] {
  return exercises.flatMap((exercise) => {
    const kind = doseKindOf(exercise);
    const bounds = DOSE_BOUNDS[kind];
    return NUMBER_NAMES.flatMap((name) => {
      const range = exercise.dose[name];
      const bound = bounds[name];
      const at = (text: string): CatalogueProblem[] => [
        problem(exercise.id, 'dose-bounds', `${name} (${kind}): ${text}`),
      ];
      if (bound === 'absent') return range === null ? [] : at('must be left out');
      if (range === null) return bound.optional ? [] : at('is missing');
      const found: CatalogueProblem[] = [];
      if (range.min < bound.min || range.max > bound.max) {
        found.push(...at(`range ${range.min}..${range.max} outside ${bound.min}..${bound.max}`));
      }
      const low = bound.defaultMin ?? bound.min;
      const high = bound.defaultMax ?? bound.max;
      if (range.default < low || range.default > high) {
        found.push(...at(`default ${range.default} outside ${low}..${high}`));
      }
      return found;
    });
  });
}

/**
 * Ladders are linear: links point at exercises that exist, on the same ladder, both ways;
 * rungs run 1, 2, 3... without gaps or repeats; walking up from rung 1 visits every rung once.
 */
export function checkLadders(exercises: readonly Exercise[]): CatalogueProblem[] {
  const byId = new Map(exercises.map((exercise) => [exercise.id as string, exercise]));
  const found: CatalogueProblem[] = [];
  const ladders = new Map<string, Exercise[]>();
  for (const exercise of exercises) {
    const { ladder } = exercise;
    if (!ladder) continue;
    ladders.set(ladder.name, [...(ladders.get(ladder.name) ?? []), exercise]);
    const links = [
      { way: 'easier', back: 'harder', step: -1 },
      { way: 'harder', back: 'easier', step: 1 },
    ] as const;
    for (const { way, back, step } of links) {
      const targetId = ladder[way];
      if (targetId === null) continue;
      const target = byId.get(targetId);
      const report = (text: string): void => {
        found.push(problem(exercise.id, 'ladder', `${way} "${targetId}": ${text}`));
      };
      if (!target) report('no such exercise');
      else if (!target.ladder || target.ladder.name !== ladder.name) report('on another ladder');
      else if (target.ladder[back] !== exercise.id) report(`does not link back as ${back}`);
      else if (target.ladder.rung !== ladder.rung + step) report('rung is not next to this one');
    }
  }
  for (const [name, rungs] of ladders) found.push(...checkLadderShape(name, rungs, byId));
  return found;
}

function checkLadderShape(
  name: string,
  rungs: readonly Exercise[],
  byId: ReadonlyMap<string, Exercise>,
): CatalogueProblem[] {
  const found: CatalogueProblem[] = [];
  const numbers = rungs.map((e) => e.ladder?.rung ?? 0).sort((a, b) => a - b);
  if (numbers.some((rung, index) => rung !== index + 1)) {
    found.push(
      problem(name, 'ladder', `rungs are ${numbers.join(', ')}, not 1..${numbers.length}`),
    );
  }
  const bottom = rungs.find((e) => e.ladder?.easier === null);
  if (!bottom) return [...found, problem(name, 'ladder', 'no bottom rung (a cycle?)')];
  const visited = new Set<string>();
  for (let at: Exercise | undefined = bottom; at;) {
    if (visited.has(at.id)) return [...found, problem(name, 'ladder', `cycle at "${at.id}"`)];
    visited.add(at.id);
    const next: string | null | undefined = at.ladder?.harder;
    at = next ? byId.get(next) : undefined;
  }
  if (visited.size !== rungs.length) {
    found.push(
      problem(name, 'ladder', `walking up reaches ${visited.size} of ${rungs.length} rungs`),
    );
  }
  return found;
}

/**
 * Every keyframe is a possible pose, and the figure fits the drawing area. With today's segment
 * lengths no pose reaches the size limits; they guard against a kinematics or prop change.
 */
export function checkKeyframes(
  exercises: readonly Exercise[],
  limits: { readonly maxHeight: number; readonly maxWidth: number } = FIGURE_LIMITS,
): CatalogueProblem[] {
  return exercises.flatMap((exercise) => {
    const found: CatalogueProblem[] = [];
    if (exercise.keyframes.length < 2) {
      found.push(problem(exercise.id, 'keyframes', 'needs at least two keyframes'));
    }
    for (const [index, frame] of exercise.keyframes.entries()) {
      const where = `keyframe ${index + 1} "${frame.label}"`;
      for (const joint of jointsOutOfRange(frame.pose)) {
        const side = joint.side ? `${joint.side} ` : '';
        found.push(
          problem(
            exercise.id,
            'keyframes',
            `${where}: ${side}${joint.joint} ${joint.value} outside ${joint.min}..${joint.max}`,
          ),
        );
      }
      const { bounds } = poseGeometry(frame.pose);
      const height = bounds.maxY - Math.min(0, bounds.minY);
      const width = bounds.maxX - bounds.minX;
      if (height > limits.maxHeight || width > limits.maxWidth) {
        found.push(
          problem(
            exercise.id,
            'keyframes',
            `${where}: figure ${width.toFixed(2)} wide, ${height.toFixed(2)} tall`,
          ),
        );
      }
    }
    return found;
  });
}

/**
 * Pressure through the belly (evidence.md §7.3) is never open to everyone: a self-applied
 * technique must carry the abdominal-release lock.
 */
export function checkAbdominalLock(exercises: readonly Exercise[]): CatalogueProblem[] {
  return exercises
    .filter(
      (e) => e.pressesOnAbdomen && !e.professionalOnly && e.lock?.checklist !== 'abdominal-release',
    )
    .map((e) =>
      problem(e.id, 'abdominal-lock', 'presses on the abdomen without the abdominal-release lock'),
    );
}

export function checkTraction(exercises: readonly Exercise[]): CatalogueProblem[] {
  return exercises
    .filter((e) => e.phase === 'traction' && !e.professionalOnly)
    .map((e) => problem(e.id, 'traction', 'traction must be professional-only'));
}

/**
 * Runs every content check. Candidates that fail the schema are reported and skipped by the
 * other checks.
 */
export function checkCatalogue(candidates: readonly unknown[]): CatalogueProblem[] {
  const { exercises, problems } = checkSchema(candidates);
  return [
    ...problems,
    ...checkDuplicateIds(exercises),
    ...checkEvidence(exercises),
    ...checkDoseRanges(exercises),
    ...checkDoseBounds(exercises),
    ...checkLadders(exercises),
    ...checkKeyframes(exercises),
    ...checkAbdominalLock(exercises),
    ...checkTraction(exercises),
  ];
}
