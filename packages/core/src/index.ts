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
  ladderRungSchema,
  type LadderRung,
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
export { EXERCISES } from './catalogue/exercises/index.ts';
export {
  listExercises,
  matchesFilter,
  matchesQuery,
  doseNumbers,
  findExercise,
  compareExercises,
  referencesOf,
  ladderRungsOf,
  detailOf,
  type CatalogueFilter,
  type ExerciseNotFound,
} from './catalogue/catalogue.ts';
export { checkCatalogue, type CatalogueProblem } from './catalogue/content-checks.ts';
export {
  CHECKLISTS_BY_ID,
  checklistAnswersSchema,
  checklistSchema,
  checklistOutcomeSchema,
  evaluateChecklist,
  type Checklist,
  type ChecklistQuestion,
  type ChecklistAnswers,
  type ChecklistOutcome,
} from './catalogue/checklists.ts';
export * from './pose/index.ts';
export { PHASE_INFO, type PhaseInfo } from './catalogue/phases.ts';
export { problemSchema, type Problem } from './problem.schema.ts';
export {
  AGE_BANDS,
  AGGRAVATING_FACTORS,
  BODY_AREAS,
  GOALS,
  SESSION_MINUTES,
  ageBandSchema,
  aboutSchema,
  aggravatingFactorSchema,
  bodyAreaSchema,
  frequencySchema,
  goalSchema,
  habitsSchema,
  intakeSchema,
  isOverFifty,
  nprsSchema,
  preferencesSchema,
  pregnancySchema,
  sessionMinutesSchema,
  symptomAreaSchema,
  symptomsSchema,
  timeZoneSchema,
  type About,
  type AgeBand,
  type AggravatingFactor,
  type BodyArea,
  type Frequency,
  type Goal,
  type Habits,
  type Intake,
  type Preferences,
  type Pregnancy,
  type SessionMinutes,
  type SymptomArea,
  type Symptoms,
} from './assessment/intake.schema.ts';
export {
  RED_FLAG_GROUPS,
  RED_FLAG_IDS,
  RED_FLAG_QUESTIONS,
  groupOf,
  redFlagIdSchema,
  screeningAnswerSchema,
  screeningAnswersSchema,
  type RedFlagGroup,
  type RedFlagId,
  type RedFlagQuestion,
  type ScreeningAnswer,
  type ScreeningAnswers,
} from './assessment/red-flags.ts';
export {
  TRIAGE_ADVICE,
  TRIAGE_LEVELS,
  triageScreening,
  type ProgrammeAllowance,
  type ScreeningIncomplete,
  type TriageAdvice,
  type TriageLevel,
  type TriageOutcome,
} from './assessment/triage.ts';
export {
  CLINICIAN_REVIEW_AFTER_DAYS,
  NPRS_MEANINGFUL_FRACTION,
  NPRS_MEANINGFUL_POINTS,
  RESCREEN_INTERVAL_DAYS,
  RESCREEN_PAIN_RISE,
  compareWithBaseline,
  isClinicianReviewSuggested,
  isMeaningfulImprovement,
  isRescreenDue,
  rescreenReasons,
  type EpochMs,
  type Improvement,
  type PainReading,
  type RescreenReason,
} from './assessment/review-timing.ts';
export {
  HOLD_ASYMMETRY_FRACTION,
  bridgeHoldSideSchema,
  findAsymmetries,
  kneeBandFromAngle,
  kneeBandSchema,
  kneeToChestSideSchema,
  pelvicTiltSideSchema,
  selfTestResultsSchema,
  thighPositionFromAngle,
  thighPositionSchema,
  thomasSideSchema,
  tighterSide,
  weakerSide,
  type Asymmetry,
  type AsymmetryFinding,
  type BridgeHoldSide,
  type KneeBand,
  type KneeToChestSide,
  type PelvicTiltSide,
  type SelfTestResults,
  type ThighPosition,
  type ThomasSide,
} from './assessment/self-tests.ts';
export {
  planProgramme,
  type Plan,
  type PlanDay,
  type PlanError,
  type PlanInput,
  type PlanItem,
  type PlanSession,
  type ReasonCode,
} from './plan/plan.ts';
export {
  CHANGEOVER_SECONDS,
  SECONDS_PER_REP,
  estimateSeconds,
  type TimedDose,
} from './plan/estimate.ts';
export { MOVEMENT_BREAK_EVERY_MINUTES, type HabitCode, type HabitItem } from './plan/habits.ts';
export { isIsoDate, type IsoDate, type Weekday } from './plan/dates.ts';
export {
  INITIAL_PROGRESSION,
  applyFeedback,
  currentDose,
  currentRung,
  undoChange,
  type ChangeKind,
  type ChangeTrigger,
  type DoseSnapshot,
  type ExerciseProgress,
  type FeedbackEvent,
  type ProgressionChange,
  type ProgressionEvent,
  type ProgressionState,
  type Rating,
  type UndoEvent,
} from './plan/progression.ts';
export {
  compareSelfTests,
  ANGLE_CHANGE_DEGREES,
  type SelfTestChange,
  type SelfTestComparison,
  type ComparedTest,
} from './assessment/self-test-comparison.ts';
export {
  BREAK_INTERVAL_MINUTES,
  BREAK_LENGTH_MINUTES,
  SEDENTARY_BUDGET_MINUTES,
  STANDING_TARGET_MINUTES,
  breakSettingsSchema,
  defaultBreakSettings,
  localTimeSchema,
  meetingModeSchema,
  snoozeSchema,
  weekdaySchema,
  workingHoursSchema,
  type BreakSettings,
  type BreakSettingsInput,
  type WorkingHours,
} from './breaks/break-settings.schema.ts';
export { MINUTE_MS, addMinutes, asInstant, minutesBetween, type Instant } from './time/instant.ts';
export {
  instantAtLocal,
  isWorkingTime,
  localDay,
  localTimeOf,
  nextWorkingStart,
  workingPeriodFrom,
  workingPeriodOn,
  type LocalTime,
  type WorkingPeriod,
} from './breaks/working-time.ts';
export {
  HABIT_EXERCISES,
  ROUTINE_COUNT,
  routineForBreak,
  type BreakRoutine,
  type RoutineSide,
  type RoutineStep,
} from './breaks/routine.ts';
export {
  FIRM_AFTER_SKIPS,
  INSISTENT_AFTER_SKIPS,
  initialBreakState,
  nextBreakDue,
  openSittingStretch,
  transitionBreaks,
  urgencyForSkips,
} from './breaks/scheduler.ts';
export {
  breakEvents,
  type BreakEvent,
  type BreakKind,
  type BreakLogEntry,
  type BreakOutput,
  type BreakPhase,
  type BreakRejectionCode,
  type BreakState,
  type BreakTransition,
  type Reminder,
  type ReminderReason,
  type Urgency,
} from './breaks/scheduler.types.ts';
export {
  TARGET_MET_DAYS_TO_RAISE,
  TARGET_STEP_MINUTES,
  suggestStandingTarget,
  summariseDay,
  summariseWeek,
  type DailyBreakStats,
  type DayInput,
  type WeeklyBreakStats,
} from './breaks/daily-stats.ts';
export {
  seededRandom,
  simulateWorkday,
  type SimulatedDay,
  type SimulationInput,
} from './breaks/simulate.ts';
export { addMillis, millis, millisBetween, secondsToMillis, type Millis } from './session/time.ts';
export {
  type BeepTone,
  type DoneStep,
  type ExerciseStepBase,
  type GetReadyStep,
  type HoldStep,
  type RepsStep,
  type RestStep,
  type SessionStep,
  type SpeechCode,
  type StepCue,
  type StepKind,
  type StepPreview,
} from './session/session-step.ts';
export { buildSteps, sideOrder, totalDurationMs } from './session/steps.ts';
export { COUNTDOWN_FROM, cuesOfStep } from './session/step-cues.ts';
export { cueWords, equipmentWords, sideWords, speechWords } from './session/cue-words.ts';
export {
  AUTO_PAUSE_AFTER_MS,
  BACK_RESTARTS_STEP_AFTER_MS,
  createSessionState,
  currentStep,
  sessionRemainingMs,
  stepRemainingMs,
  stepStartedAt,
  sessionTiming,
  type AutoPausedState,
  type FinishedState,
  type IdleState,
  type PausedState,
  type RunningState,
  type SessionCue,
  type SessionEvent,
  type SessionClock,
  type SessionState,
  type SessionTiming,
  type StepPosition,
} from './session/session-state.ts';
export { transitionSession } from './session/session-machine.ts';
export {
  recordByIndex,
  repsFinished,
  type StepOutcome,
  type StepRecord,
} from './session/step-record.ts';
export { summarizeSession } from './session/summarize.ts';
export {
  SAVED_SESSION_VERSION,
  parseSavedSession,
  saveSession,
  savedSessionSchema,
  type SavedSession,
  type SavedSessionInvalid,
} from './session/saved-session.ts';
export { ROUTINE_CHANGEOVER_SECONDS, buildRoutineSteps } from './session/routine-steps.ts';
export * from './wire.schema.ts';
export * from './assessment/api.schema.ts';
export * from './plan/api.schema.ts';
export * from './session/api.schema.ts';
export * from './breaks/api.schema.ts';
export * from './breaks/push.schema.ts';
export * from './accounts/api.schema.ts';
