import { performance } from 'node:perf_hooks';
import { asInstant, type Instant } from '@psoas/core';

/**
 * The player's clock. The engine's instants come from a monotonic clock
 * (performance.timeOrigin + performance.now()), so setting the computer's time, or an NTP step,
 * cannot move a deadline. `scale` above 1 is the PSOAS_TIME_SCALE test aid (see config.ts):
 * engine time then runs that many times faster than real time, from the moment the clock is
 * made, and timers wait the real time that corresponds.
 */
export type PlayerClock = {
  readonly now: () => Instant;
  /** Real milliseconds from now until `at` on this clock (0 when it has passed). */
  readonly realDelayUntil: (at: Instant) => number;
};

export function monotonicClock(
  scale = 1,
  readMs: () => number = () => performance.now(),
  originMs: number = performance.timeOrigin,
): PlayerClock {
  const startedMs = readMs();
  const startInstant = originMs + startedMs;
  const now = () => asInstant(startInstant + (readMs() - startedMs) * scale);
  return { now, realDelayUntil: (at) => Math.max(0, (at - now()) / scale) };
}
