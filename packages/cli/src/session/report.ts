import type { FinishedState, SessionLog, SessionLogItem } from '@psoas/core';
import type { FormatOptions } from '../format/style.ts';
import { plural, wrapText } from '../format/text.ts';
import type { PendingReport, SaveOutcome } from './deliver.ts';

/** What `psoas session` says after the player: the session in a line, what was saved, changes. */

function minutes(ms: number): string {
  return `${Math.max(1, Math.round(ms / 60_000))} min`;
}

/** "Session complete: 12 of 12 sets, 11 min active." */
export function formatSessionEnd(
  state: FinishedState,
  summary: readonly SessionLogItem[],
  activeMs: number,
): string {
  const planned = summary.reduce((n, item) => n + item.planned.sets, 0);
  const done = summary.reduce((n, item) => n + item.done.sets, 0);
  const head = state.outcome === 'completed' ? 'Session complete' : 'Session ended early';
  return `${head}: ${done} of ${plural(planned, 'set')} done, ${minutes(activeMs)} active.`;
}

export function formatSaved(log: SessionLog, replayed: boolean, format: FormatOptions): string[] {
  const { style, width } = format;
  const saved = replayed
    ? 'Saved to your log (the server already had it; it is stored once).'
    : 'Saved to your log.';
  if (log.changes.length === 0) {
    return [style.heading(saved), 'No change to your plan: keep going.'];
  }
  return [
    style.heading(saved),
    'Your plan changes:',
    ...log.changes.flatMap((c) => wrapText(c.explanation, width, '    ', '  - ')),
    style.dim('Changed your mind? psoas undo'),
  ];
}

/** Lines about the sessions that were waiting, sent at the start; none when none were. */
export function formatPendingReport(report: PendingReport, format: FormatOptions): string[] {
  const { style, width } = format;
  const lines: string[] = [];
  for (const { session, saved } of report.sent) {
    const how = saved.replayed ? 'the server already had it, so it is stored once' : 'saved';
    lines.push(`Sent the unsent session of ${session.request.date}: ${how}.`);
    for (const change of saved.data.changes) {
      lines.push(...wrapText(change.explanation, width, '    ', '  - '));
    }
  }
  for (const { session, reason } of report.refused) {
    lines.push(
      style.warn(`The server refused the unsent session of ${session.request.date}: ${reason}`),
    );
  }
  if (report.stillPending > 0) {
    const waiting = plural(report.stillPending, 'unsent session');
    lines.push(style.warn(`${waiting} still waiting: ${report.problem ?? 'not sent'}`));
  } else if (report.problem !== null) {
    lines.push(style.warn(report.problem));
  }
  if (report.otherAccounts > 0) {
    const kept = plural(report.otherAccounts, 'unsent session');
    lines.push(`${kept} of another account wait until that account signs in again.`);
  }
  return lines;
}

/** The last line when the session could not be saved now. */
export function keptMessage(outcome: Exclude<SaveOutcome, { kind: 'saved' }>): string {
  switch (outcome.kind) {
    case 'kept':
      return `the session is not saved yet: ${outcome.reason}. It is kept in ${outcome.file} and will be sent the next time you run psoas session signed in to this account.`;
    case 'refused':
      return `the server refused the session: ${outcome.reason}. ${outcome.file === null ? '' : `It is kept in ${outcome.file}.`}`;
    case 'lost':
      return `the session could not be saved: ${outcome.reason}.`;
  }
}
