import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { inject } from 'vitest';

export type Theme = 'light' | 'dark';

/** Debian's Chromium, with everything that would reach the internet switched off. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export function baseUrl(): string {
  return inject('baseUrl');
}

export type ContextOptions = {
  readonly theme?: Theme;
  readonly width?: number;
  readonly height?: number;
  /** Store the theme choice before any page script runs, as Settings would. */
  readonly storedTheme?: Theme;
  /**
   * Off by default so request routing and network state are what each test sets up; the PWA
   * tests switch it on.
   */
  readonly serviceWorkers?: boolean;
};

export async function newContext(
  browser: Browser,
  {
    theme = 'light',
    width = 1280,
    height = 800,
    storedTheme,
    serviceWorkers = false,
  }: ContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: { width, height },
    colorScheme: theme,
    reducedMotion: 'reduce',
    serviceWorkers: serviceWorkers ? 'allow' : 'block',
  });
  if (storedTheme) {
    await context.addInitScript((choice) => {
      window.localStorage.setItem('psoas-coach.theme', choice);
    }, storedTheme);
  }
  return context;
}
