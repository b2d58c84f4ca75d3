import { assertNever } from '../result.ts';
import { addMinutes, MINUTE_MS, type Instant } from '../time/instant.ts';
import type {
  BreakOutput,
  BreakPhase,
  BreakRejectionCode,
  BreakState,
  ReminderReason,
  Urgency,
} from './scheduler.types.ts';
import { workingPeriodFrom } from './working-time.ts';

/** Building blocks of the scheduler's reducer (scheduler.ts); each returns a new state. */

/** Shows a reminder: passed in by scheduler.ts, which owns the routine and the urgency. */
export type Step = (
  s: BreakState,
  now: Instant,
  dueAt: Instant,
  urgency: Urgency,
  reason: ReminderReason,
  out: BreakOutput[],
) => BreakState;

const REJECTION_TEXT: Readonly<Record<BreakRejectionCode, string>> = {
  BREAK_NOTHING_TO_SNOOZE: 'There is no reminder to snooze.',
  BREAK_SNOOZE_LIMIT: 'This break has been snoozed as often as allowed in a row.',
  BREAK_NOTHING_TO_SKIP: 'There is no reminder to skip.',
  BREAK_NO_MEETING: 'No meeting is running.',
};

export function reject(
  s: BreakState,
  at: Instant,
  out: BreakOutput[],
  code: BreakRejectionCode,
): BreakState {
  out.push({ kind: 'rejected', at, error: { code, message: REJECTION_TEXT[code] } });
  return s;
}

/** Closes the open sitting stretch at `at` and logs it. */
export function endSitting(s: BreakState, at: Instant, out: BreakOutput[]): BreakState {
  const from = s.sittingSince;
  if (from === null) return s;
  if (at > from) out.push({ kind: 'log', entry: { kind: 'sat', from, to: at } });
  return { ...s, sittingSince: null };
}

/**
 * Starts a new interval at `now`. `rested`: the person moved (a break, natural or taken, or a new
 * working day), which resets the skip streak; a skip keeps it and keeps the sitting stretch open.
 */
export function startInterval(s: BreakState, now: Instant, rested: boolean): BreakState {
  return {
    ...s,
    phase: {
      kind: 'sitting',
      startedAt: now,
      dueAt: addMinutes(now, s.settings.intervalMinutes),
    },
    sittingSince: s.sittingSince ?? now,
    snoozesInARow: 0,
    skipsInARow: rested ? 0 : s.skipsInARow,
  };
}

function showsReminder(phase: BreakPhase): boolean {
  const shown = phase.kind === 'away' ? phase.resume.kind : phase.kind;
  return shown === 'reminding' || shown === 'snoozed';
}

/** Working hours are over (at `at`): close the day's sitting and any reminder. */
function closeDay(s: BreakState, at: Instant, out: BreakOutput[]): BreakState {
  let end = at;
  if (s.phase.kind === 'away') {
    const since = s.phase.since < at ? s.phase.since : at;
    if (at - since >= s.settings.breakMinutes * MINUTE_MS) {
      out.push({ kind: 'log', entry: { kind: 'natural-break', from: since, to: at } });
    }
    end = since;
  }
  if (showsReminder(s.phase)) out.push({ kind: 'reminder-cleared', at, why: 'off-hours' });
  const ended = endSitting(
    s,
    s.sittingSince !== null && end < s.sittingSince ? s.sittingSince : end,
    out,
  );
  return { ...ended, phase: { kind: 'off-hours' }, snoozesInARow: 0 };
}

/**
 * Keeps the phase in step with working hours. The working period is cached in the state and
 * only recomputed once it is over, so a tick costs no time-zone arithmetic. A new working day
 * starts fresh: no skip streak carried over, the interval from the first event of the day.
 */
export function followWorkingHours(s: BreakState, now: Instant, out: BreakOutput[]): BreakState {
  const old = s.period;
  const period =
    old === null || now < old.end ? old : workingPeriodFrom(now, s.settings.workingHours);
  let next = period === old ? s : { ...s, period };
  const working = period !== null && period.start <= now && now < period.end;
  if (next.phase.kind !== 'off-hours' && (!working || period !== old)) {
    next = closeDay(next, old !== null && old.end <= now ? old.end : now, out);
  }
  if (working && next.phase.kind === 'off-hours') {
    next = startInterval({ ...next, sittingSince: null }, now, true);
  }
  return next;
}

/** Ends the meeting; a reminder it held back is shown again now. */
export function endMeeting(
  s: BreakState,
  now: Instant,
  out: BreakOutput[],
  present: Step,
): BreakState {
  const next = { ...s, meeting: null };
  if (next.phase.kind !== 'reminding') return next;
  return present(next, now, next.phase.dueAt, next.phase.urgency, 'resumed', out);
}

/**
 * The wall clock moved by (now - lastEventAt) without time passing: move every instant with it,
 * so the remaining time of each deadline is kept and the jump is not counted as sitting
 * (Workrave's `process_timewarp`, research §3).
 */
export function shiftInstants(s: BreakState, now: Instant): BreakState {
  const delta = now - s.lastEventAt;
  const sh = (t: Instant): Instant => (t + delta) as Instant;
  const phase = shiftPhase(s.phase, sh);
  return {
    ...s,
    phase,
    meeting: s.meeting ? { since: sh(s.meeting.since), expiresAt: sh(s.meeting.expiresAt) } : null,
    lastEventAt: now,
    sittingSince: s.sittingSince === null ? null : sh(s.sittingSince),
    lastReminderAt: s.lastReminderAt === null ? null : sh(s.lastReminderAt),
    period: workingPeriodFrom(now, s.settings.workingHours),
  };
}

function shiftPhase<P extends BreakPhase>(phase: P, sh: (t: Instant) => Instant): P;
function shiftPhase(phase: BreakPhase, sh: (t: Instant) => Instant): BreakPhase {
  switch (phase.kind) {
    case 'off-hours':
      return phase;
    case 'sitting':
      return { ...phase, startedAt: sh(phase.startedAt), dueAt: sh(phase.dueAt) };
    case 'reminding':
      return { ...phase, dueAt: sh(phase.dueAt), remindedAt: sh(phase.remindedAt) };
    case 'snoozed':
      return { ...phase, dueAt: sh(phase.dueAt), until: sh(phase.until) };
    case 'away':
      return { ...phase, since: sh(phase.since), resume: shiftPhase(phase.resume, sh) };
    default:
      return assertNever(phase);
  }
}
