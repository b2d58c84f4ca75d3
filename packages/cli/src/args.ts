import {
  EQUIPMENT,
  MUSCLES,
  PHASES,
  equipmentSchema,
  err,
  exerciseIdSchema,
  isoDateSchema,
  muscleSchema,
  ok,
  phaseSchema,
  type DomainError,
  type Equipment,
  type ExerciseId,
  type Muscle,
  type Phase,
  type Result,
} from '@psoas/core';

/**
 * Validation of what the user typed, as pure functions so they are unit-tested without a
 * process. The program turns an error into a usage failure (exit 2); nothing here prints.
 */

export type InvalidArgument = DomainError<'INVALID_ARGUMENT'>;
type Parsed<T> = Result<T, InvalidArgument>;

function invalid(message: string): { readonly ok: false; readonly error: InvalidArgument } {
  return err({ code: 'INVALID_ARGUMENT', message });
}

export function parsePhase(value: string): Parsed<Phase> {
  const parsed = phaseSchema.safeParse(value);
  return parsed.success
    ? ok(parsed.data)
    : invalid(`"${value}" is not a phase; choose one of ${PHASES.join(', ')}`);
}

export function parseEquipment(value: string): Parsed<Equipment> {
  const parsed = equipmentSchema.safeParse(value);
  return parsed.success
    ? ok(parsed.data)
    : invalid(`"${value}" is not equipment we list; choose one of ${EQUIPMENT.join(', ')}`);
}

export function parseMuscle(value: string): Parsed<Muscle> {
  const parsed = muscleSchema.safeParse(value);
  return parsed.success
    ? ok(parsed.data)
    : invalid(`"${value}" is not a muscle we list; choose one of ${MUSCLES.join(', ')}`);
}

export const LEVELS = [1, 2, 3] as const;

export function parseLevel(value: string): Parsed<number> {
  const level = LEVELS.find((candidate) => String(candidate) === value.trim());
  return level === undefined
    ? invalid(`"${value}" is not a level; choose one of ${LEVELS.join(', ')} (1 is the easiest)`)
    : ok(level);
}

/** The server takes 1 to 100 characters after trimming; say so here rather than as a 400. */
export const SEARCH_MAX_LENGTH = 100;

export function parseSearch(value: string): Parsed<string> {
  const words = value.trim().replace(/\s+/g, ' ');
  if (words === '') return invalid('--search needs at least one word, like --search bridge');
  return words.length > SEARCH_MAX_LENGTH
    ? invalid(`--search is ${words.length} characters; use at most ${SEARCH_MAX_LENGTH}`)
    : ok(words);
}

export function parseExerciseId(value: string): Parsed<ExerciseId> {
  const parsed = exerciseIdSchema.safeParse(value);
  return parsed.success
    ? ok(parsed.data)
    : invalid(`"${value}" is not an exercise id; ids are lowercase slugs like glute-bridge`);
}

/** 0 is allowed because the server accepts it (the OS picks a free port, the server logs it). */
export function parsePort(value: string): Parsed<number> {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
  return Number.isInteger(port) && port >= 0 && port <= 65535
    ? ok(port)
    : invalid(`"${value}" is not a port; use a whole number from 0 to 65535`);
}

/**
 * An http(s) base URL, returned without a trailing slash so messages show it as typed. A path is
 * kept, so a server behind a reverse proxy at https://example.org/psoas works.
 */
export function parseServerUrl(value: string): Parsed<string> {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return invalid(`"${value}" is not a URL; use something like http://localhost:8080`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return invalid(`"${value}" is not an http:// or https:// URL`);
  }
  if (url.search !== '' || url.hash !== '') {
    return invalid(`"${value}" has a query or fragment; give only the server's base URL`);
  }
  return ok(url.href.replace(/\/+$/, ''));
}

/** --date: a real calendar day written YYYY-MM-DD. */
export function parseDate(value: string): Parsed<string> {
  const date = value.trim();
  return isoDateSchema.safeParse(date).success
    ? ok(date)
    : invalid(`--date must be a real day written YYYY-MM-DD, like 2026-12-01 (got "${value}")`);
}
