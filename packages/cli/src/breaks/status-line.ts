import {
  assertNever,
  localTimeOf,
  nextBreakDue,
  type BreakRoutine,
  type BreakState,
  type DailyBreakStats,
  type Reminder,
} from '@psoas/core';
import type { FormatOptions } from '../format/style.ts';
import { formatDuration, joinLines, plural } from '../format/text.ts';
import { reminderTitle } from './notify.ts';

/**
 * What `psoas breaks` prints, as pure functions of the scheduler's state and the clock: the
 * one-line status it redraws every second, the reminder with its routine, and `--status`.
 */

/** 754_000 -> "12:34"; an hour or more -> "1:02:03". Never negative. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(h > 0 ? 2 : 1, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm.padStart(2, '0')}:${ss}` : `${mm.padStart(2, '0')}:${ss}`;
}

export type StatusInput = {
  readonly state: BreakState;
  readonly now: number;
  /** Breaks today: taken and natural, the server's count at start plus this run's. */
  readonly breaksToday: number;
  /** A break being taken right now: when it started. */
  readonly onBreakSince: number | null;
};

function phaseText(input: StatusInput): string {
  const { state, now } = input;
  if (input.onBreakSince !== null) {
    return `on a break for ${formatCountdown(now - input.onBreakSince)}`;
  }
  const phase = state.phase;
  switch (phase.kind) {
    case 'off-hours': {
      const next = nextBreakDue(state);
      if (next === null) return 'no working hours set';
      const local = localTimeOf(next, state.settings.workingHours.timeZone);
      const hh = String(Math.floor(local.minuteOfDay / 60)).padStart(2, '0');
      const mm = String(local.minuteOfDay % 60).padStart(2, '0');
      return `outside working hours until ${local.weekday} ${hh}:${mm}`;
    }
    case 'sitting':
      if (state.meeting)
        return `break due in ${formatCountdown(phase.dueAt - now)}, held for the meeting`;
      return `next break in ${formatCountdown(phase.dueAt - now)}`;
    case 'reminding':
      return state.meeting
        ? 'break due, held until the meeting ends'
        : `break due now (${phase.urgency})`;
    case 'snoozed':
      return `snoozed for ${formatCountdown(phase.until - now)}`;
    case 'away':
      return `away for ${formatCountdown(now - phase.since)}`;
    default:
      return assertNever(phase);
  }
}

/** "next break in 12:34 · meeting off · 3 breaks today" */
export function formatStatusLine(input: StatusInput): string {
  const meeting = input.state.meeting ? 'meeting on' : 'meeting off';
  return [phaseText(input), meeting, `${plural(input.breaksToday, 'break')} today`].join(' · ');
}

/** The routine as numbered steps: "1. Standing hip flexor stretch, left side: 30 s". */
export function routineLines(routine: BreakRoutine): string[] {
  return routine.steps.map((step, i) => {
    const side = step.side === null ? '' : `, ${step.side} side`;
    return `  ${i + 1}. ${step.name}${side}: ${formatDuration(step.seconds)}`;
  });
}

export function formatReminder(
  reminder: Reminder,
  breakMinutes: number,
  format: FormatOptions,
): string {
  const { style } = format;
  const title = reminderTitle(reminder);
  const head = reminder.urgency === 'gentle' ? style.bold(title) : style.warn(title);
  return joinLines([
    head,
    `A ${breakMinutes}-minute break, walking if you can (${formatDuration(reminder.routine.totalSeconds)} routine):`,
    ...routineLines(reminder.routine),
    reminder.canSnooze
      ? style.dim('t take the break · z snooze · k skip')
      : style.dim('t take the break · k skip (no more snoozes for this one)'),
  ]);
}

/** 45 -> "45 min", 125 -> "2 h 5 min": whole minutes, as a dial shows them. */
export function minutesText(minutes: number): string {
  const total = Math.round(minutes);
  if (total < 60) return `${total} min`;
  const rest = total % 60;
  return rest === 0 ? `${Math.floor(total / 60)} h` : `${Math.floor(total / 60)} h ${rest} min`;
}

/** `psoas breaks --status`: today's numbers against the targets (evidence.md §4). */
export function formatDailyStats(day: DailyBreakStats, format: FormatOptions): string {
  const { style } = format;
  const min = minutesText;
  return joinLines([
    style.heading(`Breaks on ${day.date}`),
    `  sitting            ${min(day.sittingMinutes)} (longest stretch ${min(day.longestSittingMinutes)})`,
    `  breaks             ${day.breaksTaken} taken, ${day.naturalBreaks} natural, ${day.snoozed} snoozed, ${day.skipped} skipped, ${day.breaksOffered} offered`,
    `  standing & moving  ${min(day.standingMinutes)} of ${min(day.standingTargetMinutes)}${day.standingTargetMet ? ' (target met)' : ''}`,
    `  sitting budget     ${min(day.sedentaryBudgetMinutes)}${day.sedentaryOverBudgetMinutes > 0 ? style.warn(` (over by ${min(day.sedentaryOverBudgetMinutes)})`) : ''}`,
  ]);
}
