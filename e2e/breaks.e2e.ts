import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page.ts';
import { api } from './support/api.ts';
import { baseUrl, launchBrowser, type Theme } from './support/browser.ts';
import { signUpPerson, signedInContext, type Person } from './support/person.ts';

/**
 * Sitting-break reminders end to end (issue 6), through the real server: the tab's scheduler
 * reminds at the due instant on Playwright's fake clock, the break is taken in the player, and
 * the Breaks page and GET /api/breaks/stats both count it; snooze and meeting mode hold the
 * reminder back. The fake clock starts in the past, because the server refuses events from more
 * than 5 minutes ahead of its own clock, and the working day is the whole day in a zone where it
 * is about noon now, so the run never crosses a local midnight whenever it happens.
 */

const DOCS = resolve(import.meta.dirname, '..', 'docs');
const ARTIFACTS = resolve(import.meta.dirname, '..', '.e2e-artifacts');
const MINUTE = 60_000;

/** A fixed-offset zone in which it is about noon now. */
function zoneNearNoon(): string {
  const utcHour = new Date().getUTCHours() + new Date().getUTCMinutes() / 60;
  const offset = Math.round(12 - utcHour);
  if (offset === 0) return 'Etc/GMT';
  // POSIX sign: Etc/GMT+3 is three hours behind UTC.
  return offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

const ZONE = zoneNearNoon();

type DayStats = { date: string; breaksTaken: number; snoozed: number };
type StatsJson = { days: DayStats[] };

async function todayStats(): Promise<DayStats> {
  const response = await api(person, '/api/breaks/stats');
  expect(response.status).toBe(200);
  const stats = response.body as StatsJson;
  const today = stats.days.at(-1);
  if (!today) throw new Error('stats without today');
  return today;
}

class BreaksPage extends AppPage {
  get banner(): Locator {
    return this.page.getByRole('complementary', { name: 'Break reminder' });
  }

  get reminderTitle(): Locator {
    return this.banner.getByText('Time to stand up and move');
  }

  button(name: string): Locator {
    return this.banner.getByRole('button', { name, exact: true });
  }

  stat(name: string): Locator {
    return this.page.locator(`[data-stat="${name}"]`);
  }

  /**
   * Lets `minutes` pass on the page's clock while the person works in it: a little input every
   * minute, as typing would give, so the page does not take them for away. One minute at a time,
   * because runFor fires the timers back to back: the steps they start finish afterwards, and
   * a longer run would look like a laptop that slept (break-engine.ts, GAP_MS).
   */
  async work(minutes: number): Promise<void> {
    let left = minutes;
    while (left > 0) {
      const step = Math.min(1, left);
      await this.page.mouse.move(200 + left, 300 + left);
      await this.page.clock.runFor(step * MINUTE);
      left -= step;
    }
  }

  async notificationTitles(): Promise<string[]> {
    return this.page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const shown = await registration.getNotifications({ tag: 'psoas-break' });
      return shown.map((n) => n.title);
    });
  }
}

let browser: Browser;
let person: Person;

beforeAll(async () => {
  person = await signUpPerson('breaks');
  browser = await launchBrowser();
  await mkdir(ARTIFACTS, { recursive: true });
  await mkdir(DOCS, { recursive: true });
  const response = await api(person, '/api/breaks/settings', {
    method: 'PUT',
    body: JSON.stringify({
      intervalMinutes: 30,
      breakMinutes: 2,
      workingHours: {
        timeZone: ZONE,
        days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
        start: '00:00',
        end: '23:59',
      },
      snooze: { minutes: 5, maxInARow: 2 },
    }),
  });
  expect(response.status).toBe(200);
});

afterAll(async () => {
  await browser?.close();
});

/** A tab whose clock starts `minutesAgo` in the past and runs from there. */
async function openBreaks(
  context: BrowserContext,
  minutesAgo: number,
  path = '/breaks',
): Promise<BreaksPage> {
  const page: Page = await context.newPage();
  await page.clock.install({ time: Date.now() - minutesAgo * MINUTE });
  const breaks = new BreaksPage(page);
  await breaks.open(path);
  return breaks;
}

