import type { IsoDate } from '../plan/dates.ts';
import type { BreakSettings } from './break-settings.schema.ts';
import { addMinutes, type Instant } from '../time/instant.ts';
import { initialBreakState, transitionBreaks } from './scheduler.ts';
import {
  breakEvents,
  type BreakEvent,
  type BreakKind,
  type BreakLogEntry,
  type BreakState,
} from './scheduler.types.ts';
import { instantAtLocal } from './working-time.ts';

/**
 * One person's simulated working day, driven through the scheduler minute by minute: a
 * deterministic workload for the benchmark (`npm run bench` runs it for 100,000 people) and for
 * whole-day tests. The "person" is a seeded pseudo-random generator, not `Math.random`, so the
 * same seed gives the same day everywhere.
 */

export type SimulationInput = {
  readonly settings: BreakSettings;
  readonly date: IsoDate;
  /** Any integer; each seed is a different person. */
  readonly seed: number;
  /** Keep the log entries (for tests); off by default so a large benchmark stays small. */
  readonly keepLog?: boolean;
};

export type SimulatedDay = {
  /** Transitions computed: the scheduler's decisions. */
  readonly decisions: number;
  readonly reminders: number;
  readonly log: readonly BreakLogEntry[];
  readonly state: BreakState;
};

/** mulberry32: a tiny, well-mixed 32-bit generator; returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_FROM_MINUTE = 7 * 60 + 30;
const DAY_MINUTES = 11 * 60;
const BREAK_KINDS: readonly BreakKind[] = ['walk', 'walk', 'stand', 'stretch'];

type Plan = {
  readonly meetingFrom: number;
  readonly meetingTo: number;
  readonly lunchFrom: number;
  readonly lunchTo: number;
};

function planDay(random: () => number): Plan {
  const meetingFrom = 120 + Math.floor(random() * 300);
  const lunchFrom = 270 + Math.floor(random() * 60);
  return {
    meetingFrom,
    meetingTo: meetingFrom + 30 + Math.floor(random() * 60),
    lunchFrom,
    lunchTo: lunchFrom + 30 + Math.floor(random() * 30),
  };
}

/** Simulates one person's day from 07:30 to 18:30 local time, one tick a minute. */
export function simulateWorkday(input: SimulationInput): SimulatedDay {
  const random = seededRandom(input.seed);
  const plan = planDay(random);
  const zone = input.settings.workingHours.timeZone;
  const origin = instantAtLocal(input.date, DAY_FROM_MINUTE, zone);
  let state = initialBreakState(input.settings, origin);
  const log: BreakLogEntry[] = [];
  const pending = new Map<number, BreakEvent>();
  let decisions = 0;
  let reminders = 0;
  const step = (event: BreakEvent, minute: number) => {
    const result = transitionBreaks(state, event);
    state = result.state;
    decisions += 1;
    for (const output of result.outputs) {
      if (output.kind === 'log' && input.keepLog) log.push(output.entry);
      if (output.kind !== 'reminder') continue;
      reminders += 1;
      const roll = random();
      const at = (m: number) => addMinutes(origin, m);
      if (roll < 0.55) {
        const kind = BREAK_KINDS[Math.floor(random() * BREAK_KINDS.length)] ?? 'walk';
        const minutes = input.settings.breakMinutes;
        pending.set(minute + minutes, breakEvents.breakTaken(at(minute + minutes), minutes, kind));
      } else if (roll < 0.75 && output.canSnooze) {
        pending.set(minute + 1, breakEvents.snooze(at(minute + 1)));
      } else if (roll < 0.9) {
        pending.set(minute + 1, breakEvents.skip(at(minute + 1)));
      }
    }
  };
  for (let minute = 0; minute <= DAY_MINUTES; minute += 1) {
    const now: Instant = addMinutes(origin, minute);
    step(breakEvents.tick(now), minute);
    const planned = pending.get(minute);
    if (planned) {
      pending.delete(minute);
      step(planned, minute);
    }
    if (minute === plan.meetingFrom) step(breakEvents.meetingStart(now), minute);
    if (minute === plan.meetingTo) step(breakEvents.meetingEnd(now), minute);
    // An idle detector notices the absence a minute in and reports when it began.
    if (minute === plan.lunchFrom + 1) {
      step(breakEvents.idle(now, addMinutes(origin, plan.lunchFrom)), minute);
    }
    const away = minute >= plan.lunchFrom && minute < plan.lunchTo;
    if (!away) step(breakEvents.activity(now), minute);
  }
  return { decisions, reminders, log, state };
}
