import { err, ok, type Result } from '@psoas/core';
import type { InvalidArgument } from '../args.ts';
import { VOICE_RATE_MAX, VOICE_RATE_MIN } from './voice.ts';

/** Validation of `psoas session`'s flags, pure like args.ts; the program makes errors usage. */

type Parsed<T> = Result<T, InvalidArgument>;

const invalid = (message: string) => err<InvalidArgument>({ code: 'INVALID_ARGUMENT', message });

/** A plan day has a main session and at most a few short ones; 1-based. */
export function parseSessionNumber(value: string): Parsed<number> {
  const n = /^\d{1,2}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  return Number.isInteger(n) && n >= 1
    ? ok(n)
    : invalid(`--session must be a session number like 1 (the main one) or 2 (got "${value}")`);
}

export function parseVoiceRate(value: string): Parsed<number> {
  const rate = /^\d{2,3}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  return rate >= VOICE_RATE_MIN && rate <= VOICE_RATE_MAX
    ? ok(rate)
    : invalid(
        `--voice-rate is words per minute, from ${VOICE_RATE_MIN} to ${VOICE_RATE_MAX} (got "${value}")`,
      );
}
