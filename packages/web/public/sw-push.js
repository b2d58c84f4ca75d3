// Loaded into the generated service worker (vite.config.ts, workbox.importScripts).
// Break reminders by Web Push and notification clicks: filled in by the breaks work (issue 6).
