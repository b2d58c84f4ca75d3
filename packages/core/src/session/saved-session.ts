import { z } from 'zod';
import type { IsoDate } from '../plan/dates.ts';
import { planSessionSchema } from '../plan/api.schema.ts';
import type { PlanSession } from '../plan/plan.ts';
import { err, ok, type DomainError, type Result } from '../result.ts';
import { isoDateSchema } from '../wire.schema.ts';
import { sessionStateShapeSchema } from './saved-session.schema.ts';
import type { SessionState } from './session-state.ts';
import type { SessionStep } from './session-step.ts';

/**
 * A session in progress, saved so a player can resume it after a reload or a restart: the plan
 * day, the plan session it runs (to log it at the end) and the machine's state. Instants in the
 * state are on the shell's clock; a restored running state whose next tick comes after a long
 * gap pauses itself where it stood (session-state.ts, AUTO_PAUSE_AFTER_MS), so a session
 * resumed the next morning does not race through the steps it missed.
 *
 * Read back, a saved session is parsed again (CONVENTIONS.md, "Validation at the edges"): the
 * shapes, and the rules between fields the machine relies on, so a corrupt or foreign value is a
 * `SAVED_SESSION_INVALID` error and never a state that throws later.
 */

export const SAVED_SESSION_VERSION = 1;

export type SavedSession = {
  readonly version: typeof SAVED_SESSION_VERSION;
  /** The plan day the session belongs to, "YYYY-MM-DD". */
  readonly date: IsoDate;
  readonly planSession: PlanSession;
  readonly state: SessionState;
};

export type SavedSessionInvalid = DomainError<'SAVED_SESSION_INVALID'>;

type Issue = { readonly path: (string | number)[]; readonly message: string };

function stepProblems(steps: readonly SessionStep[]): Issue[] {
  const issues: Issue[] = [];
  for (const [i, step] of steps.entries()) {
    if (step.index !== i) issues.push({ path: ['steps', i, 'index'], message: `should be ${i}` });
    for (const [c, cue] of step.cues.entries()) {
      if (cue.atMs > step.durationMs) {
        issues.push({ path: ['steps', i, 'cues', c, 'atMs'], message: 'after the step ends' });
      }
    }
  }
  return issues;
}

function recordProblems(state: SessionState): Issue[] {
  const issues: Issue[] = [];
  let previous = -1;
  for (const [i, entry] of state.record.entries()) {
    const step = state.steps[entry.index];
    const path = ['record', i];
    if (!step || entry.index <= previous) {
      issues.push({ path: [...path, 'index'], message: 'not a step, or out of order' });
    } else if (entry.ranMs > step.durationMs) {
      issues.push({ path: [...path, 'ranMs'], message: 'longer than the step' });
    } else if ((step.kind === 'reps') !== (entry.repsDone !== null)) {
      issues.push({ path: [...path, 'repsDone'], message: 'reps only for a set of reps' });
    } else if (step.kind === 'reps' && (entry.repsDone ?? 0) > step.reps) {
      issues.push({ path: [...path, 'repsDone'], message: 'more reps than the set has' });
    }
    previous = entry.index;
  }
  return issues;
}

/** The rules between fields that the machine relies on (an index it can look a step up by). */
function positionProblems(state: SessionState): Issue[] {
  if (state.status === 'idle') {
    return state.record.length > 0 ? [{ path: ['record'], message: 'empty before start' }] : [];
  }
  const step = state.steps[state.index];
  if (state.status === 'finished') {
    const fits = step !== undefined || (state.steps.length === 0 && state.index === 0);
    return fits ? [] : [{ path: ['index'], message: 'not a step of the session' }];
  }
  if (!step) return [{ path: ['index'], message: 'not a step of the session' }];
  const issues: Issue[] = [];
  if (state.cueCursor > step.cues.length) {
    issues.push({ path: ['cueCursor'], message: 'past the step’s cues' });
  }
  if (state.status === 'running') {
    const left = state.deadline - state.lastAt;
    if (left < 0 || left > step.durationMs) {
      issues.push({ path: ['deadline'], message: 'not within the step' });
    }
    if (state.resumedAt > state.lastAt) {
      issues.push({ path: ['resumedAt'], message: 'after the last event' });
    }
  } else if (state.remainingMs > step.durationMs) {
    issues.push({ path: ['remainingMs'], message: 'longer than the step' });
  }
  return issues;
}

/** The saved-session format: shapes, then the rules between the state's fields. */
export const savedSessionSchema = z
  .strictObject({
    version: z.literal(SAVED_SESSION_VERSION),
    date: isoDateSchema,
    planSession: planSessionSchema,
    state: sessionStateShapeSchema,
  })
  .superRefine((saved, ctx) => {
    const { state } = saved;
    const issues = [
      ...stepProblems(state.steps),
      ...recordProblems(state),
      ...positionProblems(state),
    ];
    for (const { path, message } of issues) {
      ctx.addIssue({ code: 'custom', path: ['state', ...path], message });
    }
  });

/**
 * A session to save, as a JSON-safe value. The state's `cues` are left out (emptied): they were
 * played when the state was made, and a restored state must not play them again.
 */
export function saveSession(
  date: IsoDate,
  planSession: PlanSession,
  state: SessionState,
): SavedSession {
  return { version: SAVED_SESSION_VERSION, date, planSession, state: { ...state, cues: [] } };
}

/** A saved session read back (e.g. `JSON.parse` of what was stored), checked in full. */
export function parseSavedSession(json: unknown): Result<SavedSession, SavedSessionInvalid> {
  const parsed = savedSessionSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 20).map((i) => ({
      path: i.path.map(String).join('.'),
      message: i.message,
    }));
    return err({
      code: 'SAVED_SESSION_INVALID',
      message: 'The saved session cannot be resumed',
      details: { issues },
    });
  }
  const value: SavedSession = parsed.data;
  return ok(value);
}