describe('break reminders', () => {
  it('reminds at the due time, notifies, and counts the break taken', async () => {
    const before = await todayStats();
    const context = await signedInContext(browser, person, { serviceWorkers: true });
    await context.grantPermissions(['notifications'], { origin: baseUrl() });
    try {
      const breaks = await openBreaks(context, 34);
      await breaks.page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await breaks.page.getByText(/Next break at/).waitFor();

      await breaks.work(29);
      expect(await breaks.reminderTitle.count()).toBe(0);
      await breaks.work(1.5);
      await breaks.reminderTitle.waitFor();
      await breaks.banner.getByText(/Standing hip flexor stretch|Walking break/).waitFor();
      // The banner does not take the focus away from what the person was doing.
      expect(await breaks.page.evaluate(() => document.activeElement?.tagName)).not.toBe('BUTTON');
      await expect.poll(() => breaks.notificationTitles()).toContain('Time to stand up and move');
      expect(await breaks.accessibilityViolations()).toEqual([]);
      await breaks.page.screenshot({ path: resolve(DOCS, 'screenshot-breaks.png') });

      // The routine plays in the session player and logs the break when it finishes.
      await breaks.button('Take break').click();
      await breaks.banner.getByText('Break time: follow the routine').waitFor();
      await breaks.banner.getByRole('group', { name: 'Session controls' }).waitFor();
      await breaks.page.screenshot({ path: resolve(ARTIFACTS, 'breaks-player-light-1280.png') });
      await breaks.work(3);
      await breaks.reminderTitle.waitFor({ state: 'detached' });
      await breaks.banner
        .getByText('Break time: follow the routine')
        .waitFor({ state: 'detached' });
      await expect
        .poll(async () => (await breaks.notificationTitles()).length, { timeout: 10_000 })
        .toBe(0);

      // The page's dial and the server count the break once it was sent.
      await breaks
        .stat('taken')
        .filter({ hasText: String(before.breaksTaken + 1) })
        .waitFor();
      await expect
        .poll(async () => (await todayStats()).breaksTaken, { timeout: 10_000 })
        .toBe(before.breaksTaken + 1);
      await breaks.page.screenshot({
        path: resolve(ARTIFACTS, 'breaks-after-light-1280.png'),
        fullPage: true,
      });
    } finally {
      await context.close();
    }
  });

  it('holds the reminder back while snoozed and during a meeting, on any page', async () => {
    const context = await signedInContext(browser, person);
    try {
      const breaks = await openBreaks(context, 58, '/exercises');
      await breaks.work(30.5);
      await breaks.reminderTitle.waitFor();

      await breaks.button('Snooze 5 min').click();
      await breaks.reminderTitle.waitFor({ state: 'detached' });
      await breaks.work(4);
      expect(await breaks.reminderTitle.count()).toBe(0);
      await breaks.work(1.5);
      await breaks.reminderTitle.waitFor();

      await breaks.button('In a meeting').click();
      await breaks.banner.getByText('Meeting mode: breaks wait until it ends').waitFor();
      expect(await breaks.reminderTitle.count()).toBe(0);
      await breaks.work(10);
      expect(await breaks.reminderTitle.count()).toBe(0);
      await breaks.button('End meeting').click();
      // Postponed, not cancelled: the held reminder comes back as the meeting ends.
      await breaks.reminderTitle.waitFor();

      // A second snooze is the last one in a row: the button says so and is then disabled.
      await breaks.button('Snooze 5 min').click();
      await breaks.work(5.5);
      await breaks.reminderTitle.waitFor();
      expect(await breaks.button('Snooze 5 min').isDisabled()).toBe(true);
      await breaks.banner.getByText('Snoozed 2 times in a row: take it or skip it.').waitFor();

      await breaks.button('Skip').click();
      await breaks.reminderTitle.waitFor({ state: 'detached' });
      await breaks.navLink('Breaks').click();
      // This tab's timeline lies before the first test's, so the server's copy of the schedule
      // cannot replay it (it was not reminding then); the page's own view says what happened.
      await breaks.page.getByText(/Next break at/).waitFor();
    } finally {
      await context.close();
    }
  });

  it.each([
    ['light', 1280, 900],
    ['dark', 390, 844],
  ] as const)('has no axe violations on /breaks in %s', async (theme: Theme, width, height) => {
    const context = await signedInContext(browser, person, {
      theme,
      width,
      height,
      storedTheme: theme,
    });
    try {
      const breaks = new BreaksPage(await context.newPage());
      await breaks.open('/breaks');
      await breaks.page.getByRole('heading', { name: 'Last four weeks' }).waitFor();
      await breaks.page.locator('.weeks-chart').waitFor();
      expect(await breaks.accessibilityViolations()).toEqual([]);
      await breaks.page.screenshot({
        path: resolve(ARTIFACTS, `breaks-${theme}-${width}.png`),
        fullPage: true,
      });
    } finally {
      await context.close();
    }
  });
});
