import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page, Request, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page.ts';
import { api, ensurePlan } from './support/api.ts';
import { launchBrowser, type Theme } from './support/browser.ts';
import { signUpPerson, signedInContext, type Person } from './support/person.ts';

/**
 * The session log end to end, through the real server and the real session player: a session
 * finished while the browser is offline waits on the device and is stored exactly once when
 * the browser is back online, also when the answer to the first stored request is lost; the
 * Progress page shows it. The file has a person of its own; each test's session is told apart
 * by its note.
 */

const DOCS = resolve(import.meta.dirname, '..', 'docs');
const ARTIFACTS = resolve(import.meta.dirname, '..', '.e2e-artifacts');
const RUN = `e2e-${Date.now().toString(36)}`;
const QUEUE_KEY = 'psoas-coach.session-log.v1';

type StoredSession = { id: string; note: string; outcome: string; painNow: number | null };

async function storedSessions(): Promise<StoredSession[]> {
  const { status, body } = await api(person, '/api/sessions?limit=200');
  expect(status).toBe(200);
  return (body as { sessions: StoredSession[] }).sessions;
}

async function storedWithNote(note: string): Promise<StoredSession[]> {
  return (await storedSessions()).filter((session) => session.note === note);
}

/** The session player, driven from start to its end form, ended early by the person. */
async function finishSessionInPlayer(page: Page, note: string, options: { offline: boolean }) {
  await page.goto('/session');
  const start = page.getByRole('button', { name: 'Start session' });
  await start.waitFor();
  // The plan is on the page; from here on the network may be gone.
  if (options.offline) await page.context().setOffline(true);
  await start.click();
  await page.getByRole('button', { name: 'End', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'End session' }).click();
  await page.locator('#end-note').fill(note);
  await page.locator('#end-pain-now').selectOption('3');
  await page.getByRole('button', { name: 'Save this session' }).click();
  await page.locator('#saved-heading').waitFor();
}

async function queuedOnDevice(page: Page): Promise<{ key: string; body: { note: string } }[]> {
  return page.evaluate((key) => {
    const stored = JSON.parse(window.localStorage.getItem(key) ?? '{"pending":[]}') as {
      pending: { key: string; body: { note: string } }[];
    };
    return stored.pending;
  }, QUEUE_KEY);
}

type PlanItemJson = {
  exerciseId: string;
  laterality: 'both-sides' | 'per-side';
  holdSeconds: number | null;
  reps: number | null;
  sets: number;
};
type PlanJson = {
  today: { date: string; sessions: { kind: string; items: PlanItemJson[] }[] };
};

/**
 * Logs a full session of today's plan through the API (as the player would after finishing
 * it), so the history has a realistic entry to look at next to the ones ended at once.
 */
async function logFullSession(day: string, finishedAt: Date, painNow: number, note: string) {
  const plan = (await api(person, '/api/plan')).body as PlanJson;
  const main = plan.today.sessions.find((session) => session.kind === 'main');
  const items = (main?.items ?? []).flatMap(
    (item): { exerciseId: string; side: string | null }[] => {
      const repsPerSet = item.reps ?? 1;
      const reps = item.sets * repsPerSet;
      const logged = {
        exerciseId: item.exerciseId,
        planned: { sets: item.sets, repsPerSet, holdSeconds: item.holdSeconds },
        done: {
          sets: item.sets,
          reps,
          heldSeconds: item.holdSeconds === null ? null : reps * item.holdSeconds,
          skippedSteps: 0,
        },
      };
      return item.laterality === 'per-side'
        ? [
            { ...logged, side: 'left' },
            { ...logged, side: 'right' },
          ]
        : [{ ...logged, side: null }];
    },
  );
  const first = items[0];
  const response = await api(person, '/api/sessions', {
    method: 'POST',
    headers: { 'idempotency-key': `${RUN}-${day}` },
    body: JSON.stringify({
      date: day,
      startedAt: new Date(finishedAt.getTime() - 11 * 60_000).toISOString(),
      finishedAt: finishedAt.toISOString(),
      outcome: 'completed',
      plannedSeconds: 600,
      activeSeconds: 610,
      items,
      // "About right" leaves the progression as it is for the tests that run after this one.
      feedback: first ? [{ exerciseId: first.exerciseId, rating: 'about-right', pain: 1 }] : [],
      painNow,
      note,
    }),
  });
  expect(response.status).toBe(201);
}

