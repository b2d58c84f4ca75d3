import { err, ok, type DomainError, type Result } from '../result.ts';
import { findEvidence } from './evidence.ts';
import {
  PHASES,
  type Dose,
  type DoseRange,
  type Equipment,
  type EvidenceRef,
  type Exercise,
  type ExerciseDetail,
  type LadderRung,
  type Muscle,
  type Phase,
} from './exercise.schema.ts';

export type CatalogueFilter = {
  readonly phase?: Phase | undefined;
  readonly equipment?: Equipment | undefined;
  readonly muscle?: Muscle | undefined;
  readonly level?: number | undefined;
  /** Free text, matched against names, other names, summary and muscles. */
  readonly q?: string | undefined;
};

export type ExerciseNotFound = DomainError<'EXERCISE_NOT_FOUND'>;

const phaseRank: ReadonlyMap<Phase, number> = new Map(PHASES.map((phase, index) => [phase, index]));

/** Orders exercises as the care method does (release first), then by level, then by name. */
export function compareExercises(a: Exercise, b: Exercise): number {
  return (
    (phaseRank.get(a.phase) ?? 0) - (phaseRank.get(b.phase) ?? 0) ||
    a.level - b.level ||
    a.name.localeCompare(b.name, 'en')
  );
}

/** Lower-case and strip accents, so "navasana" finds "Nāvāsana". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

function searchText(exercise: Exercise): string {
  return fold(
    [
      exercise.name,
      ...exercise.otherNames,
      exercise.summary,
      exercise.phase,
      ...exercise.targetMuscles.map((m) => m.replace('-', ' ')),
    ].join(' '),
  );
}

/** True when every word of the query appears somewhere in the exercise's names or summary. */
export function matchesQuery(exercise: Exercise, q: string): boolean {
  const words = fold(q).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = searchText(exercise);
  return words.every((word) => haystack.includes(word));
}

export function matchesFilter(exercise: Exercise, filter: CatalogueFilter): boolean {
  return (
    (filter.phase === undefined || exercise.phase === filter.phase) &&
    (filter.equipment === undefined || exercise.equipment.includes(filter.equipment)) &&
    (filter.muscle === undefined || exercise.targetMuscles.includes(filter.muscle)) &&
    (filter.level === undefined || exercise.level === filter.level) &&
    (filter.q === undefined || matchesQuery(exercise, filter.q))
  );
}

export function listExercises(
  exercises: readonly Exercise[],
  filter: CatalogueFilter = {},
): Exercise[] {
  return exercises.filter((exercise) => matchesFilter(exercise, filter)).sort(compareExercises);
}

export function findExercise(
  exercises: readonly Exercise[],
  id: string,
): Result<Exercise, ExerciseNotFound> {
  const found = exercises.find((exercise) => exercise.id === id);
  return found
    ? ok(found)
    : err({
        code: 'EXERCISE_NOT_FOUND',
        message: `No exercise has the id "${id}".`,
        details: { id },
      });
}

/** Every number of a dose, with its name, in the order a dose table shows them. */
export function doseNumbers(dose: Dose): { name: keyof Omit<Dose, 'why'>; range: DoseRange }[] {
  const names = [
    'holdSeconds',
    'reps',
    'sets',
    'restSeconds',
    'sessionsPerDay',
    'daysPerWeek',
  ] as const;
  return names.flatMap((name) => {
    const range = dose[name];
    return range ? [{ name, range }] : [];
  });
}

/** The evidence entries an exercise's dose rests on, each once, in the order the dose cites them. */
export function referencesOf(exercise: Exercise): EvidenceRef[] {
  const ids = new Set(doseNumbers(exercise.dose).flatMap(({ range }) => range.evidence));
  return [...ids].flatMap((id) => {
    const ref = findEvidence(id);
    return ref ? [ref] : [];
  });
}

/** The rungs of the exercise's ladder, easiest first (empty when it is on no ladder). */
export function ladderRungsOf(exercises: readonly Exercise[], exercise: Exercise): LadderRung[] {
  const ladder = exercise.ladder;
  if (ladder === null) return [];
  return exercises
    .flatMap((e) =>
      e.ladder?.name === ladder.name ? [{ id: e.id, name: e.name, rung: e.ladder.rung }] : [],
    )
    .sort((a, b) => a.rung - b.rung);
}

/** The exercise as the detail endpoint serves it: with its evidence and its whole ladder. */
export function detailOf(exercises: readonly Exercise[], exercise: Exercise): ExerciseDetail {
  return {
    ...exercise,
    references: referencesOf(exercise),
    ladderRungs: ladderRungsOf(exercises, exercise),
  };
}
