import {
  checklistOutcomeSchema,
  checklistSchema,
  exerciseDetailSchema,
  exerciseListSchema,
  feedbackResponseSchema,
  intakeRecordSchema,
  planResponseSchema,
  screeningQuestionListSchema,
  screeningRecordSchema,
  selfTestRecordSchema,
  undoResponseSchema,
  IDEMPOTENCY_KEY_HEADER,
  sessionLogListSchema,
  sessionLogSchema,
  breakEventsResponseSchema,
  breakSettingsResponseSchema,
  breakStateSummarySchema,
  breakStatsResponseSchema,
  type BreakEventsRequest,
  type BreakEventsResponse,
  type BreakSettingsResponse,
  type BreakStateSummary,
  type BreakStatsResponse,
  type SessionLog,
  type SessionLogList,
  type SessionLogRequest,
  type FeedbackRequest,
  type FeedbackResponse,
  type Intake,
  type IntakeRecord,
  type PlanResponse,
  type ScreeningQuestionList,
  type ScreeningRecord,
  type ScreeningRequest,
  type SelfTestRecord,
  type SelfTestResults,
  type UndoResponse,
  type CatalogueFilter,
  type Checklist,
  type ChecklistAnswers,
  type ChecklistId,
  type ChecklistOutcome,
  type ExerciseDetail,
  type ExerciseId,
  type ExerciseList,
} from '@psoas/core';
import { createAccountApi, type AccountApi } from './auth/account-api.ts';
import { CliError } from './errors.ts';
import { createHttp, type ApiAnswer, type ApiClientOptions } from './http-exchange.ts';

/**
 * The CLI's only way to the server: HTTP. Every answer is parsed with core's schemas, the same
 * ones the server validates its responses with, so a mismatch is reported here as an unexpected
 * answer instead of surfacing as `undefined` in the terminal. Errors come back as CliError.
 */

// Commands and their test fakes know answers by this name; it lives with the exchange.
export type { ApiAnswer } from './http-exchange.ts';

export type ApiClient = {
  listExercises(filter: CatalogueFilter): Promise<ApiAnswer<ExerciseList>>;
  getExercise(id: ExerciseId): Promise<ApiAnswer<ExerciseDetail>>;
  getChecklist(id: ChecklistId): Promise<ApiAnswer<Checklist>>;
  /** The server decides: cleared only when every question has the answer "no". */
  answerChecklist(id: ChecklistId, answers: ChecklistAnswers): Promise<ApiAnswer<ChecklistOutcome>>;
  /** The latest intake, or null when there is none yet (the server's 404 INTAKE_MISSING). */
  getLatestIntake(): Promise<ApiAnswer<IntakeRecord> | null>;
  postIntake(intake: Intake): Promise<ApiAnswer<IntakeRecord>>;
  getScreeningQuestions(): Promise<ApiAnswer<ScreeningQuestionList>>;
  postScreening(request: ScreeningRequest): Promise<ApiAnswer<ScreeningRecord>>;
  postSelfTests(results: SelfTestResults): Promise<ApiAnswer<SelfTestRecord>>;
  /** Refusals (stopped, rescreen due, no intake) come back as CliError problems. */
  getPlan(date?: string): Promise<ApiAnswer<PlanResponse>>;
  postFeedback(request: FeedbackRequest): Promise<ApiAnswer<FeedbackResponse>>;
  undoProgression(): Promise<ApiAnswer<UndoResponse>>;
};

/**
 * The session log (`psoas session`). Apart from ApiClient so test fakes of the other commands
 * need not grow; createApiClient makes both.
 */
export type SessionLogApi = {
  /**
   * Records a session under `idempotencyKey`: a retry with the same key is stored once, and
   * the server's stored answer comes back with `replayed` true.
   */
  postSession(
    request: SessionLogRequest,
    idempotencyKey: string,
  ): Promise<ApiAnswer<SessionLog> & { readonly replayed: boolean }>;
  listSessions(limit?: number): Promise<ApiAnswer<SessionLogList>>;
};

