/**
 * Absolute instants, shared by the break scheduler and the session engine. Every deadline is an instant (milliseconds since
 * the Unix epoch, UTC), never "remaining time" counted down by a timer: the shell ticks, the
 * reducer compares with the instant it is given, so a throttled tab or a sleeping laptop cannot
 * drift the schedule (CONVENTIONS.md, "State machines as reducers").
 */

declare const instantBrand: unique symbol;

/** Milliseconds since the Unix epoch. Branded so a duration cannot be passed as an instant. */
export type Instant = number & { readonly [instantBrand]: 'Instant' };

/** One minute in milliseconds. */
export const MINUTE_MS = 60_000;

/** Brands a number of epoch milliseconds; the shell calls this on its clock's reading. */
export function asInstant(epochMs: number): Instant {
  return epochMs as Instant;
}

/** The instant `minutes` after `at` (before it for negative minutes). */
export function addMinutes(at: Instant, minutes: number): Instant {
  return (at + minutes * MINUTE_MS) as Instant;
}

/** Whole and fractional minutes from `from` to `to` (negative when `to` is earlier). */
export function minutesBetween(from: Instant, to: Instant): number {
  return (to - from) / MINUTE_MS;
}

/** The later of two instants. */
export function laterOf(a: Instant, b: Instant): Instant {
  return a >= b ? a : b;
}
