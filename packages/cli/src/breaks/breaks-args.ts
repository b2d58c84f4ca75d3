import { err, ok, type Result } from '@psoas/core';
import type { InvalidArgument } from '../args.ts';

/** The longest sitting `--sitting` accepts: a whole working day. */
export const MAX_SITTING_MINUTES = 600;

/** `--sitting <minutes>`: how long you have been sitting already, a whole number 0-600. */
export function parseSittingMinutes(value: string): Result<number, InvalidArgument> {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n > MAX_SITTING_MINUTES) {
    return err({
      code: 'INVALID_ARGUMENT',
      message: `"${value}" is not a number of minutes from 0 to ${MAX_SITTING_MINUTES}`,
    });
  }
  return ok(n);
}
