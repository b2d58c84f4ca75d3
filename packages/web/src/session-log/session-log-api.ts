import { sessionLogListSchema, type SessionLogList } from '@psoas/core';
import { createJsonRequester, type JsonClientOptions } from '../platform/json-request.ts';

/** Reading the session log back (issue 5); writing goes through the queue in queue.ts. */

/** The most the server lists at once; enough for the history page and its 4-week summary. */
export const SESSION_LIST_LIMIT = 200;

export type SessionLogApi = {
  /** Stored sessions, newest first. */
  listSessions(signal?: AbortSignal): Promise<SessionLogList>;
};

export function createSessionLogApi(options: JsonClientOptions = {}): SessionLogApi {
  const call = createJsonRequester(options);
  return {
    listSessions: (signal) =>
      call(`/api/sessions?limit=${SESSION_LIST_LIMIT}`, sessionLogListSchema, { signal }),
  };
}

export const sessionLogApi: SessionLogApi = createSessionLogApi();
