import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker that precaches the app shell and keeps the last catalogue for
 * offline use. With autoUpdate, a new version takes over on the next load by itself.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  void registerSW({ immediate: true });
}
