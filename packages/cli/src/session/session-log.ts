import {
  sessionLogRequestSchema,
  sessionTiming,
  type FinishedState,
  type PlanSession,
  type SessionLogItem,
  type SessionLogRequest,
} from '@psoas/core';
import type { SessionFeedback } from './session-feedback.ts';

/**
 * The request that records a finished session: what the plan asked, what was done (core's
 * summary of the machine's record), the feedback, and the times. Start and end are wall-clock
 * instants taken when the session started and ended (the engine's instants are on a monotonic
 * clock, which does not follow the calendar); active time is the engine's, pauses left out.
 */

export type LogInput = {
  readonly date: string;
  readonly planSession: PlanSession;
  readonly state: FinishedState;
  readonly summary: readonly SessionLogItem[];
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly feedback: SessionFeedback;
};

/** The schema's bounds, so an hour-long pause or an odd plan never makes a request invalid. */
const MAX_PLANNED_SECONDS = 6 * 3600;
const MAX_ACTIVE_SECONDS = 12 * 3600;

const clamp = (value: number, max: number) => Math.min(max, Math.max(0, Math.round(value)));

export function buildSessionLog(input: LogInput): SessionLogRequest {
  const { state, feedback } = input;
  const timing = sessionTiming(state, state.finishedAt);
  const finishedAt = input.finishedAt < input.startedAt ? input.startedAt : input.finishedAt;
  const request: SessionLogRequest = {
    date: input.date,
    startedAt: input.startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    outcome: state.outcome,
    plannedSeconds: clamp(input.planSession.estimatedSeconds, MAX_PLANNED_SECONDS),
    activeSeconds: clamp(timing.activeMs / 1000, MAX_ACTIVE_SECONDS),
    items: input.summary.map((item) => ({
      ...item,
      planned: { ...item.planned },
      done: { ...item.done },
    })),
    feedback: [...feedback.items],
    painNow: feedback.painNow,
    note: feedback.note,
  };
  // Everything above comes from typed values; a failure here is a bug, and says which field.
  const parsed = sessionLogRequestSchema.safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `the session log is invalid: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`,
    );
  }
  return parsed.data;
}
