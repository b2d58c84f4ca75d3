import { assertNever } from '../result.ts';
import type { BreakSettings } from './break-settings.schema.ts';
import { addMinutes, laterOf, MINUTE_MS, type Instant } from '../time/instant.ts';
import { routineForBreak } from './routine.ts';
import {
  endMeeting,
  endSitting,
  followWorkingHours,
  reject,
  shiftInstants,
  startInterval,
  type Step,
} from './scheduler-steps.ts';
import type {
  BreakEvent,
  BreakLogEntry,
  BreakOutput,
  BreakState,
  BreakTransition,
  ReminderReason,
  Urgency,
} from './scheduler.types.ts';
import { workingPeriodFrom } from './working-time.ts';

/**
 * The sitting-break scheduler (issue 6) as a pure reducer: `transitionBreaks(state, event)`
 * returns the next state and what the shell should do. Rules:
 *
 * - A reminder comes `intervalMinutes` after the interval started (the last break, a skip, or
 *   the start of working hours), only inside working hours, never during a meeting or a
 *   snooze. Reminders for different breaks are at least an interval apart, whatever happens.
 * - Time away (idle, locked, asleep) of at least the break length is a natural break: the
 *   interval restarts when the person is back. A shorter absence changes nothing. Absence
 *   during a meeting is not a break (a meeting is not an absence: research §2.1).
 * - A meeting holds a due or shown reminder and presents it when the meeting ends: postponed,
 *   never cancelled. A forgotten meeting mode ends after `meetingMode.maxMinutes`.
 * - Snooze: `snooze.minutes`, at most `snooze.maxInARow` in a row for one break.
 * - Skips in a row (an unanswered reminder counts as one, after a whole interval) raise the
 *   reminder's urgency, never its frequency. A break taken or natural resets them, and so does
 *   a new working day.
 * - No pile of reminders: there is one deadline, so a laptop waking or a tick long after the
 *   last one fires at most one reminder, and the next comes an interval later. When the wall
 *   clock is changed (`clock-jumped`, or time running backwards) every deadline moves with it,
 *   as Workrave does: the jump itself is not time spent sitting.
 */

/** Skips in a row before the reminder becomes firm, and then insistent. */
export const FIRM_AFTER_SKIPS = 2;
export const INSISTENT_AFTER_SKIPS = 4;

/** The urgency of a reminder after `skipsInARow` skipped or unanswered reminders. */
export function urgencyForSkips(skipsInARow: number): Urgency {
  if (skipsInARow >= INSISTENT_AFTER_SKIPS) return 'insistent';
  if (skipsInARow >= FIRM_AFTER_SKIPS) return 'firm';
  return 'gentle';
}

/** The scheduler's state when it starts (or restarts without saved state) at `now`. */
export function initialBreakState(settings: BreakSettings, now: Instant): BreakState {
  const state: BreakState = {
    settings,
    phase: { kind: 'off-hours' },
    meeting: null,
    lastEventAt: now,
    sittingSince: null,
    period: workingPeriodFrom(now, settings.workingHours),
    lastReminderAt: null,
    skipsInARow: 0,
    snoozesInARow: 0,
    breaksOffered: 0,
  };
  const out: BreakOutput[] = [];
  return followWorkingHours(state, now, out);
}

/** One step of the scheduler. Pure: the input state is never changed. */
export function transitionBreaks(state: BreakState, event: BreakEvent): BreakTransition {
  const out: BreakOutput[] = [];
  const now = event.now;
  let s = state;
  if (event.kind === 'clock-jumped' || now < s.lastEventAt) s = shiftInstants(s, now);
  if (event.kind === 'settings-changed') s = withSettings(s, event.settings, now);
  s = followWorkingHours(s, now, out);
  if (s.meeting && now >= s.meeting.expiresAt) s = endMeeting(s, now, out, present);
  s = applyEvent(s, event, out);
  s = fireDue(s, now, out);
  return { state: s.lastEventAt === now ? s : { ...s, lastEventAt: now }, outputs: out };
}

