import { useCallback, useEffect, useState } from 'react';
import { ApiError, isApiError } from './api.ts';

export type RequestState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'success'; readonly data: T }
  | { readonly status: 'error'; readonly error: ApiError };

type Settled<T> = {
  readonly load: (signal: AbortSignal) => Promise<T>;
  readonly attempt: number;
  readonly state: RequestState<T>;
};

/**
 * Runs `load` (memoise it with useCallback) and tracks its outcome. A result is remembered
 * together with the loader and attempt that produced it, so a new id or a retry shows
 * "loading" at once, without setting state synchronously inside the effect.
 */
export function useRequest<T>(
  load: (signal: AbortSignal) => Promise<T>,
): RequestState<T> & { readonly retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => setSettled({ load, attempt, state: { status: 'success', data } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setSettled({ load, attempt, state: { status: 'error', error: toApiError(error) } });
      },
    );
    return () => controller.abort();
  }, [load, attempt]);

  const retry = useCallback(() => setAttempt((current) => current + 1), []);
  const current =
    settled && settled.load === load && settled.attempt === attempt
      ? settled.state
      : ({ status: 'loading' } as const);
  return { ...current, retry };
}

function toApiError(error: unknown): ApiError {
  if (isApiError(error)) return error;
  return new ApiError({
    code: 'UNEXPECTED',
    status: null,
    detail: 'Something went wrong in the app. Reload the page and try again.',
    cause: error,
  });
}
