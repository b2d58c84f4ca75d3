/**
 * @psoas/core: the pure domain logic of Psoas Coach. No I/O, no clock, no randomness:
 * everything it needs is passed in, so it runs the same in the browser, in Node and in tests.
 */
export { ok, err, assertNever, type DomainError, type Result } from './result.ts';
export {
  PHASES,
  MUSCLES,
  EQUIPMENT,
  phaseSchema,
  muscleSchema,
  equipmentSchema,
  exerciseIdSchema,
  doseRangeSchema,
  doseSchema,
  exerciseSchema,
  exerciseListSchema,
  evidenceRefSchema,
  exerciseDetailSchema,
  ladderSchema,
  lockSchema,
  checklistIdSchema,
  CHECKLISTS,
  type Ladder,
  type Lock,
  type ChecklistId,
  type Phase,
  type Muscle,
  type Equipment,
  type ExerciseId,
  type DoseRange,
  type Dose,
  type Exercise,
  type ExerciseDetail,
  type ExerciseList,
  type EvidenceRef,
} from './catalogue/exercise.schema.ts';
export { EVIDENCE, findEvidence, type EvidenceId } from './catalogue/evidence.ts';
export { STARTER_EXERCISES } from './catalogue/exercises.ts';
export {
  listExercises,
  matchesFilter,
  matchesQuery,
  doseNumbers,
  findExercise,
  compareExercises,
  referencesOf,
  checkCatalogue,
  type CatalogueFilter,
  type CatalogueProblem,
  type ExerciseNotFound,
} from './catalogue/catalogue.ts';
export {
  CHECKLISTS_BY_ID,
  checklistAnswersSchema,
  evaluateChecklist,
  type Checklist,
  type ChecklistQuestion,
  type ChecklistAnswers,
  type ChecklistOutcome,
} from './catalogue/checklists.ts';
export * from './pose/index.ts';
export { PHASE_INFO, type PhaseInfo } from './catalogue/phases.ts';
export { problemSchema, type Problem } from './problem.schema.ts';
