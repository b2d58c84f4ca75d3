import { createHash } from 'node:crypto';

/**
 * The fingerprint of a request body, to tell a retry from a different request sent with the
 * same `Idempotency-Key`. It is taken over the body as validated, in a canonical JSON form
 * (object keys sorted at every level), so key order or whitespace on the wire does not matter
 * but any value that would be stored differently does.
 */

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

function canonical(value: unknown): Json {
  if (value === null || typeof value !== 'object') {
    // Validated bodies hold only JSON values; undefined (an absent optional field) is dropped
    // by the object branch below, as JSON.stringify would.
    return value as Json;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => canonical(item));
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => [k, canonical(v)] as const);
  return Object.fromEntries(entries);
}

/** JSON with object keys sorted at every level. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

/** Hex SHA-256 of the canonical JSON of `value`. */
export function hashRequest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
