import {
  feedbackRequestSchema,
  type FeedbackRequest,
  type PlanItem,
  type Rating,
} from '@psoas/core';

/**
 * The "How did it go?" form: one row per exercise of today's session. An exercise without a
 * rating was not done and is left out; a rated one needs the pain felt during it.
 */

export type FeedbackRow = {
  readonly rating: Rating | '';
  readonly pain: string;
  readonly repsDone: string;
};

export type FeedbackDraft = Readonly<Record<string, FeedbackRow>>;

export const EMPTY_ROW: FeedbackRow = { rating: '', pain: '', repsDone: '' };

export type FeedbackErrors = Readonly<Record<string, { pain?: string; repsDone?: string }>>;

export type FeedbackCheck =
  | { readonly ok: true; readonly request: FeedbackRequest }
  | { readonly ok: false; readonly errors: FeedbackErrors; readonly nothingRated: boolean };

function wholeNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Reps are asked only of exercises counted in reps. */
export function asksForReps(item: PlanItem): boolean {
  return item.reps !== null;
}

export function checkFeedback(
  date: string,
  items: readonly PlanItem[],
  draft: FeedbackDraft,
): FeedbackCheck {
  const errors: Record<string, { pain?: string; repsDone?: string }> = {};
  const rated: FeedbackRequest['items'] = [];
  for (const item of items) {
    const row = draft[item.exerciseId] ?? EMPTY_ROW;
    if (row.rating === '') continue;
    const pain = wholeNumber(row.pain);
    const reps = asksForReps(item) ? wholeNumber(row.repsDone) : undefined;
    const rowErrors: { pain?: string; repsDone?: string } = {};
    if (pain === undefined || Number.isNaN(pain) || pain > 10) {
      rowErrors.pain = 'Choose the pain you felt, 0 to 10.';
    }
    if (reps !== undefined && (Number.isNaN(reps) || reps > 200)) {
      rowErrors.repsDone = 'Enter the reps as a whole number, or leave it empty.';
    }
    if (rowErrors.pain || rowErrors.repsDone) {
      errors[item.exerciseId] = rowErrors;
      continue;
    }
    rated.push({
      exerciseId: item.exerciseId,
      rating: row.rating,
      pain: pain ?? 0,
      ...(reps === undefined ? {} : { repsDone: reps }),
    });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, nothingRated: false };
  const request = feedbackRequestSchema.safeParse({ date, items: rated });
  if (!request.success) return { ok: false, errors: {}, nothingRated: rated.length === 0 };
  return { ok: true, request: request.data };
}
