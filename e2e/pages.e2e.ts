import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page.ts';
import { ensurePlan } from './support/api.ts';
import { launchBrowser, newContext, type Theme } from './support/browser.ts';
import { signUpPerson, signedInContext, type Person } from './support/person.ts';

type PageCase = { readonly path: string; readonly title: string };

/** Every route the app has, with the title its page must set, seen by a person with a plan. */
const PAGES: readonly PageCase[] = [
  { path: '/', title: 'Today' },
  { path: '/assess', title: 'Your assessment' },
  { path: '/assess/screening', title: 'Safety questions' },
  { path: '/assess/result', title: 'Your screening result' },
  { path: '/assess/self-tests', title: 'Self-tests' },
  { path: '/session', title: 'Session' },
  { path: '/breaks', title: 'Breaks' },
  { path: '/progress', title: 'Progress' },
  { path: '/learn', title: 'Learn' },
  { path: '/learn/anatomy', title: 'Anatomy of the psoas' },
  { path: '/learn/method', title: 'The care method' },
  { path: '/learn/habits', title: 'Sitting and desk habits' },
  { path: '/learn/when-to-see-a-doctor', title: 'When to see a doctor' },
  { path: '/learn/what-we-dont-claim', title: 'What we don’t claim' },
  { path: '/settings', title: 'Settings' },
  { path: '/exercises', title: 'Exercises' },
  { path: '/exercises?phase=stretch', title: 'Stretch exercises' },
  { path: '/exercises/kneeling-hip-flexor-stretch', title: 'Kneeling hip flexor stretch' },
  { path: '/exercises/hip-traction', title: 'Hip traction' },
  { path: '/exercises/no-such-exercise', title: 'Exercise not found' },
  { path: '/no-such-page', title: 'Page not found' },
];

/**
 * Seen signed out: the account pages, and the personal pages, whose sign-in panel keeps the
 * page's own title and heading.
 */
const SIGNED_OUT_PAGES: readonly PageCase[] = [
  { path: '/signin', title: 'Sign in' },
  { path: '/signup', title: 'Create your account' },
  { path: '/signin?next=%2Fprogress', title: 'Sign in' },
  { path: '/', title: 'Today' },
  { path: '/assess', title: 'Your assessment' },
  { path: '/session', title: 'Session' },
  { path: '/breaks', title: 'Breaks' },
  { path: '/progress', title: 'Progress' },
  { path: '/settings', title: 'Settings' },
];

const THEMES: readonly Theme[] = ['light', 'dark'];

let browser: Browser;
let person: Person;

beforeAll(async () => {
  person = await signUpPerson('pages');
  await ensurePlan(person);
  browser = await launchBrowser();
});

/** One h1, the landmarks, the title and an axe scan of `path` in the context's theme. */
async function checkPage(app: AppPage, theme: Theme, { path, title }: PageCase): Promise<void> {
  await app.open(path);
  expect(await app.appliedTheme()).toBe(theme);
  expect(await app.headingCount()).toBe(1);
  const landmarks = await app.landmarks();
  expect(landmarks.header).toBe(1);
  expect(landmarks.main).toBe(1);
  expect(landmarks.nav).toBeGreaterThanOrEqual(1);
  expect(await app.primaryNav.count()).toBe(1);
  expect(await app.page.title()).toBe(`${title} · Psoas Coach`);
  expect(await app.accessibilityViolations()).toEqual([]);
}

afterAll(async () => {
  await browser?.close();
});

describe.each(THEMES)('every page signed in, in the %s theme', (theme) => {
  it.each(PAGES)(
    '$path loads with one h1, landmarks, a title and no axe violations',
    async (page) => {
      const context = await signedInContext(browser, person, { theme, storedTheme: theme });
      try {
        const app = new AppPage(await context.newPage());
        await checkPage(app, theme, page);
        await app.page.getByRole('button', { name: 'Sign out' }).waitFor();
      } finally {
        await context.close();
      }
    },
  );
});

describe.each(THEMES)('signed out, in the %s theme', (theme) => {
  it.each(SIGNED_OUT_PAGES)(
    '$path loads with one h1, landmarks, a title and no axe violations',
    async (page) => {
      const context = await newContext(browser, { theme, storedTheme: theme });
      try {
        const app = new AppPage(await context.newPage());
        await checkPage(app, theme, page);
        const account = app.page.getByRole('navigation', { name: 'Account' });
        await account.getByRole('link', { name: 'Sign in' }).waitFor();
      } finally {
        await context.close();
      }
    },
  );
});

describe('layout', () => {
  it('marks the current section in the navigation with aria-current', async () => {
    const context = await newContext(browser);
    try {
      const app = new AppPage(await context.newPage());
      await app.open('/exercises/glute-bridge');
      expect(await app.navLink('Exercises').getAttribute('aria-current')).toBe('page');
      expect(await app.navLink('Today').getAttribute('aria-current')).toBeNull();
    } finally {
      await context.close();
    }
  });

  it('follows the system theme until a choice is saved in Settings', async () => {
    const context = await newContext(browser, { theme: 'dark' });
    try {
      const app = new AppPage(await context.newPage());
      await app.open('/settings');
      expect(await app.appliedTheme()).toBeUndefined();

      await app.page.getByRole('radio', { name: 'Light' }).check();
      expect(await app.appliedTheme()).toBe('light');

      // The choice is applied before first paint on the next load, not after React starts.
      await app.page.reload();
      expect(await app.appliedTheme()).toBe('light');
      await app.settled();
      expect(await app.page.getByRole('radio', { name: 'Light' }).isChecked()).toBe(true);

      await app.page.getByRole('radio', { name: 'Match my device' }).check();
      expect(await app.appliedTheme()).toBeUndefined();
    } finally {
      await context.close();
    }
  });
});
