import { useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useAccount } from '../account/account-context.ts';
import { browserStorage } from '../platform/theme.ts';
import { BreakReminderContext, type BreakReminderValue } from './break-reminder-context.ts';
import { BreakRuntime, shownReminder } from './break-runtime.ts';
import { breaksApi } from './breaks-api.ts';

/**
 * Runs the sitting-break reminder (issue 6) for the whole app: mounted once, in the layout, so
 * reminders come on every page. The work happens in BreakRuntime; this only connects it to React
 * and opens the routine when a notification sent the person to /breaks?take=1.
 */
export function BreakReminderProvider({ children }: { readonly children: ReactNode }) {
  const [runtime] = useState(() => new BreakRuntime(browserStorage(), breaksApi));
  const snapshot = useSyncExternalStore(runtime.subscribe, runtime.getSnapshot);

  useEffect(() => runtime.start(), [runtime]);

  // Signed out, the reminder keeps working on this device but never calls the API. Queued
  // events belong to the account signed in when they happened (break-runtime.ts).
  const { state } = useAccount();
  const owner =
    state.status === 'signed-in'
      ? state.account.id
      : state.status === 'signed-out'
        ? null
        : undefined;
  useEffect(() => {
    if (owner !== undefined) runtime.setAccount(owner);
  }, [runtime, owner]);

  const { search, pathname } = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    if (new URLSearchParams(search).get('take') !== '1') return;
    runtime.startBreak();
    void navigate(pathname, { replace: true });
  }, [search, pathname, navigate, runtime]);

  const value = useMemo<BreakReminderValue>(
    () => ({
      ...snapshot,
      reminder: shownReminder(snapshot.state),
      startBreak: runtime.startBreak,
      finishBreak: runtime.finishBreak,
      cancelBreak: runtime.cancelBreak,
      snooze: runtime.snooze,
      skip: runtime.skip,
      setMeeting: runtime.setMeeting,
      applySettings: runtime.applySettings,
      requestNotifications: runtime.requestNotifications,
      enableIdleDetection: runtime.enableIdleDetection,
      setSound: runtime.setSound,
      dismissNotice: runtime.dismissNotice,
    }),
    [snapshot, runtime],
  );

  return <BreakReminderContext.Provider value={value}>{children}</BreakReminderContext.Provider>;
}
