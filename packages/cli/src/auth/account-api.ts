import {
  createdTokenSchema,
  importResponseSchema,
  meResponseSchema,
  personalExportSchema,
  type CreateTokenRequest,
  type CreatedToken,
  type ExportKind,
  type ImportResponse,
  type MeResponse,
  type PersonalExport,
} from '@psoas/core';
import type { ApiAnswer, Http } from '../http-exchange.ts';

/**
 * The account routes the CLI uses: a personal access token from email and password (the CLI
 * keeps no cookie), who is signed in, signing out (revoking the token sent), and the privacy
 * export and import. Apart from ApiClient, like SessionLogApi, so fakes of the other commands
 * need not grow; these commands are tested against a real server process.
 */
export type AccountApi = {
  /** No token is needed: the email and password are the credential. */
  createToken(request: CreateTokenRequest): Promise<ApiAnswer<CreatedToken>>;
  getMe(): Promise<ApiAnswer<MeResponse>>;
  /** Revokes the token this request carries. */
  logout(): Promise<void>;
  exportJson(): Promise<ApiAnswer<PersonalExport>>;
  /** One kind of record as CSV, exactly as the server wrote it. */
  exportCsv(kind: ExportKind): Promise<string>;
  importExport(data: PersonalExport): Promise<ApiAnswer<ImportResponse>>;
};

export function createAccountApi(http: Http): AccountApi {
  return {
    createToken(request) {
      return http.json('api/auth/tokens', createdTokenSchema, request);
    },
    getMe() {
      return http.json('api/me', meResponseSchema);
    },
    logout() {
      return http.empty('POST', 'api/auth/logout');
    },
    exportJson() {
      return http.json('api/me/export', personalExportSchema);
    },
    exportCsv(kind) {
      return http.text(`api/me/export?format=csv&kind=${encodeURIComponent(kind)}`, 'text/csv');
    },
    importExport(data) {
      return http.json('api/me/import', importResponseSchema, data);
    },
  };
}
