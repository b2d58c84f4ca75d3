import {
  checklistOutcomeSchema,
  checklistSchema,
  detailedProblemSchema,
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
import { CliError } from './errors.ts';

/**
 * The CLI's only way to the server: HTTP. Every answer is parsed with core's schemas, the same
 * ones the server validates its responses with, so a mismatch is reported here as an unexpected
 * answer instead of surfacing as `undefined` in the terminal. Errors come back as CliError.
 */

/** The parsed value for humans, and the JSON exactly as the server sent it for --json. */
export type ApiAnswer<T> = { readonly data: T; readonly json: unknown };

/** Structural view of a zod schema, so this module needs no direct zod dependency. */
type Schema<T> = {
  safeParse(input: unknown):
    | { readonly success: true; readonly data: T }
    | {
        readonly success: false;
        readonly error: { readonly issues: readonly { path: PropertyKey[]; message: string }[] };
      };
};

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

export type ApiClientOptions = {
  readonly baseUrl: string;
  /** A slow answer is reported rather than waited on forever; 10 s suits a local server. */
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
};

export const DEFAULT_TIMEOUT_MS = 10_000;

/** Node's fetch hides the socket error in `cause`; its code (ECONNREFUSED...) is the useful bit. */
function reasonOf(error: unknown): string {
  const cause: unknown = error instanceof Error ? error.cause : undefined;
  if (typeof cause === 'object' && cause !== null) {
    if ('code' in cause && typeof cause.code === 'string') return cause.code;
    if ('message' in cause && typeof cause.message === 'string') return cause.message;
  }
  return error instanceof Error ? error.message : String(error);
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

export function createApiClient(options: ApiClientOptions): ApiClient & SessionLogApi & BreaksApi {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch = options.fetch ?? fetch;
  // A trailing slash makes relative paths resolve under a base path (a reverse proxy prefix).
  const base = new URL(`${options.baseUrl.replace(/\/+$/, '')}/`);

  async function request(
    url: URL,
    json: unknown,
    headers: Readonly<Record<string, string>> = {},
  ): Promise<{ status: number; ok: boolean; body: string; headers: Headers }> {
    const accept = 'application/json, application/problem+json';
    try {
      const response = await doFetch(
        url,
        json === undefined
          ? { headers: { ...headers, accept }, signal: AbortSignal.timeout(timeoutMs) }
          : {
              method: 'POST',
              headers: { ...headers, accept, 'content-type': 'application/json' },
              body: JSON.stringify(json),
              signal: AbortSignal.timeout(timeoutMs),
            },
      );
      // The body is read under the same deadline: a server that stalls mid-answer still times out.
      const { status, ok, headers: answered } = response;
      return { status, ok, body: await response.text(), headers: answered };
    } catch (error) {
      if (isTimeout(error)) {
        throw new CliError({
          kind: 'server-timeout',
          url: options.baseUrl,
          seconds: timeoutMs / 1000,
        });
      }
      throw new CliError({
        kind: 'server-unreachable',
        url: options.baseUrl,
        reason: reasonOf(error),
      });
    }
  }

  /** GET `path`, or POST `send` to it as JSON when given; the answer is parsed with `schema`. */
  async function exchange<T>(
    path: string,
    schema: Schema<T>,
    send?: unknown,
    headers?: Readonly<Record<string, string>>,
  ): Promise<ApiAnswer<T> & { readonly headers: Headers }> {
    const url = new URL(path, base);
    const { status, ok, body, headers: answered } = await request(url, send, headers);
    const unexpected = (reason: string): CliError =>
      new CliError({ kind: 'unexpected-response', url: url.href, status, reason });

    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      throw unexpected('the body is not JSON');
    }
    if (!ok) {
      const problem = detailedProblemSchema.safeParse(json);
      if (problem.success) throw new CliError({ kind: 'problem', problem: problem.data });
      throw unexpected('an error without a problem+json body');
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw unexpected(first ? describeIssue(first) : 'the body does not match the schema');
    }
    return { data: parsed.data, json, headers: answered };
  }

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
  };
}
