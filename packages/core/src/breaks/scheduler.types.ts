import type { DomainError } from '../result.ts';
import type { BreakSettings } from './break-settings.schema.ts';
import type { Instant } from '../time/instant.ts';
import type { BreakRoutine } from './routine.ts';
import type { WorkingPeriod } from './working-time.ts';

/**
 * The break scheduler's events, states and outputs. Every event carries the instant it
 * happened at: the reducer never reads a clock.
 */

/** How a break was spent; walking is preferred (dunstan-2012, hedge-cornell). */
export type BreakKind = 'walk' | 'stand' | 'stretch';

export type BreakEvent =
  /** The shell's heartbeat (about once a second to once a minute while it runs). */
  | { readonly kind: 'tick'; readonly now: Instant }
  /** The person is at the device: keyboard, mouse or touch. Ends an absence. */
  | { readonly kind: 'activity'; readonly now: Instant }
  /** The person has been away (idle, screen locked, device asleep) since `since`. */
  | { readonly kind: 'idle'; readonly now: Instant; readonly since: Instant }
  /** The person reports a break that ended now and lasted `minutes`. */
  | {
      readonly kind: 'break-taken';
      readonly now: Instant;
      readonly minutes: number;
      readonly breakKind: BreakKind;
    }
  | { readonly kind: 'snooze'; readonly now: Instant }
  | { readonly kind: 'skip'; readonly now: Instant }
  | { readonly kind: 'meeting-start'; readonly now: Instant }
  | { readonly kind: 'meeting-end'; readonly now: Instant }
  /** New settings, already parsed with `breakSettingsSchema`. */
  | { readonly kind: 'settings-changed'; readonly now: Instant; readonly settings: BreakSettings }
  /** The wall clock was changed (time zone travel, manual change, NTP step). */
  | { readonly kind: 'clock-jumped'; readonly now: Instant };

/** Event constructors, so shells and tests read like the issue: `breakEvents.tick(now)`. */
export const breakEvents = {
  tick: (now: Instant): BreakEvent => ({ kind: 'tick', now }),
  activity: (now: Instant): BreakEvent => ({ kind: 'activity', now }),
  idle: (now: Instant, since: Instant): BreakEvent => ({ kind: 'idle', now, since }),
  breakTaken: (now: Instant, minutes: number, breakKind: BreakKind): BreakEvent => ({
    kind: 'break-taken',
    now,
    minutes,
    breakKind,
  }),
  snooze: (now: Instant): BreakEvent => ({ kind: 'snooze', now }),
  skip: (now: Instant): BreakEvent => ({ kind: 'skip', now }),
  meetingStart: (now: Instant): BreakEvent => ({ kind: 'meeting-start', now }),
  meetingEnd: (now: Instant): BreakEvent => ({ kind: 'meeting-end', now }),
  settingsChanged: (now: Instant, settings: BreakSettings): BreakEvent => ({
    kind: 'settings-changed',
    now,
    settings,
  }),
  clockJumped: (now: Instant): BreakEvent => ({ kind: 'clock-jumped', now }),
} as const;

/**
 * How persistent a reminder is; shells decide what each level looks like (for example a quiet
 * notification, then one with sound that stays, then an in-app banner as well). It rises with
 * skips in a row, never the frequency (Big Stretch Reminder's escalation, research §1).
 */
export type Urgency = 'gentle' | 'firm' | 'insistent';

/** Why a reminder is sent now. Only `due` starts a new break; the others present it again. */
export type ReminderReason =
  | 'due'
  /** The reminder went unanswered for a whole interval; counted as a skip. */
  | 'repeat'
  | 'snooze-over'
  /** Held back by a meeting or a short absence, now shown. */
  | 'resumed';

export type Reminder = {
  readonly kind: 'reminder';
  readonly at: Instant;
  readonly dueAt: Instant;
  readonly urgency: Urgency;
  readonly reason: ReminderReason;
  readonly canSnooze: boolean;
  readonly routine: BreakRoutine;
};

/** The entries a day's statistics are computed from (daily-stats.ts); store them as they come. */
export type BreakLogEntry =
  /** A stretch of sitting at work, closed by a break, an absence or the end of working hours. */
  | { readonly kind: 'sat'; readonly from: Instant; readonly to: Instant }
  | {
      readonly kind: 'reminded';
      readonly at: Instant;
      readonly urgency: Urgency;
      readonly reason: ReminderReason;
    }
  | {
      readonly kind: 'break-taken';
      readonly at: Instant;
      readonly minutes: number;
      readonly breakKind: BreakKind;
    }
  /** Time away of at least the break length. */
  | { readonly kind: 'natural-break'; readonly from: Instant; readonly to: Instant }
  | { readonly kind: 'snoozed'; readonly at: Instant }
  | { readonly kind: 'skipped'; readonly at: Instant; readonly how: 'explicit' | 'ignored' };

export type BreakRejectionCode =
  'BREAK_NOTHING_TO_SNOOZE' | 'BREAK_SNOOZE_LIMIT' | 'BREAK_NOTHING_TO_SKIP' | 'BREAK_NO_MEETING';

export type BreakOutput =
  | Reminder
  /** Take down any reminder on screen: the break is held, done or out of hours. */
  | {
      readonly kind: 'reminder-cleared';
      readonly at: Instant;
      readonly why: 'meeting' | 'break' | 'off-hours' | 'skipped' | 'snoozed';
    }
  | { readonly kind: 'log'; readonly entry: BreakLogEntry }
  | {
      readonly kind: 'rejected';
      readonly at: Instant;
      readonly error: DomainError<BreakRejectionCode>;
    };

/** A reminder is out and waiting for take, snooze or skip. */
export type RemindingPhase = {
  readonly kind: 'reminding';
  readonly dueAt: Instant;
  readonly remindedAt: Instant;
  readonly urgency: Urgency;
};
export type SittingPhase = {
  readonly kind: 'sitting';
  /** When this interval started: the last break, skip, or the start of working hours. */
  readonly startedAt: Instant;
  readonly dueAt: Instant;
};
export type SnoozedPhase = {
  readonly kind: 'snoozed';
  readonly dueAt: Instant;
  readonly until: Instant;
  readonly urgency: Urgency;
};

export type BreakPhase =
  | { readonly kind: 'off-hours' }
  | SittingPhase
  | RemindingPhase
  | SnoozedPhase
  /** Away since `since`; a short absence returns to `resume`. */
  | {
      readonly kind: 'away';
      readonly since: Instant;
      readonly resume: SittingPhase | RemindingPhase | SnoozedPhase;
    };

export type BreakState = {
  readonly settings: BreakSettings;
  readonly phase: BreakPhase;
  readonly meeting: { readonly since: Instant; readonly expiresAt: Instant } | null;
  /** The last event's instant, to notice the clock going backwards. */
  readonly lastEventAt: Instant;
  /** Start of the current sitting stretch, for the log; null when not sitting at work. */
  readonly sittingSince: Instant | null;
  /** The working period that contains `lastEventAt` or comes next; null if there is none. */
  readonly period: WorkingPeriod | null;
  readonly lastReminderAt: Instant | null;
  readonly skipsInARow: number;
  readonly snoozesInARow: number;
  /** Breaks offered so far: the rotation counter for routines. */
  readonly breaksOffered: number;
};

/** One step of the reducer: the new state and what the shell should do or store. */
export type BreakTransition = {
  readonly state: BreakState;
  readonly outputs: readonly BreakOutput[];
};