type Post = { key: string | null };

/** Every POST /api/sessions the page makes, with its Idempotency-Key. */
function watchPosts(page: Page): Post[] {
  const posts: Post[] = [];
  page.on('request', (request: Request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/sessions') {
      posts.push({ key: request.headers()['idempotency-key'] ?? null });
    }
  });
  return posts;
}

async function scanProgress(name: string, themes: Theme[] = ['light', 'dark']): Promise<void> {
  for (const theme of themes) {
    const context = await signedInContext(browser, person, {
      theme,
      storedTheme: theme,
      width: 1280,
    });
    try {
      const page = new AppPage(await context.newPage());
      await page.open('/progress');
      await page.page.screenshot({
        path: resolve(ARTIFACTS, `progress-${name}-${theme}.png`),
        fullPage: true,
      });
      expect(await page.accessibilityViolations()).toEqual([]);
    } finally {
      await context.close();
    }
  }
}

let browser: Browser;
let context: BrowserContext;
let person: Person;

beforeAll(async () => {
  person = await signUpPerson('session-log');
  await ensurePlan(person);
  browser = await launchBrowser();
  context = await signedInContext(browser, person, { theme: 'light', storedTheme: 'light' });
  await mkdir(ARTIFACTS, { recursive: true });
  await mkdir(DOCS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('session log', () => {
  it('shows an empty history that points to the session player, accessible in both themes', async () => {
    // This file's person has logged nothing yet.
    expect(await storedSessions()).toEqual([]);
    for (const theme of ['light', 'dark'] as const) {
      const extra = await signedInContext(browser, person, { theme, storedTheme: theme });
      try {
        const page = new AppPage(await extra.newPage());
        await page.open('/progress');
        await page.page.getByRole('heading', { name: 'No sessions yet' }).waitFor();
        await page.page.getByRole('link', { name: 'Start a session' }).waitFor();
        expect(await page.accessibilityViolations()).toEqual([]);
      } finally {
        await extra.close();
      }
    }
  });

  it('stores a session finished offline exactly once when the browser is back online', async () => {
    const note = `${RUN} offline`;
    const page = await context.newPage();
    const posts = watchPosts(page);
    const created: number[] = [];
    page.on('response', (response) => {
      if (response.request().method() === 'POST' && response.url().endsWith('/api/sessions')) {
        created.push(response.status());
      }
    });

    await finishSessionInPlayer(page, note, { offline: true });
    expect(await page.locator('#saved-heading').textContent()).toBe('Saved on this device');
    const queued = await queuedOnDevice(page);
    expect(queued.map((entry) => entry.body.note)).toEqual([note]);
    expect(await storedWithNote(note)).toEqual([]);

    const sent = page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' && response.url().endsWith('/api/sessions'),
    );
    await context.setOffline(false); // the page's `online` event starts the sync
    expect((await sent).status()).toBe(201);
    await expect.poll(() => queuedOnDevice(page)).toEqual([]);

    expect(await storedWithNote(note)).toHaveLength(1);
    const sentKeys = posts.map((post) => post.key).filter((key) => key !== null);
    expect(new Set(sentKeys)).toEqual(new Set([queued[0]?.key]));
    expect(created).toEqual([201]);

    const progress = new AppPage(page);
    await progress.open('/progress');
    const card = page.locator('.session-card', { hasText: note });
    await card.waitFor();
    expect(await card.locator('.session-card__outcome').textContent()).toBe('Ended early');
    expect(await card.textContent()).toContain('3 out of 10');
    expect(await page.getByRole('heading', { name: /waiting to sync/ }).count()).toBe(0);
    await page.close();
  });

  it('stores a session once when the answer to the stored request is lost, then syncs on demand', async () => {
    const note = `${RUN} dropped`;
    const page = await context.newPage();
    const posts = watchPosts(page);
    const atServer: number[] = [];
    let mode: 'drop-after-store' | 'unreachable' | 'pass' = 'drop-after-store';
    await page.route('**/api/sessions', async (route: Route) => {
      if (route.request().method() !== 'POST') return route.continue();
      if (mode === 'unreachable') return route.abort('internetdisconnected');
      if (mode === 'pass') return route.continue();
      // The server stores the session; its answer never reaches the page.
      const response = await route.fetch();
      atServer.push(response.status());
      mode = 'unreachable';
      return route.abort('connectionreset');
    });

    await finishSessionInPlayer(page, note, { offline: true });
    const [key] = (await queuedOnDevice(page)).map((entry) => entry.key);
    expect(key).toBeTruthy();

    await context.setOffline(false);
    await expect.poll(() => atServer).toEqual([201]);
    expect(await storedWithNote(note)).toHaveLength(1);
    // The device never heard back, so it still holds the session, under the same key.
    expect((await queuedOnDevice(page)).map((entry) => entry.key)).toEqual([key]);

    // Reopened while the server cannot be reached: the page marks it as waiting to sync.
    const progress = new AppPage(page);
    await progress.open('/progress');
    const pending = page.locator('.progress-pending');
    await pending.getByRole('heading', { name: '1 session waiting to sync' }).waitFor();
    await pending.getByRole('status').filter({ hasText: 'could not be reached' }).waitFor();
    expect(await progress.accessibilityViolations()).toEqual([]);
    await page.screenshot({ path: resolve(ARTIFACTS, 'progress-pending.png'), fullPage: true });

    mode = 'pass';
    const replayed = page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' && response.url().endsWith('/api/sessions'),
    );
    await pending.getByRole('button', { name: 'Sync now' }).click();
    const answer = await replayed;
    expect(answer.status()).toBe(200);
    expect(answer.headers()['idempotent-replayed']).toBe('true');
    await pending.waitFor({ state: 'detached' });

    expect(await storedWithNote(note)).toHaveLength(1);
    expect(posts.length).toBeGreaterThanOrEqual(3);
    expect(new Set(posts.map((post) => post.key))).toEqual(new Set([key]));
    // The list is fetched again once the queue is empty; wait for it rather than race it.
    const card = page.locator('.session-card', { hasText: note });
    await card.first().waitFor();
    expect(await card.count()).toBe(1);
    await page.close();
  });

  it('shows the history with its summary, accessible in both themes', async () => {
    const today = ((await api(person, '/api/plan')).body as PlanJson).today.date;
    const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000);
    await logFullSession(yesterday.toISOString().slice(0, 10), yesterday, 5, '');
    await logFullSession(today, new Date(), 2, 'Hips felt looser after the bridges.');
    const page = new AppPage(await context.newPage());
    await page.page.setViewportSize({ width: 1100, height: 1400 });
    await page.open('/progress');
    await page.page.getByRole('heading', { name: 'The last four weeks' }).waitFor();
    const thisWeek = await page.page
      .locator('.progress-summary__tally', { hasText: 'This week' })
      .textContent();
    expect(Number(/(\d+)\s*sessions?/.exec(thisWeek ?? '')?.[1])).toBeGreaterThanOrEqual(2);
    expect(await page.page.locator('.session-card').count()).toBe((await storedSessions()).length);
    await page.page.screenshot({ path: resolve(DOCS, 'screenshot-progress.png') });
    await page.page.close();
    await scanProgress('history');
  });
});
