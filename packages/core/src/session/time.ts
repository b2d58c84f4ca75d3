import { asInstant, type Instant } from '../time/instant.ts';

/**
 * Time units for the session player. An `Instant` is the break scheduler's (one instant type in
 * core): milliseconds on the shell's clock, which for the player should be a monotonic one
 * (`performance.timeOrigin + performance.now()` in a browser), so a wall-clock change does not
 * move the schedule. `Millis` is a length of time in milliseconds. Mixing the two (adding two
 * instants, passing a duration where a deadline is expected) is a bug the brands turn into a
 * compile error. Core never reads the clock: every instant comes in with an event.
 */

export type { Instant } from '../time/instant.ts';

declare const millisBrand: unique symbol;

/** A length of time in milliseconds. */
export type Millis = number & { readonly [millisBrand]: true };

/** Brands a number of milliseconds as a duration. */
export function millis(ms: number): Millis {
  return ms as Millis;
}

/** Seconds to milliseconds. */
export function secondsToMillis(seconds: number): Millis {
  return millis(seconds * 1000);
}

/** The instant `ms` after `at` (before it when `ms` is negative). */
export function addMillis(at: Instant, ms: Millis): Instant {
  return asInstant(at + ms);
}

/** How long from `from` to `to`; negative when `to` is earlier. */
export function millisBetween(from: Instant, to: Instant): Millis {
  return millis(to - from);
}
