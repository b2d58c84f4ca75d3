import { EXERCISES, detailOf, type Exercise, type ExerciseDetail } from '@psoas/core';

/** Test data from the real catalogue, with overrides, so tests follow the schema. */
export function anExercise(id: string, overrides: Partial<Exercise> = {}): Exercise {
  const found = EXERCISES.find((exercise) => exercise.id === id);
  if (found === undefined) throw new Error(`no exercise ${id} in the catalogue`);
  return { ...found, ...overrides };
}

export function aDetail(id: string, overrides: Partial<Exercise> = {}): ExerciseDetail {
  const exercise = anExercise(id, overrides);
  return detailOf(EXERCISES, exercise);
}

export function aDose(
  exercise: Exercise,
  dose: Partial<Exercise['dose']>,
): Pick<Exercise, 'dose' | 'laterality'> {
  return { laterality: exercise.laterality, dose: { ...exercise.dose, ...dose } };
}

/** Some exercise of the catalogue that matches, or a clear failure naming what was looked for. */
export function someExercise(what: string, matches: (exercise: Exercise) => boolean): Exercise {
  const found = EXERCISES.find(matches);
  if (found === undefined) throw new Error(`no exercise in the catalogue is ${what}`);
  return found;
}
