import { z } from 'zod';
import { isIsoDate } from './plan/dates.ts';
import { problemSchema } from './problem.schema.ts';

/**
 * Pieces every HTTP wire schema shares: instants, calendar dates, record ids, readonly lists,
 * problems with details, and a compile-time check that a wire schema mirrors the core type it
 * stands for, so a change to a core type that is not made on the wire fails to build.
 */

/** An instant as the server sends it: ISO 8601 in UTC, e.g. "2025-03-01T09:30:00.000Z". */
export const instantSchema = z.iso.datetime();

/** A calendar date "YYYY-MM-DD" that exists (no 31 February). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date like 2025-01-31' })
  .refine(isIsoDate, { message: 'a real calendar date like 2025-01-31' });

/** The id of a stored record, as the server hands it out. */
export const recordId = z.string().min(1).max(64);

/** Arrays of core results are readonly in core, so their wire mirrors are too. */
export function list<T extends z.ZodType>(item: T) {
  return z.array(item).readonly();
}

/** A problem (RFC 9457) that may carry machine-readable `details`, e.g. the missing ids. */
export const detailedProblemSchema = problemSchema.extend({
  details: z.record(z.string(), z.unknown()).optional(),
});
export type DetailedProblem = z.infer<typeof detailedProblemSchema>;

type DeepMutable<T> = T extends readonly (infer U)[]
  ? DeepMutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;
/** True when the wire type and the core type have the same shape, readonly aside. */
export type Mirrors<Wire, Core> = [DeepMutable<Wire>] extends [DeepMutable<Core>]
  ? [DeepMutable<Core>] extends [DeepMutable<Wire>]
    ? true
    : false
  : false;
export type Expect<T extends true> = T;
