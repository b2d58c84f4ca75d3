import type { Account, MeResponse } from '@psoas/core';

/**
 * Who is signed in on this tab, outside React: the one place the app keeps the account and the
 * CSRF token of the cookie session. json-request.ts reads the token for every write and reports
 * a 401 here; the session-log queue reads it too; React reads it through AccountProvider
 * (useSyncExternalStore). Kept in memory only: the session itself is an HttpOnly cookie the
 * page never sees, and the token is asked for again (GET /api/me) on every load.
 */

export type AccountState =
  /** GET /api/me has not answered yet. */
  | { readonly status: 'loading' }
  | { readonly status: 'signed-out' }
  | { readonly status: 'signed-in'; readonly account: Account; readonly csrfToken: string | null };

export type AccountSession = {
  readonly getSnapshot: () => AccountState;
  readonly subscribe: (listener: () => void) => () => void;
  /** The token every cookie-signed-in write sends back; null when none is known. */
  readonly csrfToken: () => string | null;
  readonly isSignedIn: () => boolean;
  /** After signup, login or GET /api/me: the answer is the truth about this tab. */
  readonly signedIn: (me: MeResponse) => void;
  /** After sign-out or any 401 AUTHENTICATION_REQUIRED on a personal call. */
  readonly signedOut: () => void;
  /**
   * Runs `load` (GET /api/me) unless a run is already under way, in which case its promise is
   * shared: several writes refused at once for a stale token ask for a new one once.
   */
  readonly refreshOnce: (load: () => Promise<void>) => Promise<void>;
};

export function createAccountSession(
  initial: AccountState = { status: 'loading' },
): AccountSession {
  let state: AccountState = initial;
  let refreshing: Promise<void> | null = null;
  const listeners = new Set<() => void>();

  function set(next: AccountState): void {
    state = next;
    for (const listener of listeners) listener();
  }

  return {
    getSnapshot: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    csrfToken: () => (state.status === 'signed-in' ? state.csrfToken : null),
    isSignedIn: () => state.status === 'signed-in',
    signedIn: (me) => set({ status: 'signed-in', account: me.account, csrfToken: me.csrfToken }),
    signedOut: () => {
      if (state.status !== 'signed-out') set({ status: 'signed-out' });
    },
    refreshOnce: (load) => {
      refreshing ??= load().finally(() => {
        refreshing = null;
      });
      return refreshing;
    },
  };
}

/** This tab's session; every requester uses it unless a test passes its own. */
export const accountSession: AccountSession = createAccountSession();
