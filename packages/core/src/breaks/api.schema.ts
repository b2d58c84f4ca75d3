import { z } from 'zod';
import { exerciseIdSchema } from '../catalogue/exercise.schema.ts';
import { asInstant, type Instant } from '../time/instant.ts';
import { assertNever } from '../result.ts';
import { instantSchema, isoDateSchema, list, type Expect, type Mirrors } from '../wire.schema.ts';
import { breakSettingsSchema } from './break-settings.schema.ts';
import type { DailyBreakStats, WeeklyBreakStats } from './daily-stats.ts';
import { routineForBreak, type BreakRoutine, type RoutineStep } from './routine.ts';
import { nextBreakDue, urgencyForSkips } from './scheduler.ts';
import type {
  BreakEvent,
  BreakKind,
  BreakPhase,
  BreakState,
  ReminderReason,
  Urgency,
} from './scheduler.types.ts';

/**
 * Wire schemas of the sitting-break API (issue 6), shared by the server, the web app and the
 * CLI. Clients run the scheduler themselves for instant reminders and post the events they fed
 * it; the server feeds the same events to its own copy, so everything a client shows can be
 * recomputed on the server. Instants travel as ISO strings and become core `Instant`s (epoch
 * ms) at the edge, with `fromWireEvent` / `toWireEvent`.
 */

// ---------------------------------------------------------------- small enums

export const BREAK_KINDS = ['walk', 'stand', 'stretch'] as const;
export const breakKindSchema = z.enum(BREAK_KINDS);
export const URGENCIES = ['gentle', 'firm', 'insistent'] as const;
export const urgencySchema = z.enum(URGENCIES);
export const REMINDER_REASONS = ['due', 'repeat', 'snooze-over', 'resumed'] as const;
export const reminderReasonSchema = z.enum(REMINDER_REASONS);
export const BREAK_PHASE_KINDS = ['off-hours', 'sitting', 'reminding', 'snoozed', 'away'] as const;
export const breakPhaseKindSchema = z.enum(BREAK_PHASE_KINDS);

/** Where the events come from: the web app's tab or `psoas breaks` in a terminal. */
export const BREAK_EVENT_SOURCES = ['web', 'cli'] as const;
export const breakEventSourceSchema = z.enum(BREAK_EVENT_SOURCES);
export type BreakEventSource = z.infer<typeof breakEventSourceSchema>;

// ---------------------------------------------------------------- events

const at = { now: instantSchema };

/** A reported break lasts at most this long: longer is a lunch, not a break from sitting. */
export const BREAK_TAKEN_MAX_MINUTES = 240;

const tickWire = z.strictObject({ kind: z.literal('tick'), ...at });
const activityWire = z.strictObject({ kind: z.literal('activity'), ...at });
const idleWire = z.strictObject({ kind: z.literal('idle'), ...at, since: instantSchema });
const breakTakenWire = z.strictObject({
  kind: z.literal('break-taken'),
  ...at,
  minutes: z.number().min(0).max(BREAK_TAKEN_MAX_MINUTES),
  breakKind: breakKindSchema,
});
const snoozeWire = z.strictObject({ kind: z.literal('snooze'), ...at });
const skipWire = z.strictObject({ kind: z.literal('skip'), ...at });
const meetingStartWire = z.strictObject({ kind: z.literal('meeting-start'), ...at });
const meetingEndWire = z.strictObject({ kind: z.literal('meeting-end'), ...at });
const settingsChangedWire = z.strictObject({
  kind: z.literal('settings-changed'),
  ...at,
  settings: breakSettingsSchema,
});
const clockJumpedWire = z.strictObject({ kind: z.literal('clock-jumped'), ...at });

/** Every `BreakEvent` kind, instants as ISO strings. */
export const breakEventWireSchema = z.discriminatedUnion('kind', [
  tickWire,
  activityWire,
  idleWire,
  breakTakenWire,
  snoozeWire,
  skipWire,
  meetingStartWire,
  meetingEndWire,
  settingsChangedWire,
  clockJumpedWire,
]);
export type BreakEventWire = z.infer<typeof breakEventWireSchema>;

/**
 * The events a client may post: every kind but `settings-changed`. Settings change through
 * `PUT /api/breaks/settings`, which feeds the event to the server's copy itself; a client feeds
 * it to its own reducer and does not post it, so a stale offline change cannot overwrite newer
 * settings.
 */
export const clientBreakEventWireSchema = z.discriminatedUnion('kind', [
  tickWire,
  activityWire,
  idleWire,
  breakTakenWire,
  snoozeWire,
  skipWire,
  meetingStartWire,
  meetingEndWire,
  clockJumpedWire,
]);
export type ClientBreakEventWire = z.infer<typeof clientBreakEventWireSchema>;

