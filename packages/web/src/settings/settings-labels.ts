import type { AuditKind, ExportKind } from '@psoas/core';

/**
 * Words for the account's machine names on the Settings page. Records keyed by the core unions,
 * so a new export or audit kind fails to compile until it has a label.
 */

export const EXPORT_KIND_LABELS: Readonly<Record<ExportKind, string>> = {
  intakes: 'Assessment answers',
  screenings: 'Safety screenings',
  screeningAnswers: 'Safety screening answers',
  selfTests: 'Self-tests',
  checklistClearances: 'Checklist clearances',
  feedbackEvents: 'Exercise feedback',
  progressionStates: 'Exercise progression',
  sessionLogs: 'Sessions',
  breakSettings: 'Break settings',
  breakStates: 'Break schedule',
  breakEvents: 'Break events',
  breakLog: 'Breaks taken',
  breakTargets: 'Break target history',
  auditEvents: 'Sign-in activity',
};

export const AUDIT_KIND_LABELS: Readonly<Record<AuditKind, string>> = {
  signup: 'Account created',
  'sign-in': 'Signed in',
  'sign-in-failed': 'Failed sign-in attempt',
  'sign-out': 'Signed out',
  'token-created': 'Access token created',
  'token-revoked': 'Access token revoked',
  export: 'Data downloaded',
  import: 'Data imported',
};

/** An instant in the person's own locale and time zone, e.g. "5 Mar 2025, 09:30". */
export function formatWhen(
  iso: string,
  options: { readonly locale?: string; readonly timeZone?: string } = {},
): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(options.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  }).format(at);
}

/** "3 sessions, 1 assessment answers" from an import's counts; kinds without rows left out. */
export function importedSummary(imported: Readonly<Record<string, number>>): string {
  const parts = Object.entries(imported)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${labelOfKind(kind)}: ${count}`);
  return parts.length > 0 ? parts.join(', ') : 'no records';
}

function labelOfKind(kind: string): string {
  return (EXPORT_KIND_LABELS as Readonly<Record<string, string>>)[kind] ?? kind;
}

/** Today's date "YYYY-MM-DD" in local time, for download file names. */
export function localDateStamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
