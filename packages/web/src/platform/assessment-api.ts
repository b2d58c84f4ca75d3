import {
  detailedProblemSchema,
  feedbackResponseSchema,
  intakeRecordSchema,
  planResponseSchema,
  planStoppedDetailsSchema,
  progressionStateSchema,
  rescreenDueDetailsSchema,
  screeningRecordSchema,
  selfTestComparisonSchema,
  selfTestRecordSchema,
  undoResponseSchema,
  type AgeBand,
  type FeedbackRequest,
  type FeedbackResponse,
  type Intake,
  type IntakeRecord,
  type PlanResponse,
  type ProgressionState,
  type ScreeningAnswers,
  type ScreeningRecord,
  type SelfTestComparisonRecord,
  type SelfTestRecord,
  type SelfTestResults,
  type UndoResponse,
} from '@psoas/core';
import { createJsonRequester, type ApiError, type JsonClientOptions } from './json-request.ts';

/**
 * The assessment, plan and progression part of the HTTP API (issue 4). Same rules as api.ts:
 * every response is parsed with core's wire schemas, every failure is an ApiError carrying the
 * server's problem code. Problems here may carry machine-readable `details` (the level and
 * advice of a stopped programme, the unanswered questions), kept on `error.problem`.
 */

export type AssessmentApiOptions = JsonClientOptions;

export type AssessmentApi = {
  latestIntake(signal?: AbortSignal): Promise<IntakeRecord>;
  saveIntake(intake: Intake): Promise<IntakeRecord>;
  latestScreening(signal?: AbortSignal): Promise<ScreeningRecord>;
  saveScreening(answers: ScreeningAnswers, ageBand: AgeBand): Promise<ScreeningRecord>;
  latestSelfTests(signal?: AbortSignal): Promise<SelfTestRecord>;
  saveSelfTests(results: SelfTestResults): Promise<SelfTestRecord>;
  /** The latest self-tests against the first; SELF_TESTS_MISSING until there are two. */
  compareSelfTests(signal?: AbortSignal): Promise<SelfTestComparisonRecord>;
  /** The plan from `date`, or from today in the intake's time zone when it is omitted. */
  plan(date?: string, signal?: AbortSignal): Promise<PlanResponse>;
  sendFeedback(feedback: FeedbackRequest): Promise<FeedbackResponse>;
  undoLastChange(): Promise<UndoResponse>;
  progression(signal?: AbortSignal): Promise<ProgressionState>;
};

export function createAssessmentApi(options: AssessmentApiOptions = {}): AssessmentApi {
  const call = createJsonRequester(options);

  return {
    latestIntake: (signal) => call('/api/intakes/latest', intakeRecordSchema, { signal }),
    saveIntake: (intake) =>
      call('/api/intakes', intakeRecordSchema, { method: 'POST', body: intake }),
    latestScreening: (signal) => call('/api/screenings/latest', screeningRecordSchema, { signal }),
    saveScreening: (answers, ageBand) =>
      call('/api/screenings', screeningRecordSchema, {
        method: 'POST',
        body: { answers, ageBand },
      }),
    latestSelfTests: (signal) => call('/api/self-tests/latest', selfTestRecordSchema, { signal }),
    saveSelfTests: (results) =>
      call('/api/self-tests', selfTestRecordSchema, { method: 'POST', body: results }),
    compareSelfTests: (signal) =>
      call('/api/self-tests/comparison', selfTestComparisonSchema, { signal }),
    plan: (date, signal) =>
      call(
        date === undefined ? '/api/plan' : `/api/plan?date=${encodeURIComponent(date)}`,
        planResponseSchema,
        { signal },
      ),
    sendFeedback: (feedback) =>
      call('/api/feedback', feedbackResponseSchema, { method: 'POST', body: feedback }),
    undoLastChange: () =>
      call('/api/progression/undo', undoResponseSchema, { method: 'POST', body: {} }),
    progression: (signal) => call('/api/progression', progressionStateSchema, { signal }),
  };
}

function detailsOf(error: ApiError): unknown {
  const problem = detailedProblemSchema.safeParse(error.problem);
  return problem.success ? problem.data.details : undefined;
}

/** Why the plan was refused because the screening stopped it, or null for any other error. */
export function stoppedDetails(error: ApiError) {
  if (error.code !== 'PLAN_STOPPED_BY_TRIAGE') return null;
  const details = planStoppedDetailsSchema.safeParse(detailsOf(error));
  return details.success ? details.data : null;
}

/** Why a new screening is due, or null for any other error. */
export function rescreenDetails(error: ApiError) {
  if (error.code !== 'RESCREEN_DUE') return null;
  const details = rescreenDueDetailsSchema.safeParse(detailsOf(error));
  return details.success ? details.data : null;
}

export const assessmentApi: AssessmentApi = createAssessmentApi();
