/**
 * Expected outcomes in core are values, not exceptions. `code` is a stable string that the
 * shells map to HTTP statuses and human text in one place each.
 */
export type DomainError<Code extends string = string> = {
  readonly code: Code;
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
};

export type Result<T, E extends DomainError = DomainError> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function err<E extends DomainError>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}

/** For the default branch of an exhaustive switch: a new union member becomes a compile error. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