function applyEvent(s: BreakState, event: BreakEvent, out: BreakOutput[]): BreakState {
  const now = event.now;
  switch (event.kind) {
    case 'tick':
    case 'clock-jumped':
    case 'settings-changed':
      return s;
    case 'activity':
      return s.phase.kind === 'away' ? endAbsence(s, now, out) : s;
    case 'idle':
      return startAbsence(s, event.since, now);
    case 'break-taken':
      return takeBreak(s, event, out);
    case 'snooze':
      return snooze(s, now, out);
    case 'skip':
      return skip(s, now, out);
    case 'meeting-start': {
      const expiresAt = addMinutes(now, s.settings.meetingMode.maxMinutes);
      if (s.phase.kind === 'reminding')
        out.push({ kind: 'reminder-cleared', at: now, why: 'meeting' });
      return { ...s, meeting: { since: s.meeting?.since ?? now, expiresAt } };
    }
    case 'meeting-end':
      return s.meeting ? endMeeting(s, now, out, present) : reject(s, now, out, 'BREAK_NO_MEETING');
    default:
      return assertNever(event);
  }
}

function withSettings(s: BreakState, settings: BreakSettings, now: Instant): BreakState {
  const period = workingPeriodFrom(now, settings.workingHours);
  const phase =
    s.phase.kind === 'sitting'
      ? { ...s.phase, dueAt: addMinutes(s.phase.startedAt, settings.intervalMinutes) }
      : s.phase;
  return { ...s, settings, period, phase };
}

function startAbsence(s: BreakState, since: Instant, now: Instant): BreakState {
  const from = since <= now ? since : now;
  switch (s.phase.kind) {
    case 'off-hours':
      return s;
    case 'away':
      return from < s.phase.since ? { ...s, phase: { ...s.phase, since: from } } : s;
    case 'sitting':
    case 'reminding':
    case 'snoozed':
      return { ...s, phase: { kind: 'away', since: from, resume: s.phase } };
    default:
      return assertNever(s.phase);
  }
}

/** Back from an absence: a natural break if it lasted the break length (and was no meeting). */
function endAbsence(s: BreakState, now: Instant, out: BreakOutput[]): BreakState {
  if (s.phase.kind !== 'away') return s;
  const { since, resume } = s.phase;
  if (s.meeting || now - since < s.settings.breakMinutes * MINUTE_MS)
    return { ...s, phase: resume };
  const ended = endSitting(s, laterOf(since, s.sittingSince ?? since), out);
  out.push({ kind: 'log', entry: { kind: 'natural-break', from: since, to: now } });
  if (resume.kind !== 'sitting') out.push({ kind: 'reminder-cleared', at: now, why: 'break' });
  return startInterval(ended, now, true);
}

function takeBreak(
  s: BreakState,
  event: Extract<BreakEvent, { kind: 'break-taken' }>,
  out: BreakOutput[],
): BreakState {
  const { now, minutes, breakKind } = event;
  out.push({ kind: 'log', entry: { kind: 'break-taken', at: now, minutes, breakKind } });
  if (s.phase.kind === 'off-hours') return s;
  const shown = s.phase.kind === 'away' ? s.phase.resume.kind : s.phase.kind;
  const breakStart = addMinutes(now, -Math.max(0, minutes));
  const awaySince = s.phase.kind === 'away' ? s.phase.since : now;
  const sittingEnd = awaySince < breakStart ? awaySince : breakStart;
  const ended = endSitting(s, laterOf(sittingEnd, s.sittingSince ?? sittingEnd), out);
  if (shown !== 'sitting') out.push({ kind: 'reminder-cleared', at: now, why: 'break' });
  return startInterval(ended, now, true);
}

function snooze(s: BreakState, now: Instant, out: BreakOutput[]): BreakState {
  if (s.phase.kind !== 'reminding') return reject(s, now, out, 'BREAK_NOTHING_TO_SNOOZE');
  if (s.snoozesInARow >= s.settings.snooze.maxInARow) {
    return reject(s, now, out, 'BREAK_SNOOZE_LIMIT');
  }
  const { dueAt, urgency } = s.phase;
  out.push({ kind: 'log', entry: { kind: 'snoozed', at: now } });
  out.push({ kind: 'reminder-cleared', at: now, why: 'snoozed' });
  const until = addMinutes(now, s.settings.snooze.minutes);
  return {
    ...s,
    phase: { kind: 'snoozed', dueAt, until, urgency },
    snoozesInARow: s.snoozesInARow + 1,
  };
}

