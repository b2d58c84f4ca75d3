import { z } from 'zod';
import { instantSchema, list, recordId } from '../wire.schema.ts';

/**
 * Wire schemas of accounts, sign-in, personal access tokens, the audit log and the privacy
 * export (issue 7), shared by the server, the web app and the CLI. Requests are strict (an
 * unknown field is a 400 naming it) and bounded.
 */

export const ROLES = ['person', 'practitioner', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** At least 10 characters (issue 7); the upper bound keeps hashing cheap for a hostile client. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** Emails are compared lower-cased; the bound is RFC 5321's. */
export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: 'an email address like ana@example.com' })
  .transform((email) => email.toLowerCase());

/** Only the length is checked here; the common-password list is the server's (it ships the list). */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: `at least ${PASSWORD_MIN_LENGTH} characters` })
  .max(PASSWORD_MAX_LENGTH, { message: `at most ${PASSWORD_MAX_LENGTH} characters` });

/** A password given to sign in is not checked for strength: that would tell what the rules were. */
export const givenPasswordSchema = z.string().min(1).max(PASSWORD_MAX_LENGTH);

export const displayNameSchema = z.string().trim().min(1).max(100);

export const signupRequestSchema = z.strictObject({
  email: emailSchema,
  password: newPasswordSchema,
  name: displayNameSchema,
});
export type SignupRequest = z.input<typeof signupRequestSchema>;

export const loginRequestSchema = z.strictObject({
  email: emailSchema,
  password: givenPasswordSchema,
});
export type LoginRequest = z.input<typeof loginRequestSchema>;

export const accountSchema = z.strictObject({
  id: recordId,
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  createdAt: instantSchema,
});
export type Account = z.infer<typeof accountSchema>;

/**
 * `GET /api/me` and the answer of signup and login. `csrfToken` is present for a cookie session:
 * the web app sends it back as the `X-CSRF-Token` header on every write. A bearer-token caller
 * (the CLI) needs none and gets null.
 */
export const meResponseSchema = z.strictObject({
  account: accountSchema,
  csrfToken: z.string().nullable(),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'psoas_session';

/** Personal access tokens: the CLI's credential, created with email and password. */
export const TOKEN_NAME_MAX = 80;
export const createTokenRequestSchema = z.strictObject({
  email: emailSchema,
  password: givenPasswordSchema,
  /** What the token is for, shown in the list, e.g. "psoas CLI on laptop". */
  name: z.string().trim().min(1).max(TOKEN_NAME_MAX),
});
export type CreateTokenRequest = z.input<typeof createTokenRequestSchema>;

export const accessTokenSchema = z.strictObject({
  id: recordId,
  name: z.string(),
  createdAt: instantSchema,
  lastUsedAt: instantSchema.nullable(),
});
export type AccessToken = z.infer<typeof accessTokenSchema>;

/** The token itself is shown once, in this answer; the server keeps only its hash. */
export const createdTokenSchema = accessTokenSchema.extend({ token: z.string() });
export type CreatedToken = z.infer<typeof createdTokenSchema>;
export const accessTokenListSchema = z.strictObject({ tokens: list(accessTokenSchema) });
export type AccessTokenList = z.infer<typeof accessTokenListSchema>;

export const AUDIT_KINDS = [
  'signup',
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'token-created',
  'token-revoked',
  'export',
  'import',
] as const;
export const auditKindSchema = z.enum(AUDIT_KINDS);
export type AuditKind = z.infer<typeof auditKindSchema>;

export const auditEventSchema = z.strictObject({
  id: recordId,
  kind: auditKindSchema,
  at: instantSchema,
  /** The client's address as the server saw it. */
  address: z.string().nullable(),
  /** A short client description (the User-Agent, cut to 200 characters). */
  client: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
export const auditLogSchema = z.strictObject({ events: list(auditEventSchema) });
export type AuditLog = z.infer<typeof auditLogSchema>;

/** `DELETE /api/me`: the password again, so a borrowed, signed-in browser cannot delete. */
export const deleteAccountRequestSchema = z.strictObject({ password: givenPasswordSchema });
export type DeleteAccountRequest = z.infer<typeof deleteAccountRequestSchema>;

/**
 * The kinds of record an export holds, each a list of rows as stored (ids, times, data). The
 * names are the CSV kinds of `GET /api/me/export?format=csv&kind=…`.
 */
export const EXPORT_KINDS = [
  'intakes',
  'screenings',
  'screeningAnswers',
  'selfTests',
  'checklistClearances',
  'feedbackEvents',
  'progressionStates',
  'sessionLogs',
  'breakSettings',
  'breakStates',
  'breakEvents',
  'breakLog',
  'breakTargets',
  'auditEvents',
] as const;
export const exportKindSchema = z.enum(EXPORT_KINDS);
export type ExportKind = z.infer<typeof exportKindSchema>;

export const EXPORT_FORMAT = 'psoas-coach-export';
export const EXPORT_VERSION = 1;

/** One stored row: its columns by name, values as JSON (instants as ISO strings). */
export const exportRowSchema = z.record(z.string(), z.unknown());

/**
 * Kinds added after version 1 of the export was first written: a file from before simply has
 * none of them, so it still imports (and a kind added later goes here, not into a version 2).
 */
const KINDS_ADDED_LATER: ReadonlySet<ExportKind> = new Set<ExportKind>(['breakTargets']);

export const personalExportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: instantSchema,
  account: z.strictObject({
    email: z.string(),
    name: z.string(),
    role: roleSchema,
    createdAt: instantSchema,
  }),
  records: z.strictObject(
    Object.fromEntries(
      EXPORT_KINDS.map((kind) => {
        const rows = z.array(exportRowSchema).max(100_000);
        return [kind, KINDS_ADDED_LATER.has(kind) ? rows.default([]) : rows];
      }),
      // The cast keeps every kind a plain array on the way out: a defaulted one is still one.
    ) as {
      [K in ExportKind]: z.ZodArray<typeof exportRowSchema>;
    },
  ),
});
export type PersonalExport = z.infer<typeof personalExportSchema>;

export const importResponseSchema = z.strictObject({
  imported: z.record(z.string(), z.number().int().min(0)),
});
export type ImportResponse = z.infer<typeof importResponseSchema>;

export const adminAccountListSchema = z.strictObject({ accounts: list(accountSchema) });
export type AdminAccountList = z.infer<typeof adminAccountListSchema>;
export const setRoleRequestSchema = z.strictObject({ role: roleSchema });
export type SetRoleRequest = z.infer<typeof setRoleRequestSchema>;
