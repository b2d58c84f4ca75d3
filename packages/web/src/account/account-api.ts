import {
  EXPORT_FORMAT,
  accessTokenListSchema,
  auditLogSchema,
  importResponseSchema,
  meResponseSchema,
  type AccessTokenList,
  type AuditLog,
  type ExportKind,
  type ImportResponse,
  type LoginRequest,
  type MeResponse,
  type SignupRequest,
} from '@psoas/core';
import { createJsonRequester, type JsonClientOptions } from '../platform/json-request.ts';

/**
 * The account part of the HTTP API (issue 7): signing up, in and out, the account, the privacy
 * export and import, the audit log and the CLI's access tokens. Same rules as platform/api.ts.
 */

export type AccountApi = {
  me(signal?: AbortSignal): Promise<MeResponse>;
  signUp(request: SignupRequest): Promise<MeResponse>;
  signIn(request: LoginRequest): Promise<MeResponse>;
  signOut(): Promise<void>;
  /** A file the person chose, parsed as JSON; the server checks it against PersonalExport. */
  importExport(data: unknown): Promise<ImportResponse>;
  deleteAccount(password: string): Promise<void>;
  audit(signal?: AbortSignal): Promise<AuditLog>;
  tokens(signal?: AbortSignal): Promise<AccessTokenList>;
  revokeToken(id: string): Promise<void>;
};

/** 204 answers have no body; any body is fine. */
const noContent = { safeParse: (data: unknown) => ({ success: true as const, data }) };

export function createAccountApi(options: JsonClientOptions = {}): AccountApi {
  const call = createJsonRequester(options);
  return {
    me: (signal) => call('/api/me', meResponseSchema, { signal }),
    signUp: (request) =>
      call('/api/auth/signup', meResponseSchema, { method: 'POST', body: request }),
    signIn: (request) =>
      call('/api/auth/login', meResponseSchema, { method: 'POST', body: request }),
    signOut: async () => {
      await call('/api/auth/logout', noContent, { method: 'POST' });
    },
    importExport: (data) =>
      call('/api/me/import', importResponseSchema, { method: 'POST', body: data }),
    deleteAccount: async (password) => {
      await call('/api/me', noContent, { method: 'DELETE', body: { password } });
    },
    audit: (signal) => call('/api/me/audit', auditLogSchema, { signal }),
    tokens: (signal) => call('/api/auth/tokens', accessTokenListSchema, { signal }),
    revokeToken: async (id) => {
      await call(`/api/auth/tokens/${encodeURIComponent(id)}`, noContent, { method: 'DELETE' });
    },
  };
}

export const accountApi: AccountApi = createAccountApi();

/**
 * Downloads are plain links: the browser sends the session cookie with a same-origin GET and
 * saves the answer as a file, so nothing is held in the page's memory on the way.
 */
export const EXPORT_JSON_URL = '/api/me/export';

export function exportCsvUrl(kind: ExportKind): string {
  return `/api/me/export?format=csv&kind=${encodeURIComponent(kind)}`;
}

export function exportFileName(kind: ExportKind | 'all', date: string): string {
  return kind === 'all' ? `${EXPORT_FORMAT}-${date}.json` : `${EXPORT_FORMAT}-${kind}-${date}.csv`;
}
