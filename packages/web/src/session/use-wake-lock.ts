import { useEffect } from 'react';

/**
 * Keeps the screen on while `active` (a session is running), so the phone on the floor does
 * not lock mid-hold. The browser drops the lock whenever the page is hidden; it is requested
 * again when the page comes back. Where the API is missing or refuses (no permission, low
 * battery), the session runs anyway; the screen may just dim.
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let sentinel: WakeLockSentinel | null = null;
    let cancelled = false;

    const acquire = (): void => {
      if (document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      navigator.wakeLock.request('screen').then(
        (lock) => {
          if (cancelled) void lock.release().catch(() => undefined);
          else sentinel = lock;
        },
        () => undefined,
      );
    };

    acquire();
    document.addEventListener('visibilitychange', acquire);
    return () => {
      cancelled = true;
      document.removeEventListener('visibilitychange', acquire);
      void sentinel?.release().catch(() => undefined);
    };
  }, [active]);
}
