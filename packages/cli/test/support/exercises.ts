import { STARTER_EXERCISES, referencesOf, type Exercise, type ExerciseDetail } from '@psoas/core';

/** Test data from the real starter catalogue, with overrides, so tests follow the schema. */
export function anExercise(id: string, overrides: Partial<Exercise> = {}): Exercise {
  const found = STARTER_EXERCISES.find((exercise) => exercise.id === id);
  if (found === undefined) throw new Error(`no starter exercise ${id}`);
  return { ...found, ...overrides };
}

export function aDetail(id: string, overrides: Partial<Exercise> = {}): ExerciseDetail {
  const exercise = anExercise(id, overrides);
  return { ...exercise, references: referencesOf(exercise) };
}

export function aDose(
  exercise: Exercise,
  dose: Partial<Exercise['dose']>,
): Pick<Exercise, 'dose' | 'laterality'> {
  return { laterality: exercise.laterality, dose: { ...exercise.dose, ...dose } };
}
