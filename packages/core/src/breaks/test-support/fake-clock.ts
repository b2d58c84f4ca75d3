import { breakSettingsSchema, type BreakSettings } from '../break-settings.schema.ts';
import { addMinutes, asInstant, type Instant } from '../../time/instant.ts';
import { initialBreakState, transitionBreaks } from '../scheduler.ts';
import type {
  BreakEvent,
  BreakLogEntry,
  BreakOutput,
  BreakState,
  Reminder,
} from '../scheduler.types.ts';
import { breakEvents } from '../scheduler.types.ts';
import { instantAtLocal } from '../working-time.ts';

/** A fake clock for the scheduler's tests: time moves only when the test says so. */
export type FakeClock = {
  now(): Instant;
  advance(minutes: number): Instant;
  set(at: Instant): Instant;
};

export function fakeClock(start: Instant): FakeClock {
  let current = start;
  return {
    now: () => current,
    advance: (minutes) => (current = addMinutes(current, minutes)),
    set: (at) => (current = at),
  };
}

/** The instant of a local wall-clock time, for readable tests: `at('2025-03-31', '09:00')`. */
export function localInstant(date: string, time: string, timeZone: string): Instant {
  const [h, m] = time.split(':').map(Number);
  return instantAtLocal(date, (h ?? 0) * 60 + (m ?? 0), timeZone);
}

export const utc = (iso: string): Instant => asInstant(Date.parse(iso));

/** Settings with the defaults, overridden where a test needs it. */
export function settingsWith(overrides: Record<string, unknown> = {}): BreakSettings {
  const { workingHours, ...rest } = overrides;
  return breakSettingsSchema.parse({
    workingHours: { timeZone: 'Europe/Berlin', ...(workingHours as object | undefined) },
    ...rest,
  });
}

/** Drives the scheduler with events, remembering every output. */
export class Driver {
  state: BreakState;
  readonly outputs: BreakOutput[] = [];
  readonly clock: FakeClock;

  constructor(settings: BreakSettings, start: Instant) {
    this.clock = fakeClock(start);
    this.state = initialBreakState(settings, start);
  }

  send(event: BreakEvent): readonly BreakOutput[] {
    this.clock.set(event.now);
    const result = transitionBreaks(this.state, event);
    this.state = result.state;
    this.outputs.push(...result.outputs);
    return result.outputs;
  }

  /** Ticks once a minute for `minutes` minutes; returns the outputs of those ticks. */
  tickFor(minutes: number): BreakOutput[] {
    const got: BreakOutput[] = [];
    for (let i = 0; i < minutes; i += 1) {
      got.push(...this.send(breakEvents.tick(this.clock.advance(1))));
    }
    return got;
  }

  /** Ticks until the next reminder (at most `limit` minutes); null if none came. */
  tickUntilReminder(limit = 600): Reminder | null {
    for (let i = 0; i < limit; i += 1) {
      const reminder = remindersIn(this.send(breakEvents.tick(this.clock.advance(1))))[0];
      if (reminder) return reminder;
    }
    return null;
  }

  get reminders(): Reminder[] {
    return remindersIn(this.outputs);
  }

  get log(): BreakLogEntry[] {
    return this.outputs.flatMap((o) => (o.kind === 'log' ? [o.entry] : []));
  }
}

export function remindersIn(outputs: readonly BreakOutput[]): Reminder[] {
  return outputs.filter((o): o is Reminder => o.kind === 'reminder');
}

export function rejectionsIn(outputs: readonly BreakOutput[]): string[] {
  return outputs.flatMap((o) => (o.kind === 'rejected' ? [o.error.code] : []));
}
