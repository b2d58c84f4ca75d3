import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForNoLoader } from './pages/app-page.ts';
import { ensurePlan } from './support/api.ts';
import { baseUrl, launchBrowser, newContext, type ContextOptions } from './support/browser.ts';
import { signUpPerson, signedInContext, type Person } from './support/person.ts';

/**
 * The Content-Security-Policy the server sends (no inline script or style, workers from our
 * origin) must not break the built app: every page loads in Chromium without one violation.
 * Violations are caught two ways, because neither sees everything: the document's
 * `securitypolicyviolation` events, and the console errors Chromium writes for each block.
 */

/** The app's main pages, one per section, signed in as a person with a plan. */
const PAGES = [
  '/',
  '/assess',
  '/session',
  '/breaks',
  '/progress',
  '/learn',
  '/learn/anatomy',
  '/settings',
  '/exercises',
  '/exercises/kneeling-hip-flexor-stretch',
  '/no-such-page',
] as const;

/** The pages a visitor sees before signing in. */
const SIGNED_OUT_PAGES = ['/signin', '/signup', '/progress', '/settings'] as const;

type Violation = { readonly directive: string; readonly blocked: string; readonly source: string };

declare global {
  interface Window {
    __cspViolations?: Violation[];
  }
}

/**
 * A context that records every CSP violation of its pages, from before their first script;
 * signed in as `as`, or signed out when it is null.
 */
async function watchedContext(
  as: Person | null,
  options: ContextOptions = {},
): Promise<{ context: BrowserContext; consoleErrors: string[] }> {
  const context = as
    ? await signedInContext(browser, as, options)
    : await newContext(browser, options);
  // Init scripts are injected by the browser's debugging protocol, which CSP does not govern.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
      });
    });
  });
  const consoleErrors: string[] = [];
  context.on('console', (message) => {
    if (/content security policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  return { context, consoleErrors };
}

async function violationsOf(page: Page): Promise<Violation[]> {
  return page.evaluate(() => window.__cspViolations ?? []);
}

/** The page has rendered its own heading and no loader is left. */
async function settle(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await waitForNoLoader(page);
}

let browser: Browser;
let person: Person;

beforeAll(async () => {
  person = await signUpPerson('csp');
  await ensurePlan(person);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the Content-Security-Policy', () => {
  it('is sent with the app shell', async () => {
    const response = await fetch(`${baseUrl()}/`, { headers: { accept: 'text/html' } });
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe');
  });

  it.each(PAGES)('lets %s load signed in without a violation', async (path) => {
    const { context, consoleErrors } = await watchedContext(person);
    try {
      const page = await context.newPage();
      await page.goto(path);
      await settle(page);
      expect(await violationsOf(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(SIGNED_OUT_PAGES)('lets %s load signed out without a violation', async (path) => {
    const { context, consoleErrors } = await watchedContext(null);
    try {
      const page = await context.newPage();
      await page.goto(path);
      await settle(page);
      expect(await violationsOf(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lets the session player start its wake-alarm worker', async () => {
    // The worker is a hashed file of the build: find its name in the app's entry script.
    const shell = await (await fetch(`${baseUrl()}/`)).text();
    const entry = /src="(\/assets\/index-[\w-]+\.js)"/.exec(shell)?.[1];
    expect(entry).toBeDefined();
    const bundle = await (await fetch(`${baseUrl()}${entry}`)).text();
    const workerPath = /wake-alarm\.worker-[\w-]+\.js/.exec(bundle)?.[0];
    expect(workerPath).toBeDefined();

    const { context, consoleErrors } = await watchedContext(person);
    try {
      const page = await context.newPage();
      await page.goto('/');
      await settle(page);
      const woke = await page.evaluate(
        (url) =>
          new Promise<string>((resolve, reject) => {
            const worker = new Worker(url, { type: 'module' });
            worker.onmessage = (event: MessageEvent<unknown>) => resolve(String(event.data));
            worker.onerror = () => reject(new Error('the worker failed to load'));
            worker.postMessage(10);
          }),
        `/assets/${workerPath ?? ''}`,
      );
      expect(woke).toBe('wake');
      expect(await violationsOf(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lets the service worker install, with its imported push handlers', async () => {
    const { context, consoleErrors } = await watchedContext(person, { serviceWorkers: true });
    try {
      const page = await context.newPage();
      await page.goto('/');
      await settle(page);
      // importScripts('/sw-push.js') is checked against the worker's own policy: if it were
      // blocked, installing would fail and the page would never be controlled.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      expect(await violationsOf(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lets the API docs (Swagger UI) render under their own policy', async () => {
    const { context, consoleErrors } = await watchedContext(null);
    try {
      const page = await context.newPage();
      const response = await page.goto('/api/docs/');
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self';");
      await page.locator('.swagger-ui .info .title').waitFor();
      await page.locator('.opblock').first().waitFor();
      expect(await violationsOf(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
