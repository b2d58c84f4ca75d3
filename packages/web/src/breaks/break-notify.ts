import type { Reminder, Urgency } from '@psoas/core';
import { URGENCY_TITLES, summariseRoutine } from './break-format.ts';

/**
 * System notifications and the reminder's sound. Notifications go through the service worker's
 * registration where there is one, because only those carry action buttons and survive the tab
 * being in the background; public/sw-push.js handles their clicks. The tag makes each reminder
 * replace the last one instead of stacking up; `renotify` makes the replacement alert again.
 */

/** One tag for every break reminder, the same as the server's pushes (push-payload.ts). */
export const REMINDER_TAG = 'psoas-break';

/** The message a notification click sends to an open tab (see public/sw-push.js). */
export const SW_MESSAGE_TYPE = 'psoas-break-action';

/** Chromium's options beyond TypeScript's DOM library (actions, renotify). */
type ReminderNotificationOptions = NotificationOptions & {
  readonly actions?: readonly { readonly action: string; readonly title: string }[];
  readonly renotify?: boolean;
};

export type NotificationPermissionState = NotificationPermission | 'unsupported';

export function notificationPermission(): NotificationPermissionState {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Asks for permission; only ever called from a button the person pressed. */
export async function requestNotificationPermission(): Promise<NotificationPermissionState> {
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.requestPermission();
}

export function reminderNotification(reminder: Reminder): {
  title: string;
  /** What every notification takes. */
  options: NotificationOptions;
  /** What only a service worker's notification takes. */
  extra: Pick<ReminderNotificationOptions, 'actions' | 'renotify'>;
} {
  return {
    title: URGENCY_TITLES[reminder.urgency],
    options: {
      body: summariseRoutine(reminder.routine),
      tag: REMINDER_TAG,
      // Escalation makes it stay, never come more often (the scheduler owns the frequency).
      requireInteraction: reminder.urgency !== 'gentle',
      icon: '/icon-192.png',
      data: { url: '/breaks?take=1', dueAt: new Date(reminder.dueAt).toISOString() },
    },
    extra: {
      renotify: true,
      actions: [
        { action: 'take', title: 'Take break' },
        ...(reminder.canSnooze ? [{ action: 'snooze', title: 'Snooze' }] : []),
      ],
    },
  };
}

async function registration(): Promise<ServiceWorkerRegistration | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  try {
    return await navigator.serviceWorker.getRegistration();
  } catch {
    return undefined;
  }
}

/** Shows the reminder as a system notification when the person allowed it; true if shown. */
export async function showReminderNotification(reminder: Reminder): Promise<boolean> {
  if (notificationPermission() !== 'granted') return false;
  const { title, options, extra } = reminderNotification(reminder);
  try {
    const worker = await registration();
    if (worker) {
      const full: ReminderNotificationOptions = { ...options, ...extra };
      await worker.showNotification(title, full);
      return true;
    }
    // No worker (it is still installing, or blocked): a page notification, without actions.
    new Notification(title, options);
    return true;
  } catch {
    // A browser that refuses (e.g. a mobile one without a worker): the banner still shows.
    return false;
  }
}

/** Takes down the reminder's notification: the break was taken, snoozed or skipped. */
export async function closeReminderNotifications(): Promise<void> {
  const worker = await registration();
  if (!worker) return;
  try {
    const shown = await worker.getNotifications({ tag: REMINDER_TAG });
    for (const notification of shown) notification.close();
  } catch {
    // Nothing to close.
  }
}

let audio: AudioContext | null = null;

/**
 * A short, soft chime: two notes, three for an insistent reminder. Browsers only let a page
 * make sound after the person has interacted with it; until then this stays silent.
 */
export function playChime(urgency: Urgency): void {
  if (typeof AudioContext === 'undefined') return;
  try {
    audio ??= new AudioContext();
    const ctx = audio;
    if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
    const notes = urgency === 'insistent' ? [660, 880, 660] : [660, 880];
    notes.forEach((frequency, index) => {
      const start = ctx.currentTime + index * 0.22;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.2, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.2);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 0.21);
    });
  } catch {
    // No sound is better than a broken reminder.
  }
}
