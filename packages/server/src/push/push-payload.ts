import type { Instant, Reminder, Urgency } from '@psoas/core';
import type { PushMessage, PushUrgency } from './push-sender.ts';

/**
 * The messages the server pushes, as the service worker shows them (core's pushPayloadSchema).
 * The notification text is made here because a service worker woken by a push has no app to
 * ask; it stays short, the routine itself plays when the person opens the app.
 */

/**
 * A reminder older than this is stale: the push service drops it rather than wake a device
 * that was offline, and the next reminder comes an interval later anyway.
 */
export const REMINDER_TTL_SECONDS = 5 * 60;

/** One break notification at a time: a newer reminder replaces an older one on screen. */
export const REMINDER_TAG = 'psoas-break';

const TITLES: Readonly<Record<Urgency, string>> = {
  gentle: 'Time for a short break',
  firm: 'Time to stand up',
  insistent: 'You have been sitting a long time',
};

/** Firm and insistent reminders ask the push service to deliver at once, even on battery. */
const PUSH_URGENCY: Readonly<Record<Urgency, PushUrgency>> = {
  gentle: 'normal',
  firm: 'high',
  insistent: 'high',
};

/** The push for a reminder the server's scheduler made; `dueAt` is when it was scheduled. */
export function reminderMessage(reminder: Reminder, dueAt: Instant): PushMessage {
  const { routine } = reminder;
  const names = [...new Set(routine.steps.map((step) => step.name))];
  const minutes = Math.max(1, Math.round(routine.totalSeconds / 60));
  return {
    payload: {
      type: 'break-reminder',
      title: TITLES[reminder.urgency],
      body: `${minutes}-minute break: ${names.join(', ')}.`,
      dueAt: new Date(dueAt).toISOString(),
      urgency: reminder.urgency,
      tag: REMINDER_TAG,
      reason: reminder.reason,
      routine,
    },
    ttlSeconds: REMINDER_TTL_SECONDS,
    urgency: PUSH_URGENCY[reminder.urgency],
    topic: 'break-reminder',
  };
}

/** The message of `POST /api/push/test`, sent at `now`. */
export function testMessage(now: number): PushMessage {
  return {
    payload: {
      type: 'test',
      title: 'Psoas Coach notifications work',
      body: 'Break reminders will appear like this when the app is closed.',
      dueAt: new Date(now).toISOString(),
      urgency: 'gentle',
      tag: 'psoas-test',
    },
    ttlSeconds: 60,
    urgency: 'normal',
    topic: 'test',
  };
}
