import { useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { accountSession, type AccountSession } from '../platform/account-session.ts';
import { isApiError } from '../platform/json-request.ts';
import { shareCsrfTokenWithServiceWorker } from '../platform/service-worker-token.ts';
import { accountApi, type AccountApi } from './account-api.ts';
import { AccountContext, type AccountValue } from './account-context.ts';

type AccountProviderProps = {
  readonly children: ReactNode;
  readonly session?: AccountSession;
  readonly api?: AccountApi;
};

/**
 * Who is signed in, for the whole app: GET /api/me once at start (401 means signed out), then
 * whatever sign-in, sign-up and sign-out say. The state itself lives in platform's
 * account-session, which the HTTP layer also updates on a 401.
 */
export function AccountProvider({
  children,
  session = accountSession,
  api = accountApi,
}: AccountProviderProps) {
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot);

  useEffect(() => {
    const controller = new AbortController();
    api.me(controller.signal).then(
      (me) => session.signedIn(me),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // 401 has already flipped the session to signed out; offline or a server error leaves
        // nothing better to assume, and personal pages then offer to sign in.
        if (!isApiError(error) || error.code !== 'AUTHENTICATION_REQUIRED') session.signedOut();
      },
    );
    return () => controller.abort();
  }, [api, session]);

  const csrfToken = state.status === 'signed-in' ? state.csrfToken : null;
  const settled = state.status !== 'loading';
  useEffect(() => {
    // The push service worker posts break events without the page (public/sw-push.js): it
    // needs the token too, and must forget it on sign-out.
    if (settled) void shareCsrfTokenWithServiceWorker(csrfToken);
  }, [csrfToken, settled]);

  const value = useMemo<AccountValue>(
    () => ({
      state,
      signIn: async (request) => session.signedIn(await api.signIn(request)),
      signUp: async (request) => session.signedIn(await api.signUp(request)),
      signOut: async () => {
        try {
          await api.signOut();
        } catch {
          // The cookie may outlive a failed logout, but this tab stops acting as the person;
          // the server's inactivity expiry ends the session.
        }
        // Signing out forgets nothing on this device on purpose: sessions and break events
        // queued for this account stay, tagged with it, and are sent when it signs in here
        // again (never as anyone else; session-log/outbox.ts, breaks/break-runtime.ts). Only
        // deleting the account clears what the device holds (settings/forget-person.ts).
        session.signedOut();
      },
      refresh: async () => {
        try {
          session.signedIn(await api.me());
        } catch (error) {
          if (isApiError(error) && error.status !== null && error.status < 500) session.signedOut();
        }
      },
      forget: () => session.signedOut(),
    }),
    [state, session, api],
  );

  return <AccountContext.Provider value={value}>{children}</AccountContext.Provider>;
}
