// Loaded into the generated service worker (vite.config.ts, workbox.importScripts).
// Break reminders by Web Push, and what a click on a reminder does (issue 6).
//
// The payload is core's pushPayloadSchema (packages/core/src/breaks/push.schema.ts):
// { type: 'break-reminder' | 'test', title, body, dueAt, urgency, tag, reason?, routine? }.
// The tag is the one the tabs use too (break-notify.ts), so a newer reminder replaces the last
// one on screen whether it came from a tab or from the server.

/* global self, clients, caches */

const ACTION_MESSAGE = 'psoas-break-action';
const TAKE_URL = '/breaks?take=1';

// The CSRF token of the cookie session (issue 7). Every cookie-signed-in write needs it as
// X-CSRF-Token, and this worker cannot read the page's memory, so the page posts it here
// (src/platform/service-worker-token.ts) on start, sign-in and sign-out (null). It is kept in
// Cache Storage because the browser stops and restarts a worker at will and a notification can
// be clicked long after the page closed. Only this origin can read it, and it is useless without
// the HttpOnly session cookie.
const TOKEN_MESSAGE = 'psoas-csrf-token';
const TOKEN_CACHE = 'psoas-auth';
const TOKEN_KEY = '/__psoas/csrf-token';
const CSRF_HEADER = 'x-csrf-token';

async function saveToken(token) {
  const cache = await caches.open(TOKEN_CACHE);
  if (typeof token === 'string' && token.length > 0) {
    await cache.put(TOKEN_KEY, new Response(token, { headers: { 'content-type': 'text/plain' } }));
  } else {
    await cache.delete(TOKEN_KEY);
  }
}

async function readToken() {
  try {
    const cache = await caches.open(TOKEN_CACHE);
    const stored = await cache.match(TOKEN_KEY);
    return stored ? await stored.text() : null;
  } catch {
    return null;
  }
}

self.addEventListener('message', (event) => {
  const data = event.data;
  // Only the app's own pages can message this worker (same origin); check the shape anyway.
  if (!data || data.type !== TOKEN_MESSAGE) return;
  if (data.token !== null && typeof data.token !== 'string') return;
  event.waitUntil(saveToken(data.token));
});

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

/**
 * Snooze with no tab open: tell the server, which runs the schedule when no tab does. True when
 * the server took it; false when it refused (no token, a stale one, signed out) or could not be
 * reached, and the caller then opens the app so the person can snooze or sign in there.
 */
async function postSnooze() {
  const body = {
    source: 'web',
    events: [{ id: randomId(), event: { kind: 'snooze', now: new Date().toISOString() } }],
  };
  const token = await readToken();
  if (!token) return false;
  try {
    const response = await fetch('/api/breaks/events', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        [CSRF_HEADER]: token,
      },
      body: JSON.stringify(body),
    });
    // 403 CSRF_TOKEN_INVALID: the session was rotated since the page shared the token; 401:
    // signed out. A stale token will not get better, so forget it.
    if (response.status === 401 || response.status === 403) await saveToken(null);
    return response.ok;
  } catch {
    return false;
  }
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
    if (await postSnooze()) return;
    // Not taken: open the app on the breaks page, where the snooze can be done signed in.
    await (open ? open.focus() : clients.openWindow('/breaks'));
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