/**
 * A client's id for one event, chosen once and sent again unchanged on every retry, so an event
 * is applied once however often it is posted.
 */
export const breakEventIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,100}$/, { message: '8-100 letters, digits, "-" or "_"' });

export const BREAK_EVENTS_MAX = 500;

/**
 * `POST /api/breaks/events`. Post every event fed to the local reducer except `settings-changed`
 * and ticks that produced no output (those change nothing the server needs). Events may come
 * late and in any order: the server applies the new ones sorted by instant.
 */
export const breakEventsRequestSchema = z.strictObject({
  source: breakEventSourceSchema,
  events: z
    .array(z.strictObject({ id: breakEventIdSchema, event: clientBreakEventWireSchema }))
    .max(BREAK_EVENTS_MAX)
    .refine((events) => new Set(events.map((e) => e.id)).size === events.length, {
      message: 'each event id once per request',
    }),
});
export type BreakEventsRequest = z.infer<typeof breakEventsRequestSchema>;

// ---------------------------------------------------------------- state summary

export const routineStepSchema = z.object({
  exerciseId: exerciseIdSchema,
  name: z.string(),
  seconds: z.number(),
  side: z.enum(['left', 'right']).nullable(),
});
export const breakRoutineSchema = z.object({
  rotation: z.number(),
  steps: list(routineStepSchema),
  totalSeconds: z.number(),
});

/** What a client needs to show the scheduler's state; not the whole `BreakState`. */
export const breakStateSummarySchema = z.object({
  phase: breakPhaseKindSchema,
  /** When the scheduler next acts (see `nextBreakDue`); null when nothing is scheduled. */
  nextDueAt: instantSchema.nullable(),
  meeting: z.object({ since: instantSchema, expiresAt: instantSchema }).nullable(),
  /** The shown reminder's urgency, or the next reminder's when none is shown. */
  urgency: urgencySchema,
  skipsInARow: z.number(),
  snoozesInARow: z.number(),
  /** The current break's routine while a reminder is out (or snoozed); null otherwise. */
  routine: breakRoutineSchema.nullable(),
  /** Start of the open sitting stretch at work; null when not sitting at work. */
  sittingSince: instantSchema.nullable(),
  /** The instant of the last event applied. */
  lastEventAt: instantSchema,
});
export type BreakStateSummary = z.infer<typeof breakStateSummarySchema>;

export const breakEventsResponseSchema = z.object({
  /** New events applied by this request. */
  accepted: z.number(),
  /** Events whose id was stored before; ignored. */
  duplicates: z.number(),
  state: breakStateSummarySchema,
});
export type BreakEventsResponse = z.infer<typeof breakEventsResponseSchema>;

// ---------------------------------------------------------------- settings

export const breakSettingsResponseSchema = z.object({
  settings: breakSettingsSchema,
  /** True until settings were stored: the defaults in the zone of the latest intake, or UTC. */
  isDefault: z.boolean(),
});
export type BreakSettingsResponse = z.infer<typeof breakSettingsResponseSchema>;

// ---------------------------------------------------------------- statistics

export const dailyBreakStatsSchema = z.object({
  date: z.string(),
  sittingMinutes: z.number(),
  longestSittingMinutes: z.number(),
  breaksOffered: z.number(),
  breaksTaken: z.number(),
  naturalBreaks: z.number(),
  snoozed: z.number(),
  skipped: z.number(),
  standingMinutes: z.number(),
  walkingMinutes: z.number(),
  awayMinutes: z.number(),
  standingTargetMinutes: z.number(),
  standingTargetMet: z.boolean(),
  sedentaryBudgetMinutes: z.number(),
  sedentaryOverBudgetMinutes: z.number(),
});

export const weeklyBreakStatsSchema = z.object({
  days: z.number(),
  sittingMinutes: z.number(),
  averageSittingMinutes: z.number(),
  longestSittingMinutes: z.number(),
  breaksOffered: z.number(),
  breaksTaken: z.number(),
  naturalBreaks: z.number(),
  snoozed: z.number(),
  skipped: z.number(),
  standingMinutes: z.number(),
  averageStandingMinutes: z.number(),
  daysStandingTargetMet: z.number(),
  daysOverSedentaryBudget: z.number(),
  suggestedStandingTargetMinutes: z.number(),
});

/** A run of up to 7 local days and its summary; the first run of a range may be shorter. */
export const breakWeekSchema = weeklyBreakStatsSchema.extend({
  from: z.string(),
  to: z.string(),
});

/** The longest range `GET /api/breaks/stats` answers, and the default (the last 4 weeks). */
export const BREAK_STATS_MAX_DAYS = 62;
export const BREAK_STATS_DEFAULT_DAYS = 28;

