import { useEffect, useState } from 'react';
import { isApiError } from '../platform/api.ts';
import { useBreakReminder } from './break-reminder-context.ts';
import {
  disablePush,
  enablePush,
  pushApi,
  pushStatus,
  type PushSupport,
} from './push-subscription.ts';

type PushUi =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'message'; readonly text: string };

function errorText(error: unknown): string {
  if (isApiError(error)) return error.detail;
  if (error instanceof DOMException && error.name === 'NotAllowedError') {
    return 'The browser blocked notifications for Psoas Coach; allow them in its site settings.';
  }
  return error instanceof Error ? error.message : 'Something went wrong; try again.';
}

/**
 * How reminders reach the person on this device. Every permission is asked for only from a
 * button here, never on page load: a prompt out of nowhere is the quickest way to a "Block".
 */
export function ReminderChannels() {
  const breaks = useBreakReminder();
  const [push, setPush] = useState<PushSupport | 'checking'>('checking');
  const [pushUi, setPushUi] = useState<PushUi>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    void pushStatus().then((status) => {
      if (live) setPush(status);
    });
    return () => {
      live = false;
    };
  }, []);

  async function togglePush(on: boolean): Promise<void> {
    setPushUi({ kind: 'busy' });
    try {
      if (on) await enablePush();
      else await disablePush();
      setPush(on ? 'on' : 'off');
      setPushUi({
        kind: 'message',
        text: on ? 'Push reminders are on for this browser.' : 'Push reminders are off.',
      });
    } catch (error) {
      setPushUi({ kind: 'message', text: errorText(error) });
    }
  }

  async function sendTest(): Promise<void> {
    setPushUi({ kind: 'busy' });
    try {
      const { results } = await pushApi.test();
      const sent = results.filter((r) => r.outcome === 'sent').length;
      setPushUi({
        kind: 'message',
        text:
          results.length === 0
            ? 'No device is subscribed yet.'
            : `Test sent to ${sent} of ${results.length} ${results.length === 1 ? 'device' : 'devices'}.`,
      });
    } catch (error) {
      setPushUi({ kind: 'message', text: errorText(error) });
    }
  }

  const permission = breaks.notificationPermission;
  return (
    <div className="reminder-channels">
      <div className="channel">
        <h3 className="channel__title">Notifications</h3>
        {permission === 'granted' ? (
          <p>
            On: a system notification comes with each reminder, even with this tab in the
            background.
          </p>
        ) : permission === 'denied' ? (
          <p>
            Blocked in this browser. Allow notifications for this site in the browser’s settings to
            get them.
          </p>
        ) : permission === 'unsupported' ? (
          <p>This browser cannot show notifications; the reminder shows in the app.</p>
        ) : (
          <>
            <p>
              Get a system notification with each reminder, even with this tab in the background.
            </p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void breaks.requestNotifications()}
            >
              Allow notifications
            </button>
          </>
        )}
        <label className="choice">
          <input
            type="checkbox"
            checked={breaks.prefs.sound}
            onChange={(event) => breaks.setSound(event.target.checked)}
          />
          <span>Play a short sound with each reminder</span>
        </label>
      </div>

      <div className="channel">
        <h3 className="channel__title">Noticing when you step away</h3>
        {breaks.idleDetection === 'on' ? (
          <p>On: when the computer is idle or locked for a while, that time counts as a break.</p>
        ) : breaks.idleDetection === 'unsupported' ? (
          <p>
            This browser cannot tell when the computer is idle, so Psoas Coach goes by your use of
            this page: five minutes without input while it has the focus count as time away.
          </p>
        ) : (
          <>
            <p>
              {breaks.idleDetection === 'denied'
                ? 'The browser did not allow idle detection. Until it does, '
                : 'Without it, '}
              Psoas Coach goes by your use of this page only. With it, time away from the computer
              (idle or locked) counts as a break and restarts the timer.
            </p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void breaks.enableIdleDetection()}
            >
              Allow idle detection
            </button>
          </>
        )}
      </div>

      <div className="channel">
        <h3 className="channel__title">When Psoas Coach is closed</h3>
        {push === 'unsupported' ? (
          <p>
            This browser cannot receive push messages, so reminders come only while the app is open.
          </p>
        ) : (
          <>
            <label className="choice">
              <input
                type="checkbox"
                role="switch"
                checked={push === 'on'}
                disabled={push === 'checking' || pushUi.kind === 'busy'}
                onChange={(event) => void togglePush(event.target.checked)}
              />
              <span>Remind me even when Psoas Coach is closed</span>
            </label>
            <button
              type="button"
              className="button button--secondary"
              disabled={push !== 'on' || pushUi.kind === 'busy'}
              onClick={() => void sendTest()}
            >
              Send a test
            </button>
          </>
        )}
        <p role="status" className="channel__status">
          {pushUi.kind === 'message' ? pushUi.text : null}
        </p>
      </div>
    </div>
  );
}
