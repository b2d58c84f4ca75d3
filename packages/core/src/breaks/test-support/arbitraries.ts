import fc from 'fast-check';
import { WEEKDAYS } from '../../plan/dates.ts';
import { breakSettingsSchema, type BreakSettings } from '../break-settings.schema.ts';
import { addMinutes, type Instant } from '../../time/instant.ts';
import { breakEvents, type BreakEvent } from '../scheduler.types.ts';
import { instantAtLocal } from '../working-time.ts';

/** Zones with and without DST, north and south, and a half-hour offset. */
export const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Australia/Sydney',
  'Asia/Kolkata',
  'UTC',
] as const;

const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

export const settingsArbitrary: fc.Arbitrary<BreakSettings> = fc
  .record({
    intervalMinutes: fc.integer({ min: 15, max: 90 }),
    breakMinutes: fc.integer({ min: 1, max: 10 }),
    timeZone: fc.constantFrom(...ZONES),
    days: fc.subarray([...WEEKDAYS], { minLength: 1 }),
    start: fc.integer({ min: 0, max: 22 * 60 }),
    length: fc.integer({ min: 30, max: 12 * 60 }),
    snoozeMinutes: fc.integer({ min: 1, max: 30 }),
    maxInARow: fc.integer({ min: 0, max: 5 }),
    maxMeeting: fc.integer({ min: 15, max: 600 }),
  })
  .map((r) =>
    breakSettingsSchema.parse({
      intervalMinutes: r.intervalMinutes,
      breakMinutes: r.breakMinutes,
      workingHours: {
        timeZone: r.timeZone,
        days: r.days,
        start: hhmm(r.start),
        end: hhmm(Math.min(r.start + r.length, 23 * 60 + 59)),
      },
      snooze: { minutes: r.snoozeMinutes, maxInARow: r.maxInARow },
      meetingMode: { maxMinutes: r.maxMeeting },
    }),
  );

/** A start instant: a random 2025 date (DST changes included) at a random local time. */
export const startArbitrary = (settings: BreakSettings): fc.Arbitrary<Instant> =>
  fc
    .record({ day: fc.integer({ min: 0, max: 364 }), minute: fc.integer({ min: 0, max: 1439 }) })
    .map(({ day, minute }) => {
      const date = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
      return instantAtLocal(date, minute, settings.workingHours.timeZone);
    });

type EventKind =
  | 'tick'
  | 'activity'
  | 'idle'
  | 'break-taken'
  | 'snooze'
  | 'skip'
  | 'meeting-start'
  | 'meeting-end'
  | 'settings-changed'
  | 'clock-jumped';

export type StepPlan = {
  readonly gapMinutes: number;
  readonly kind: EventKind;
  readonly idleMinutes: number;
  readonly breakMinutes: number;
  readonly breakKind: 'walk' | 'stand' | 'stretch';
};

const stepArbitrary = (kinds: readonly EventKind[]): fc.Arbitrary<StepPlan> =>
  fc.record({
    gapMinutes: fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 0, max: 10 }) },
      { weight: 3, arbitrary: fc.integer({ min: 10, max: 90 }) },
      { weight: 1, arbitrary: fc.integer({ min: 90, max: 3 * 24 * 60 }) },
    ),
    kind: fc.oneof(
      { weight: 10, arbitrary: fc.constant<EventKind>('tick') },
      { weight: 4, arbitrary: fc.constantFrom(...kinds) },
    ),
    idleMinutes: fc.integer({ min: 0, max: 240 }),
    breakMinutes: fc.integer({ min: 0, max: 15 }),
    breakKind: fc.constantFrom('walk', 'stand', 'stretch' as const),
  });

export const ALL_KINDS: readonly EventKind[] = [
  'activity',
  'idle',
  'break-taken',
  'snooze',
  'skip',
  'meeting-start',
  'meeting-end',
  'settings-changed',
  'clock-jumped',
];

export const stepsArbitrary = (kinds: readonly EventKind[] = ALL_KINDS, max = 120) =>
  fc.array(stepArbitrary(kinds), { minLength: 1, maxLength: max });

/** Turns planned steps into events at increasing instants. */
export function eventsOf(
  start: Instant,
  steps: readonly StepPlan[],
  settingsFor: (i: number) => BreakSettings,
): BreakEvent[] {
  let now = start;
  return steps.map((step, i) => {
    now = addMinutes(now, step.gapMinutes);
    switch (step.kind) {
      case 'tick':
        return breakEvents.tick(now);
      case 'activity':
        return breakEvents.activity(now);
      case 'idle':
        return breakEvents.idle(now, addMinutes(now, -step.idleMinutes));
      case 'break-taken':
        return breakEvents.breakTaken(now, step.breakMinutes, step.breakKind);
      case 'snooze':
        return breakEvents.snooze(now);
      case 'skip':
        return breakEvents.skip(now);
      case 'meeting-start':
        return breakEvents.meetingStart(now);
      case 'meeting-end':
        return breakEvents.meetingEnd(now);
      case 'settings-changed':
        return breakEvents.settingsChanged(now, settingsFor(i));
      case 'clock-jumped':
        return breakEvents.clockJumped(now);
    }
  });
}
