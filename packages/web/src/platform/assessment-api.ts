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
import { ApiError } from './api.ts';

/**
 * The assessment, plan and progression part of the HTTP API (issue 4). Same rules as api.ts:
 * every response is parsed with core's wire schemas, every failure is an ApiError carrying the
 * server's problem code. Problems here may carry machine-readable `details` (the level and
 * advice of a stopped programme, the unanswered questions), kept on `error.problem`.
 */

type Parser<T> = {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: unknown };
};

export type AssessmentApiOptions = {
  readonly fetch?: typeof globalThis.fetch;
  readonly baseUrl?: string;
};

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

type Request = {
  readonly method?: 'GET' | 'POST';
  readonly body?: unknown;
  readonly signal?: AbortSignal | undefined;
};

export function createAssessmentApi(options: AssessmentApiOptions = {}): AssessmentApi {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const baseUrl = options.baseUrl ?? '';

  async function call<T>(path: string, schema: Parser<T>, request: Request = {}): Promise<T> {
    const { method = 'GET', body, signal } = request;
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method,
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        ...(signal ? { signal } : {}),
      });
    } catch (cause) {
      if (signal?.aborted) throw cause;
      throw new ApiError({
        code: 'NETWORK_UNREACHABLE',
        status: null,
        detail: 'The Psoas Coach server could not be reached. Check your connection and try again.',
        cause,
      });
    }
    const data = await readJson(response);
    if (!response.ok) throw toProblemError(response.status, data);
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      throw new ApiError({
        code: 'INVALID_RESPONSE',
        status: response.status,
        detail: 'The server answered with data this version of the app does not understand.',
        cause: parsed.error,
      });
    }
    return parsed.data;
  }

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

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function toProblemError(status: number, body: unknown): ApiError {
  const problem = detailedProblemSchema.safeParse(body);
  if (problem.success) {
    return new ApiError({
      code: problem.data.code,
      status,
      detail: problem.data.detail,
      problem: problem.data,
    });
  }
  return new ApiError({
    code: status === 404 ? 'NOT_FOUND' : `HTTP_${status}`,
    status,
    detail: `The server answered with status ${status}.`,
  });
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
