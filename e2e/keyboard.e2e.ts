import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page.ts';
import { ExerciseListPage } from './pages/exercise-list.page.ts';
import { launchBrowser, newContext } from './support/browser.ts';
import { fetchCatalogue } from './support/catalogue.ts';

const MAX_TABS = 40;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Presses Tab until `matches` holds for the focused element; fails after MAX_TABS presses. */
async function tabUntil(
  app: AppPage,
  matches: (focused: Awaited<ReturnType<AppPage['focused']>>) => boolean,
): Promise<void> {
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    await app.page.keyboard.press('Tab');
    if (matches(await app.focused())) return;
  }
  throw new Error(`nothing matching was focused within ${MAX_TABS} presses of Tab`);
}

describe('keyboard only', () => {
  it('starts at a skip link that moves focus to the content', async () => {
    const context = await newContext(browser);
    try {
      const app = new AppPage(await context.newPage());
      await app.open('/learn');
      await app.page.keyboard.press('Tab');
      expect(await app.focused()).toMatchObject({ tag: 'a', text: 'Skip to content' });
      await app.page.keyboard.press('Enter');
      expect(await app.focused()).toMatchObject({ tag: 'main' });
      // The next stop is inside the content, not back in the header.
      await app.page.keyboard.press('Tab');
      const inMain = await app.page.evaluate(
        () => document.activeElement?.closest('main') !== null,
      );
      expect(inMain).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('reaches the exercise library, filters it and opens an exercise', async () => {
    const context = await newContext(browser);
    try {
      const app = new AppPage(await context.newPage());
      await app.open('/');

      await tabUntil(app, (focused) => focused.tag === 'a' && focused.text === 'Exercises');
      await app.page.keyboard.press('Enter');
      await app.page.waitForURL(/\/exercises$/);
      const list = new ExerciseListPage(app.page);
      await list.cards.first().waitFor();

      // Radios: Tab enters the group at the checked one, arrows move the choice.
      await tabUntil(app, (focused) => focused.tag === 'input' && focused.name === 'phase');
      await app.page.keyboard.press('ArrowRight');
      await app.page.waitForURL(/\?phase=release$/);
      const releases = await fetchCatalogue('?phase=release');
      await expect.poll(() => list.phases()).toEqual(releases.map(() => 'Release'));

      await tabUntil(
        app,
        // An exercise card's link (the printable handout link comes first and is skipped).
        (focused) => focused.tag === 'a' && /^\/exercises\/[a-z0-9-]+$/.test(focused.href ?? ''),
      );
      const target = (await app.focused()).text;
      await app.page.keyboard.press('Enter');
      await app.page.waitForURL(/\/exercises\/[a-z0-9-]+$/);
      await app.page.getByRole('heading', { level: 1, name: target }).waitFor();
      // Focus follows the navigation into the new page.
      expect(await app.focused()).toMatchObject({ tag: 'main' });
    } finally {
      await context.close();
    }
  });

  it('shows a visible focus ring on focused links', async () => {
    const context = await newContext(browser);
    try {
      const app = new AppPage(await context.newPage());
      await app.open('/');
      await tabUntil(app, (focused) => focused.text === 'Learn');
      const outline = await app.page.evaluate(() => {
        const element = document.activeElement;
        return element ? getComputedStyle(element).outlineStyle : 'none';
      });
      expect(outline).toBe('solid');
    } finally {
      await context.close();
    }
  });
});
