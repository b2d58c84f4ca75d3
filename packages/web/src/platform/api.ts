import {
  exerciseDetailSchema,
  exerciseListSchema,
  type ExerciseDetail,
  type ExerciseList,
  type Phase,
} from '@psoas/core';
import { createJsonRequester, type JsonClientOptions } from './json-request.ts';

/**
 * The exercise catalogue endpoints. Every response is parsed with core's schemas, so a server
 * that drifts from the contract shows up as a clear error here rather than as `undefined`
 * deep inside a component.
 */

export { ApiError, isApiError, type ClientErrorCode } from './json-request.ts';

export type ApiClientOptions = JsonClientOptions;

export type ApiClient = {
  listExercises(phase?: Phase, signal?: AbortSignal): Promise<ExerciseList>;
  getExercise(id: string, signal?: AbortSignal): Promise<ExerciseDetail>;
};

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const requestJson = createJsonRequester(options);
  return {
    listExercises(phase, signal) {
      const query = phase ? `?phase=${encodeURIComponent(phase)}` : '';
      return requestJson(`/api/exercises${query}`, exerciseListSchema, { signal });
    },
    getExercise(id, signal) {
      return requestJson(`/api/exercises/${encodeURIComponent(id)}`, exerciseDetailSchema, {
        signal,
      });
    },
  };
}

export const api: ApiClient = createApiClient();
