import {
  SESSION_NOTE_MAX,
  sessionLogRequestSchema,
  summarizeSession,
  type FinishedState,
  type IsoDate,
  type PlanSession,
  type SessionLogRequest,
} from '@psoas/core';
import { checkFeedback, type FeedbackDraft, type FeedbackErrors } from '../today/feedback-form.ts';

/**
 * The end-of-session form: per-exercise feedback (the Today page's rows and rules), pain now
 * and a note, turned into the session log request together with what the session record says
 * was done. Every field is optional: a person who just wants to stop can save at once.
 */

export type EndDraft = {
  readonly feedback: FeedbackDraft;
  /** "" when not given, else "0".."10". */
  readonly painNow: string;
  readonly note: string;
};

export const EMPTY_END_DRAFT: EndDraft = { feedback: {}, painNow: '', note: '' };

export type EndErrors = {
  readonly feedback: FeedbackErrors;
  readonly painNow?: string;
  readonly note?: string;
};

export type EndCheck =
  | { readonly ok: true; readonly request: SessionLogRequest }
  | { readonly ok: false; readonly errors: EndErrors };

/** An instant of the player's clock (epoch milliseconds) as the wire's ISO string. */
export function instantToIso(instant: number): string {
  return new Date(instant).toISOString();
}

function painOf(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const n = /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : undefined;
}

export function checkEndForm(
  date: IsoDate,
  planSession: PlanSession,
  state: FinishedState,
  draft: EndDraft,
): EndCheck {
  const feedback = checkFeedback(date, planSession.items, draft.feedback);
  const painNow = painOf(draft.painNow);
  const note = draft.note.trim();
  // Rating nothing is fine here (the session is logged anyway); a half-filled row is not.
  const feedbackErrors = feedback.ok || feedback.nothingRated ? {} : feedback.errors;
  const errors: EndErrors = {
    feedback: feedbackErrors,
    ...(painNow === undefined
      ? { painNow: 'Choose your pain now, 0 to 10, or leave it empty.' }
      : {}),
    ...(note.length > SESSION_NOTE_MAX
      ? { note: `Keep the note under ${SESSION_NOTE_MAX} characters.` }
      : {}),
  };
  if (Object.keys(feedbackErrors).length > 0 || errors.painNow || errors.note) {
    return { ok: false, errors };
  }
  const finishedAt = instantToIso(state.finishedAt);
  const request = sessionLogRequestSchema.safeParse({
    date,
    startedAt: state.startedAt === null ? finishedAt : instantToIso(state.startedAt),
    finishedAt,
    outcome: state.outcome,
    plannedSeconds: Math.round(planSession.estimatedSeconds),
    activeSeconds: Math.round(state.activeMs / 1000),
    items: summarizeSession(state, planSession),
    feedback: feedback.ok ? feedback.request.items : [],
    painNow: painNow ?? null,
    note,
  });
  if (!request.success) {
    // Only a broken record gets here (the fields above are checked); say so plainly.
    return { ok: false, errors: { feedback: {}, note: 'This session cannot be saved as it is.' } };
  }
  return { ok: true, request: request.data };
}
