import {
  CHECKLISTS_BY_ID,
  EXERCISES,
  INITIAL_PROGRESSION,
  RED_FLAG_QUESTIONS,
  TRIAGE_ADVICE,
  applyFeedback,
  findAsymmetries,
  planProgramme,
  triageScreening,
  undoChange,
  type DomainError,
  type IntakeRecord,
  type ProgressionState,
  type ScreeningRecord,
  evaluateChecklist,
  findExercise,
  listExercises,
  detailOf,
  type ChecklistAnswers,
} from '@psoas/core';
import type { ApiAnswer, ApiClient } from '../../src/api-client.ts';
import { CliError } from '../../src/errors.ts';

/** What a fake client was asked, so tests can check what reached the "server". */
export type FakeCalls = {
  readonly requests: string[];
  readonly answers: ChecklistAnswers[];
  /** Bodies posted to the assessment and plan endpoints, by endpoint name. */
  readonly posted?: { readonly endpoint: string; readonly body: unknown }[];
};

const AT = '2026-11-23T09:00:00.000Z';

function problem(status: number, error: DomainError): CliError {
  return new CliError({
    kind: 'problem',
    problem: {
      type: `urn:psoas:problem:${error.code.toLowerCase()}`,
      title: status === 409 ? 'Conflict' : status === 404 ? 'Not found' : 'Bad request',
      status,
      detail: error.message,
      code: error.code,
      ...(error.details === undefined ? {} : { details: { ...error.details } }),
    },
  });
}

const answer = <T>(data: T): Promise<ApiAnswer<T>> =>
  Promise.resolve({ data, json: structuredClone(data) });

/**
 * An ApiClient that answers from core's catalogue and checklists, as the server does, without
 * HTTP. Unknown ids fail as the server's 404 would.
 */
export function fakeClient(calls: FakeCalls = { requests: [], answers: [] }): ApiClient {
  const intakes: IntakeRecord[] = [];
  const screenings: ScreeningRecord[] = [];
  let progression: ProgressionState = INITIAL_PROGRESSION;
  let ids = 0;
  const post = (endpoint: string, body: unknown) => {
    calls.requests.push(endpoint);
    calls.posted?.push({ endpoint, body });
  };
  return {
    getLatestIntake() {
      calls.requests.push('latest intake');
      const latest = intakes.at(-1);
      return latest ? answer(latest) : Promise.resolve(null);
    },
    postIntake(intake) {
      post('intake', intake);
      const record = { id: `intake-${(ids += 1)}`, recordedAt: AT, intake };
      intakes.push(record);
      return answer(record);
    },
    getScreeningQuestions() {
      calls.requests.push('questions');
      return answer({
        items: RED_FLAG_QUESTIONS.map((q) => ({
          id: q.id,
          group: q.group,
          text: q.question,
          required: q.group !== 'D',
        })),
      });
    },
    postScreening(request) {
      post('screening', request);
      const triaged = triageScreening(request.answers, { ageBand: request.ageBand });
      if (!triaged.ok) return Promise.reject(problem(400, triaged.error));
      const record = {
        id: `screening-${(ids += 1)}`,
        recordedAt: AT,
        ageBand: request.ageBand,
        answers: request.answers,
        outcome: triaged.value,
        advice: TRIAGE_ADVICE[triaged.value.level],
      };
      screenings.push(record);
      return answer(record);
    },
    postSelfTests(results) {
      post('self-tests', results);
      return answer({
        id: `self-tests-${(ids += 1)}`,
        recordedAt: AT,
        results,
        asymmetries: findAsymmetries(results),
      });
    },
    getPlan(date) {
      calls.requests.push(`plan ${date ?? 'today'}`);
      const intake = intakes.at(-1);
      const screening = screenings.at(-1);
      if (!intake)
        return Promise.reject(problem(409, { code: 'INTAKE_MISSING', message: 'no intake' }));
      if (!screening) {
        return Promise.reject(problem(409, { code: 'SCREENING_MISSING', message: 'no screening' }));
      }
      const planned = planProgramme({
        catalogue: EXERCISES,
        intake: intake.intake,
        triage: screening.outcome,
        selfTests: null,
        clearedChecklists: [],
        progression,
        startDate: date ?? '2026-11-23',
      });
      if (!planned.ok) return Promise.reject(problem(409, planned.error));
      return answer({
        ...planned.value,
        notices: [],
        screening: {
          id: screening.id,
          recordedAt: AT,
          level: screening.outcome.level,
          dueBy: '2026-12-21T09:00:00.000Z',
        },
        intakeId: intake.id,
        selfTestsId: null,
      });
    },
    postFeedback(request) {
      post('feedback', request);
      const before = progression;
      for (const item of request.items) {
        const exercise = EXERCISES.find((e) => e.id === item.exerciseId);
        if (!exercise) continue;
        progression = applyFeedback(progression, {
          type: 'feedback',
          at: 0,
          exercise,
          rating: item.rating,
          painDuring: item.pain,
          repsDone: item.repsDone ?? null,
        });
      }
      return answer({ changes: progression.history.slice(before.history.length) });
    },
    undoProgression() {
      calls.requests.push('undo');
      const last = progression.history.at(-1);
      if (!last) {
        return Promise.reject(
          problem(409, { code: 'NOTHING_TO_UNDO', message: 'nothing to undo' }),
        );
      }
      progression = undoChange(progression);
      return answer({ undone: last, progression });
    },
    listExercises(filter) {
      calls.requests.push('list');
      const items = listExercises(EXERCISES, filter);
      return answer({ items, total: items.length });
    },
    getExercise(id) {
      calls.requests.push(`exercise ${id}`);
      const found = findExercise(EXERCISES, id);
      if (!found.ok) {
        return Promise.reject(
          new CliError({
            kind: 'problem',
            problem: {
              type: 'urn:psoas:problem:exercise-not-found',
              title: 'Not found',
              status: 404,
              detail: found.error.message,
              code: found.error.code,
            },
          }),
        );
      }
      return answer(detailOf(EXERCISES, found.value));
    },
    getChecklist(id) {
      calls.requests.push(`checklist ${id}`);
      return answer(CHECKLISTS_BY_ID[id]);
    },
    answerChecklist(id, answers) {
      calls.requests.push(`answers ${id}`);
      calls.answers.push(answers);
      return answer(evaluateChecklist(CHECKLISTS_BY_ID[id], answers));
    },
  };
}