function skip(s: BreakState, now: Instant, out: BreakOutput[]): BreakState {
  if (s.phase.kind !== 'reminding' && s.phase.kind !== 'snoozed') {
    return reject(s, now, out, 'BREAK_NOTHING_TO_SKIP');
  }
  out.push({ kind: 'log', entry: { kind: 'skipped', at: now, how: 'explicit' } });
  out.push({ kind: 'reminder-cleared', at: now, why: 'skipped' });
  return startInterval({ ...s, skipsInARow: s.skipsInARow + 1 }, now, false);
}

/** Sends whatever reminder is due at `now`, at most one. */
function fireDue(s: BreakState, now: Instant, out: BreakOutput[]): BreakState {
  if (s.meeting) return s;
  const interval = s.settings.intervalMinutes;
  const phase = s.phase;
  switch (phase.kind) {
    case 'off-hours':
    case 'away':
      return s;
    case 'sitting': {
      if (now < phase.dueAt) return s;
      // The guard behind "never more often than the interval", whatever the path here.
      const earliest = s.lastReminderAt === null ? now : addMinutes(s.lastReminderAt, interval);
      if (now < earliest) return { ...s, phase: { ...phase, dueAt: earliest } };
      const next = { ...s, breaksOffered: s.breaksOffered + 1, snoozesInARow: 0 };
      return present(next, now, phase.dueAt, urgencyForSkips(s.skipsInARow), 'due', out);
    }
    case 'reminding': {
      if (now < addMinutes(phase.remindedAt, interval)) return s;
      const skips = s.skipsInARow + 1;
      out.push({ kind: 'log', entry: { kind: 'skipped', at: now, how: 'ignored' } });
      const next = { ...s, skipsInARow: skips };
      return present(next, now, phase.dueAt, urgencyForSkips(skips), 'repeat', out);
    }
    case 'snoozed':
      if (now < phase.until) return s;
      return present(s, now, phase.dueAt, phase.urgency, 'snooze-over', out);
    default:
      return assertNever(phase);
  }
}

/** Shows the current break's reminder now. */
const present: Step = (s, now, dueAt, urgency, reason: ReminderReason, out) => {
  const routine = routineForBreak(Math.max(0, s.breaksOffered - 1), s.settings.breakMinutes);
  const canSnooze = s.snoozesInARow < s.settings.snooze.maxInARow;
  out.push({ kind: 'reminder', at: now, dueAt, urgency, reason, canSnooze, routine });
  out.push({ kind: 'log', entry: { kind: 'reminded', at: now, urgency, reason } });
  return {
    ...s,
    phase: { kind: 'reminding', dueAt, remindedAt: now, urgency },
    lastReminderAt: now,
  };
};

/**
 * The next instant at which a tick can make the scheduler act (a reminder, a repeat, the end of
 * a snooze, a meeting running out, working hours starting or ending); null when nothing is
 * scheduled (away until the person is back, or no working days). Shells that cannot tick all
 * the time, like the server's push queue, schedule their next tick here.
 */
export function nextBreakDue(state: BreakState): Instant | null {
  const { phase, period, meeting, settings } = state;
  const candidates: Instant[] = [];
  if (period) candidates.push(phase.kind === 'off-hours' ? period.start : period.end);
  if (meeting) candidates.push(meeting.expiresAt);
  if (!meeting) {
    if (phase.kind === 'sitting') candidates.push(phase.dueAt);
    if (phase.kind === 'snoozed') candidates.push(phase.until);
    if (phase.kind === 'reminding') {
      candidates.push(addMinutes(phase.remindedAt, settings.intervalMinutes));
    }
  }
  if (candidates.length === 0) return null;
  return candidates.reduce((a, b) => (b < a ? b : a));
}

/** The sitting stretch still open at `now`, to add to today's log for live statistics. */
export function openSittingStretch(state: BreakState, now: Instant): BreakLogEntry | null {
  const from = state.sittingSince;
  if (from === null) return null;
  const to = state.phase.kind === 'away' && state.phase.since < now ? state.phase.since : now;
  return to > from ? { kind: 'sat', from, to } : null;
}