/** `GET /api/breaks/stats?from=&to=`: local dates in the person's zone, both inclusive. */
export const breakStatsQuerySchema = z.strictObject({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});

export const breakStatsResponseSchema = z.object({
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  /** One entry per local day, oldest first; today includes the sitting stretch still open. */
  days: list(dailyBreakStatsSchema),
  /** Runs of 7 days counted back from `to`, oldest first. */
  weeks: list(breakWeekSchema),
  standingTargetMinutes: z.number(),
  /** From the last 7 days (Buckley 2015: build from 2 h towards 4 h). */
  suggestedStandingTargetMinutes: z.number(),
});
export type BreakStatsResponse = z.infer<typeof breakStatsResponseSchema>;

// ---------------------------------------------------------------- converters

const iso = (t: Instant): string => new Date(t).toISOString();
const instant = (s: string): Instant => asInstant(Date.parse(s));

/** A core event as it goes on the wire. */
export function toWireEvent(event: BreakEvent): BreakEventWire {
  switch (event.kind) {
    case 'idle':
      return { kind: 'idle', now: iso(event.now), since: iso(event.since) };
    case 'break-taken':
      return { ...event, now: iso(event.now) };
    case 'settings-changed':
      return { ...event, now: iso(event.now) };
    case 'tick':
    case 'activity':
    case 'snooze':
    case 'skip':
    case 'meeting-start':
    case 'meeting-end':
    case 'clock-jumped':
      return { kind: event.kind, now: iso(event.now) };
    default:
      return assertNever(event);
  }
}

/** A parsed wire event as core takes it. */
export function fromWireEvent(wire: BreakEventWire): BreakEvent {
  switch (wire.kind) {
    case 'idle':
      return { kind: 'idle', now: instant(wire.now), since: instant(wire.since) };
    case 'break-taken':
      return { ...wire, now: instant(wire.now) };
    case 'settings-changed':
      return { ...wire, now: instant(wire.now) };
    case 'tick':
    case 'activity':
    case 'snooze':
    case 'skip':
    case 'meeting-start':
    case 'meeting-end':
    case 'clock-jumped':
      return { kind: wire.kind, now: instant(wire.now) };
    default:
      return assertNever(wire);
  }
}

/** The phase a reminder is shown in, looking through an absence. */
function shownPhase(phase: BreakPhase): BreakPhase {
  return phase.kind === 'away' ? phase.resume : phase;
}

/** The summary clients show, from a full scheduler state. */
export function summariseBreakState(state: BreakState): BreakStateSummary {
  const shown = shownPhase(state.phase);
  const remindingOrSnoozed = shown.kind === 'reminding' || shown.kind === 'snoozed';
  const urgency: Urgency = remindingOrSnoozed ? shown.urgency : urgencyForSkips(state.skipsInARow);
  const due = nextBreakDue(state);
  return {
    phase: state.phase.kind,
    nextDueAt: due === null ? null : iso(due),
    meeting: state.meeting
      ? { since: iso(state.meeting.since), expiresAt: iso(state.meeting.expiresAt) }
      : null,
    urgency,
    skipsInARow: state.skipsInARow,
    snoozesInARow: state.snoozesInARow,
    // The same routine the reminder carried (scheduler.ts `present`).
    routine: remindingOrSnoozed
      ? routineForBreak(Math.max(0, state.breaksOffered - 1), state.settings.breakMinutes)
      : null,
    sittingSince: state.sittingSince === null ? null : iso(state.sittingSince),
    lastEventAt: iso(state.lastEventAt),
  };
}

// ---------------------------------------------------------------- compile-time checks

/** A core type with every `Instant` as an ISO string: the shape it has on the wire. */
type OnTheWire<T> = T extends Instant
  ? string
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { [K in keyof T]: OnTheWire<T[K]> }
      : T;

/** Fails to compile when a wire schema here drifts from the core type it mirrors. */
export type BreaksApiMirrorChecks = [
  Expect<Mirrors<(typeof BREAK_KINDS)[number], BreakKind>>,
  Expect<Mirrors<(typeof URGENCIES)[number], Urgency>>,
  Expect<Mirrors<(typeof REMINDER_REASONS)[number], ReminderReason>>,
  Expect<Mirrors<(typeof BREAK_PHASE_KINDS)[number], BreakPhase['kind']>>,
  Expect<Mirrors<BreakEventWire, OnTheWire<BreakEvent>>>,
  Expect<Mirrors<z.infer<typeof routineStepSchema>, RoutineStep>>,
  Expect<Mirrors<z.infer<typeof breakRoutineSchema>, BreakRoutine>>,
  Expect<Mirrors<z.infer<typeof dailyBreakStatsSchema>, DailyBreakStats>>,
  Expect<Mirrors<z.infer<typeof weeklyBreakStatsSchema>, WeeklyBreakStats>>,
];
