// Loaded into the generated service worker (vite.config.ts, workbox.importScripts).
// Break reminders by Web Push, and what a click on a reminder does (issue 6).
//
// The payload is core's pushPayloadSchema (packages/core/src/breaks/push.schema.ts):
// { type: 'break-reminder' | 'test', title, body, dueAt, urgency, tag, reason?, routine? }.
// The tag is the one the tabs use too (break-notify.ts), so a newer reminder replaces the last
// one on screen whether it came from a tab or from the server.

/* global self, clients */

const ACTION_MESSAGE = 'psoas-break-action';
const TAKE_URL = '/breaks?take=1';

function readPayload(event) {
  try {
    const data = event.data ? event.data.json() : null;
    if (data && typeof data.title === 'string' && typeof data.body === 'string') return data;
  } catch {
    // Not JSON: fall through to a plain reminder, so a push is never dropped silently.
  }
  return {
    type: 'break-reminder',
    title: 'Time to stand up and move',
    body: '',
    urgency: 'gentle',
    tag: 'psoas-break',
  };
}

self.addEventListener('push', (event) => {
  const payload = readPayload(event);
  const isReminder = payload.type !== 'test';
  const options = {
    body: payload.body,
    tag: typeof payload.tag === 'string' ? payload.tag : 'psoas-break',
    renotify: true,
    // Escalation makes the notification stay, never come more often.
    requireInteraction: payload.urgency === 'firm' || payload.urgency === 'insistent',
    icon: '/icon-192.png',
    badge: '/icon-192.png',
    data: { url: isReminder ? TAKE_URL : '/breaks', type: payload.type, dueAt: payload.dueAt },
    actions: isReminder
      ? [
          { action: 'take', title: 'Take break' },
          { action: 'snooze', title: 'Snooze' },
        ]
      : [],
  };
  event.waitUntil(self.registration.showNotification(payload.title, options));
});

function randomId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Snooze with no tab open: tell the server, which runs the schedule when no tab does. */
function postSnooze() {
  const body = {
    source: 'web',
    events: [{ id: randomId(), event: { kind: 'snooze', now: new Date().toISOString() } }],
  };
  return fetch('/api/breaks/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  }).catch(() => undefined);
}

async function handleClick(notification, action) {
  const windows = await clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
  const isReminder = !notification.data || notification.data.type !== 'test';
  if (open && isReminder) {
    // An open tab runs the schedule: it takes or snoozes, and posts the event itself.
    open.postMessage({ type: ACTION_MESSAGE, action: action === 'snooze' ? 'snooze' : 'take' });
    if (action !== 'snooze') await open.focus();
    return;
  }
  if (action === 'snooze') {
    await postSnooze();
    return;
  }
  const url = (notification.data && notification.data.url) || TAKE_URL;
  if (open) {
    await open.focus();
    return;
  }
  await clients.openWindow(url);
}

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(handleClick(event.notification, event.action));
});
