import { err, ok, type DomainError, type Result } from '../result.ts';
import { findEvidence } from './evidence.ts';
import {
  PHASES,
  exerciseSchema,
  type EvidenceRef,
  type Exercise,
  type Phase,
} from './exercise.schema.ts';

export type CatalogueFilter = { readonly phase?: Phase | undefined };

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

export function listExercises(
  exercises: readonly Exercise[],
  filter: CatalogueFilter = {},
): Exercise[] {
  return exercises
    .filter((exercise) => filter.phase === undefined || exercise.phase === filter.phase)
    .sort(compareExercises);
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

/** The evidence entries an exercise's dose rests on, in the order the dose lists them. */
export function referencesOf(exercise: Exercise): EvidenceRef[] {
  return exercise.dose.evidence.flatMap((id) => {
    const ref = findEvidence(id);
    return ref ? [ref] : [];
  });
}

export type CatalogueProblem = { readonly exerciseId: string; readonly problem: string };

/**
 * Checks a catalogue for what the schema alone cannot see: duplicate ids, dose references
 * missing from the evidence register, and professional-only exercises in a schedulable phase.
 * Returns every problem found, so a content author sees them all at once.
 */
export function checkCatalogue(exercises: readonly unknown[]): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const seen = new Set<string>();
  for (const [index, candidate] of exercises.entries()) {
    const parsed = exerciseSchema.safeParse(candidate);
    if (!parsed.success) {
      problems.push({ exerciseId: `#${index}`, problem: parsed.error.message });
      continue;
    }
    const exercise = parsed.data;
    if (seen.has(exercise.id)) problems.push({ exerciseId: exercise.id, problem: 'duplicate id' });
    seen.add(exercise.id);
    for (const id of exercise.dose.evidence) {
      if (!findEvidence(id)) {
        problems.push({ exerciseId: exercise.id, problem: `unknown evidence "${id}"` });
      }
    }
    if (exercise.phase === 'traction' && !exercise.professionalOnly) {
      problems.push({ exerciseId: exercise.id, problem: 'traction must be professional-only' });
    }
  }
  return problems;
}