/** Sitting breaks (`psoas breaks`); apart from ApiClient for the same reason as SessionLogApi. */
export type BreaksApi = {
  getBreakSettings(): Promise<ApiAnswer<BreakSettingsResponse>>;
  /** Events carry client ids: a retried post is applied once (counted in `duplicates`). */
  postBreakEvents(request: BreakEventsRequest): Promise<ApiAnswer<BreakEventsResponse>>;
  getBreakState(): Promise<ApiAnswer<BreakStateSummary>>;
  /** Local dates "YYYY-MM-DD"; the server's default range (the last 28 days) without them. */
  getBreakStats(range?: {
    readonly from?: string;
    readonly to?: string;
  }): Promise<ApiAnswer<BreakStatsResponse>>;
};

/** The query keys of GET /api/exercises, in the order they are sent. */
const FILTER_KEYS = ['phase', 'equipment', 'muscle', 'level', 'q'] as const;

/**
 * `?phase=stretch&q=hip%20flexor`, or '' without filters. Spaces as %20 rather than `+`, so the
 * query reads the same to every server and proxy.
 */
export function filterQuery(filter: CatalogueFilter): string {
  const pairs = FILTER_KEYS.flatMap((key) => {
    const value = filter[key];
    return value === undefined ? [] : [`${key}=${encodeURIComponent(String(value))}`];
  });
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}

export function createApiClient(
  options: ApiClientOptions,
): ApiClient & SessionLogApi & BreaksApi & AccountApi {
  const http = createHttp(options);
  const exchange = http.json.bind(http);

  return {
    listExercises(filter) {
      return exchange(`api/exercises${filterQuery(filter)}`, exerciseListSchema);
    },
    getExercise(id) {
      return exchange(`api/exercises/${encodeURIComponent(id)}`, exerciseDetailSchema);
    },
    getChecklist(id) {
      return exchange(`api/checklists/${encodeURIComponent(id)}`, checklistSchema);
    },
    answerChecklist(id, answers) {
      return exchange(`api/checklists/${encodeURIComponent(id)}/answers`, checklistOutcomeSchema, {
        answers,
      });
    },
    async getLatestIntake() {
      try {
        return await exchange('api/intakes/latest', intakeRecordSchema);
      } catch (error) {
        const missing =
          error instanceof CliError &&
          error.failure.kind === 'problem' &&
          error.failure.problem.code === 'INTAKE_MISSING';
        if (missing) return null;
        throw error;
      }
    },
    postIntake(intake) {
      return exchange('api/intakes', intakeRecordSchema, intake);
    },
    getScreeningQuestions() {
      return exchange('api/screening/questions', screeningQuestionListSchema);
    },
    postScreening(request) {
      return exchange('api/screenings', screeningRecordSchema, request);
    },
    postSelfTests(results) {
      return exchange('api/self-tests', selfTestRecordSchema, results);
    },
    getPlan(date) {
      const query = date === undefined ? '' : `?date=${encodeURIComponent(date)}`;
      return exchange(`api/plan${query}`, planResponseSchema);
    },
    postFeedback(request) {
      return exchange('api/feedback', feedbackResponseSchema, request);
    },
    undoProgression() {
      return exchange('api/progression/undo', undoResponseSchema, {});
    },
    async postSession(request, idempotencyKey) {
      const { data, json, headers } = await exchange('api/sessions', sessionLogSchema, request, {
        [IDEMPOTENCY_KEY_HEADER]: idempotencyKey,
      });
      return { data, json, replayed: headers.get('idempotent-replayed') === 'true' };
    },
    listSessions(limit) {
      const query = limit === undefined ? '' : `?limit=${limit}`;
      return exchange(`api/sessions${query}`, sessionLogListSchema);
    },
    getBreakSettings() {
      return exchange('api/breaks/settings', breakSettingsResponseSchema);
    },
    postBreakEvents(request) {
      return exchange('api/breaks/events', breakEventsResponseSchema, request);
    },
    getBreakState() {
      return exchange('api/breaks/state', breakStateSummarySchema);
    },
    getBreakStats(range = {}) {
      const pairs = Object.entries(range).flatMap(([key, value]) =>
        value === undefined ? [] : [`${key}=${encodeURIComponent(value)}`],
      );
      const query = pairs.length === 0 ? '' : `?${pairs.join('&')}`;
      return exchange(`api/breaks/stats${query}`, breakStatsResponseSchema);
    },
    ...createAccountApi(http),
  };
}
