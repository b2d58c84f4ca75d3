import {
  nextBreakDue,
  summariseBreakState,
  type BreakKind,
  type BreakLogEntry,
  type BreakState,
  type Reminder,
  type RoutineStep,
} from '@psoas/core';
import type { FormatOptions } from '../format/style.ts';
import { formatDuration } from '../format/text.ts';
import type { IdleSource } from './idle.ts';
import { KEY_HELP, type KeyMode } from './keys.ts';
import type { FlushResult } from './outbox.ts';
import { formatReminder, formatStatusLine, type StatusInput } from './status-line.ts';

/**
 * Where `psoas breaks` shows things: a live terminal (a status line redrawn in place, messages
 * printed above it), NDJSON lines for scripts (--json), or plain lines when stdout is not a
 * terminal. The runner calls the same methods whichever it is.
 */
export type BreaksView = {
  readonly started: (state: BreakState, notify: string, idle: IdleSource) => void;
  readonly status: (input: StatusInput, mode: KeyMode) => void;
  readonly reminder: (reminder: Reminder, breakMinutes: number) => void;
  readonly log: (entry: BreakLogEntry) => void;
  readonly cleared: (why: string, at: number) => void;
  readonly rejected: (code: string, message: string, at: number) => void;
  readonly breakStarted: (kind: BreakKind, minutes: number) => void;
  readonly step: (step: RoutineStep, index: number, count: number) => void;
  readonly delivery: (result: FlushResult, pending: number) => void;
  readonly end: (unsent: number, dropped: number) => void;
};

const iso = (ms: number): string => new Date(ms).toISOString();

const BREAK_WORDS: Readonly<Record<BreakKind, string>> = {
  walk: 'Walk',
  stand: 'Stand',
  stretch: 'Stretch',
};

function stepText(step: RoutineStep, index: number, count: number): string {
  const side = step.side === null ? '' : `, ${step.side} side`;
  return `  [${index + 1}/${count}] ${step.name}${side}: ${formatDuration(step.seconds)}`;
}

function deliveryText(result: FlushResult, pending: number): string | null {
  switch (result.kind) {
    case 'kept':
      return `server not reachable (${result.reason}): ${pending} events kept, sent when it is back`;
    case 'refused':
      return `the server refused ${result.dropped} events: ${result.reason}`;
    case 'sent':
    case 'nothing':
      return null;
    default: {
      const never: never = result;
      return never;
    }
  }
}

/** Lines printed above the status line; `live` redraws the status line after each. */
export function createTextView(
  write: (text: string) => void,
  format: FormatOptions,
  live: boolean,
): BreaksView {
  let statusShown = false;
  let lastProblem: string | null = null;
  const clearStatus = () => {
    if (live && statusShown) write('\r\u001b[2K');
    statusShown = false;
  };
  const say = (text: string) => {
    clearStatus();
    write(`${text}\n`);
  };
  return {
    started(state, notify, idle) {
      say(
        format.style.dim(
          `Breaks every ${state.settings.intervalMinutes} min in working hours (${state.settings.workingHours.start}-${state.settings.workingHours.end}, ${state.settings.workingHours.timeZone}); reminders by ${notify}; away time from ${idle}.`,
        ),
      );
      if (live) say(format.style.dim(KEY_HELP.idle));
    },
    status(input, mode) {
      if (!live) return;
      const help = mode === 'idle' ? '' : `  ${KEY_HELP[mode]}`;
      write(`\r\u001b[2K${formatStatusLine(input)}${help}`);
      statusShown = true;
    },
    reminder(reminder, breakMinutes) {
      // The notifier rings the bell or shows a desktop notification; this is the text.
      say(formatReminder(reminder, breakMinutes, format).trimEnd());
    },
    log(entry) {
      if (entry.kind === 'natural-break') say('Welcome back: that counted as a break.');
      if (entry.kind === 'break-taken')
        say(`Break logged: ${entry.breakKind}, ${entry.minutes} min.`);
    },
    cleared(why) {
      if (why === 'meeting') say('Reminder held until the meeting ends.');
      if (why === 'off-hours') say('Working hours are over: no more reminders today.');
    },
    rejected(_code, message) {
      say(format.style.warn(message));
    },
    breakStarted(kind, minutes) {
      say(`${BREAK_WORDS[kind]} for ${minutes} min. Press Enter when you are back.`);
    },
    step(step, index, count) {
      say(`\u0007${stepText(step, index, count)}`);
    },
    delivery(result, pending) {
      const text = deliveryText(result, pending);
      // Said once per problem, not at every retry.
      if (text !== null && text !== lastProblem) say(format.style.warn(text));
      lastProblem = text;
    },
    end(unsent, dropped) {
      clearStatus();
      if (unsent > 0) say(`${unsent} events could not be sent to the server.`);
      if (dropped > 0) say(`${dropped} events were dropped.`);
    },
  };
}

/** NDJSON, one object per line, instants as ISO strings (`psoas breaks --json`). */
export function createJsonView(write: (text: string) => void): BreaksView {
  const line = (value: Record<string, unknown>) => write(`${JSON.stringify(value)}\n`);
  return {
    started(state, notify, idle) {
      const due = nextBreakDue(state);
      line({
        type: 'start',
        settings: state.settings,
        notify,
        idle,
        nextDueAt: due === null ? null : iso(due),
        state: summariseBreakState(state),
      });
    },
    status: () => undefined,
    reminder(reminder) {
      line({ type: 'reminder', ...reminder, at: iso(reminder.at), dueAt: iso(reminder.dueAt) });
    },
    log(entry) {
      const times =
        'from' in entry ? { from: iso(entry.from), to: iso(entry.to) } : { at: iso(entry.at) };
      line({ type: 'log', entry: { ...entry, ...times } });
    },
    cleared(why, at) {
      line({ type: 'cleared', why, at: iso(at) });
    },
    rejected(code, message, at) {
      line({ type: 'rejected', code, message, at: iso(at) });
    },
    breakStarted(kind, minutes) {
      line({ type: 'break-started', breakKind: kind, minutes });
    },
    step(step, index, count) {
      line({ type: 'step', index, count, ...step });
    },
    delivery(result, pending) {
      if (result.kind !== 'nothing') line({ type: 'delivery', ...result, pending });
    },
    end(unsent, dropped) {
      line({ type: 'end', unsent, dropped });
    },
  };
}
