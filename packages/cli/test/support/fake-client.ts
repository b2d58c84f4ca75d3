import {
  CHECKLISTS_BY_ID,
  EXERCISES,
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
};

const answer = <T>(data: T): Promise<ApiAnswer<T>> =>
  Promise.resolve({ data, json: structuredClone(data) });

/**
 * An ApiClient that answers from core's catalogue and checklists, as the server does, without
 * HTTP. Unknown ids fail as the server's 404 would.
 */
export function fakeClient(calls: FakeCalls = { requests: [], answers: [] }): ApiClient {
  return {
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
