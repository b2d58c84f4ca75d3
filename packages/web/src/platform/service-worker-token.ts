/**
 * Hands the CSRF token of the cookie session to the service worker (public/sw-push.js).
 *
 * Why: a notification's Snooze button, pressed with no tab open, makes the worker post the
 * snooze to /api/breaks/events itself. The browser sends the session cookie with it, but every
 * cookie-signed-in write also needs the X-CSRF-Token header (issue 7), and the worker cannot
 * read the page's memory. So the page posts the token to the worker whenever it learns a new
 * one (GET /api/me at start, sign-in, sign-up) and null on sign-out; the worker keeps it in
 * Cache Storage, which outlives the worker's own restarts. The token alone is no credential:
 * it is only honoured together with the HttpOnly cookie, and both stay on this origin.
 */

export const SW_TOKEN_MESSAGE = 'psoas-csrf-token';

export type TokenMessage = {
  readonly type: typeof SW_TOKEN_MESSAGE;
  readonly token: string | null;
};

export async function shareCsrfTokenWithServiceWorker(token: string | null): Promise<void> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const message: TokenMessage = { type: SW_TOKEN_MESSAGE, token };
  try {
    // `ready` waits for an active worker; on a first visit it may take a moment to install.
    const registration = await navigator.serviceWorker.ready;
    registration.active?.postMessage(message);
  } catch {
    // No worker (a private window may refuse one): nothing runs without a tab to tell.
  }
}
