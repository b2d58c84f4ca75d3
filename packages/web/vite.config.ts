import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const API_TARGET = 'http://localhost:8080';

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      // Registration happens in src/platform/service-worker.ts, after the first render.
      injectRegister: false,
      includeAssets: ['favicon.svg', 'theme-init.js', 'apple-touch-icon.png', 'sw-push.js'],
      manifest: {
        name: 'Psoas Coach',
        short_name: 'Psoas',
        description:
          'Keep your psoas, hip flexors and lower back healthy in a sitting world: release, stretch, activate, strengthen.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0f5c4d',
        background_color: '#f7f5f0',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        // These are server endpoints, never app routes: the shell must not answer for them.
        navigateFallbackDenylist: [/^\/api(?:\/|$)/, /^\/healthz$/, /^\/metrics$/],
        // Take over the page that registered the worker at once, so the catalogue it fetches
        // on the very first visit is already cached for offline use.
        clientsClaim: true,
        skipWaiting: true,
        // Push and notification-click handlers (Web Push break reminders, issue 6) live in a
        // plain file in public/, loaded into the generated worker.
        importScripts: ['/sw-push.js'],
        runtimeCaching: [
          {
            // The plan, so a session can start offline from the last plan seen.
            urlPattern: /\/api\/plan(?:\?.*)?$/,
            method: 'GET',
            handler: 'NetworkFirst',
            options: {
              cacheName: 'psoas-api-plan',
              networkTimeoutSeconds: 5,
              expiration: { maxEntries: 20, maxAgeSeconds: 14 * 24 * 60 * 60 },
              cacheableResponse: { statuses: [200] },
            },
          },
          {
            // NetworkFirst: fresh catalogue when online, the last one seen when offline.
            urlPattern: /\/api\/exercises(?:[/?].*)?$/,
            method: 'GET',
            handler: 'NetworkFirst',
            options: {
              cacheName: 'psoas-api-exercises',
              networkTimeoutSeconds: 5,
              expiration: { maxEntries: 100, maxAgeSeconds: 30 * 24 * 60 * 60 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
  ],
  server: {
    proxy: {
      '/api': API_TARGET,
      '/healthz': API_TARGET,
    },
  },
  css: {
    // Inline (empty) PostCSS options stop Vite from searching for a PostCSS config. That
    // search runs postcss-load-config, which sets NODE_ENV to "development" when it is unset,
    // and Vite 8 then bundles React's development build and the dev JSX runtime.
    postcss: {},
  },
  build: {
    sourcemap: true,
  },
});
