import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExerciseDetailPage } from './pages/exercise-detail.page.ts';
import { ExerciseListPage } from './pages/exercise-list.page.ts';
import { baseUrl, launchBrowser, newContext } from './support/browser.ts';

type ManifestIcon = { src: string; sizes: string; type: string; purpose?: string };
type Manifest = {
  name: string;
  short_name: string;
  start_url: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: ManifestIcon[];
};

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('web app manifest', () => {
  it('is linked from the page, served and installable', async () => {
    const html = await (await fetch(`${baseUrl()}/`)).text();
    const href = /<link rel="manifest" href="([^"]+)"/.exec(html)?.[1];
    expect(href).toBeDefined();

    const response = await fetch(new URL(href ?? '', baseUrl()));
    expect(response.status).toBe(200);
    const manifest = (await response.json()) as Manifest;
    expect(manifest).toMatchObject({
      name: 'Psoas Coach',
      start_url: '/',
      display: 'standalone',
    });
    expect(manifest.short_name.length).toBeGreaterThan(0);
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);

    const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`);
    expect(sizes).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    for (const icon of manifest.icons) {
      const image = await fetch(new URL(icon.src, baseUrl()));
      expect(image.status, icon.src).toBe(200);
      expect(image.headers.get('content-type'), icon.src).toMatch(/^image\/png/);
    }

    const favicon = await fetch(`${baseUrl()}/favicon.svg`);
    expect(favicon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  });
});

describe('offline', () => {
  it('registers a service worker and opens the shell and the catalogue offline', async () => {
    const context = await newContext(browser, { serviceWorkers: true });
    try {
      const page = await context.newPage();
      const list = new ExerciseListPage(page);
      await list.openList();
      await page.waitForFunction(async () => {
        const registration = await navigator.serviceWorker.ready;
        return registration.active !== null;
      });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

      // The first catalogue request ran before the worker took control; load it once through
      // the worker so its runtime cache holds a copy, as any second visit would.
      await list.openList();
      const online = await list.exerciseIds();

      await context.setOffline(true);
      await page.reload();
      await list.cards.first().waitFor();
      expect(await list.exerciseIds()).toEqual(online);

      // A page never opened before still opens from the precached shell, and shows an error
      // from the API rather than the browser's offline page.
      await page.goto('/learn');
      await page.getByRole('heading', { level: 1, name: 'Learn' }).waitFor();

      // Client-side filters keep working offline from the one cached catalogue.
      await list.openList('stretch');
      expect(new Set(await list.phases())).toEqual(new Set(['Stretch']));
    } finally {
      await context.setOffline(false);
      await context.close();
    }
  });

  it('does not answer API or health routes with the app shell', async () => {
    const context = await newContext(browser, { serviceWorkers: true });
    try {
      const page = await context.newPage();
      await page.goto('/');
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const response = await page.goto('/healthz');
      expect(response?.headers()['content-type']).toMatch(/application\/json/);
    } finally {
      await context.close();
    }
  });

  it('shows an offline error for an exercise never loaded', async () => {
    const context = await newContext(browser, { serviceWorkers: true });
    try {
      const page = await context.newPage();
      await page.goto('/');
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await context.setOffline(true);
      const detail = new ExerciseDetailPage(page);
      await page.goto('/exercises/single-leg-bridge');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await detail.heading.innerText()).toBe('Exercise unavailable');
    } finally {
      await context.setOffline(false);
      await context.close();
    }
  });
});
