import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  buildSteps,
  exerciseListSchema,
  planResponseSchema,
  totalDurationMs,
  type PlanSession,
  type SessionStep,
} from '@psoas/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page.ts';
import { api, ensurePlan } from './support/api.ts';
import { launchBrowser, type Theme } from './support/browser.ts';
import { signUpPerson, signedInContext, type Person } from './support/person.ts';

/**
 * The guided session player end to end, through the real server, in Chromium with Playwright's
 * fake clock: a whole session played to its end with every cue checked against core's
 * schedule, the end form recorded in the session log, a reload mid-session that comes back at
 * the same step, the keyboard controls, and an accessibility scan of the player in both
 * themes. Headless Chromium has no voices, so cues are checked through the `psoas:cue` events
 * and the on-screen cue line, which is what a person who cannot hear the voice relies on too.
 */

const DOCS = resolve(import.meta.dirname, '..', 'docs');
const ARTIFACTS = resolve(import.meta.dirname, '..', '.e2e-artifacts');
const RUN = `e2e-player-${Date.now().toString(36)}`;
const SAVED_KEY = 'psoas-coach.session-in-progress';

type CueDetail = {
  key: string;
  kind: string;
  dueAt: number;
  firedAt: number;
  stepIndex: number;
};

type StoredSession = {
  note: string;
  outcome: string;
  plannedSeconds: number;
  activeSeconds: number;
  painNow: number | null;
  items: {
    exerciseId: string;
    side: string | null;
    planned: { sets: number };
    done: { sets: number; skippedSteps: number };
  }[];
  feedback: { exerciseId: string; rating: string }[];
};

/** Today's main session and the steps core makes of it: the schedule the player must keep. */
async function expectedSession(): Promise<{ session: PlanSession; steps: SessionStep[] }> {
  const plan = planResponseSchema.parse((await api(person, '/api/plan')).body);
  const catalogue = exerciseListSchema.parse((await api(person, '/api/exercises')).body);
  const session = plan.today.sessions.find((s) => s.kind === 'main' && s.items.length > 0);
  if (!session) throw new Error('today has no session to play');
  return { session, steps: buildSteps(session, catalogue.items) };
}

/** The player at /session on a paused fake clock, with every `psoas:cue` event recorded. */
async function openPlayerPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as Window & { cues?: unknown[] };
    w.cues = [];
    window.addEventListener('psoas:cue', (event) => w.cues?.push((event as CustomEvent).detail));
  });
  await page.clock.install();
  await page.goto('/session');
  await page.evaluate((key) => window.localStorage.removeItem(key), SAVED_KEY);
  await page.reload();
  await page.getByRole('button', { name: 'Start session' }).waitFor();
  // From here on, time moves only when the test says so.
  await page.clock.pauseAt(Date.now() + 60_000);
  return page;
}

function cues(page: Page): Promise<CueDetail[]> {
  return page.evaluate(() => (window as Window & { cues?: CueDetail[] }).cues ?? []);
}

function player(page: Page) {
  return page.locator('dialog.player');
}

async function playerStep(page: Page): Promise<number> {
  return Number(await player(page).getAttribute('data-step'));
}

async function playerStatus(page: Page): Promise<string | null> {
  return player(page).getAttribute('data-status');
}

/** Runs the fake clock in slices, letting the page render between them. */
async function runFor(page: Page, ms: number): Promise<void> {
  for (let left = ms; left > 0; left -= 30_000) {
    await page.clock.runFor(Math.min(left, 30_000));
  }
}

let browser: Browser;
let person: Person;

beforeAll(async () => {
  person = await signUpPerson('session');
  await ensurePlan(person);
  browser = await launchBrowser();
  await mkdir(ARTIFACTS, { recursive: true });
  await mkdir(DOCS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

describe('session player', () => {
  it('opens from Today on the main session', async () => {
    const context = await signedInContext(browser, person);
    try {
      const page = await context.newPage();
      await page.goto('/');
      await page.getByRole('link', { name: 'Start the guided session' }).click();
      await page.getByRole('button', { name: 'Start session' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/session');
      expect(new URL(page.url()).searchParams.get('session')).toBe('0');
    } finally {
      await context.close();
    }
  });

  it('plays a whole session with every cue on time and in order, then saves the log', async () => {
    const { session, steps } = await expectedSession();
    const context = await signedInContext(browser, person);
    try {
      const page = await openPlayerPage(context);
      await page.getByRole('button', { name: 'Start session' }).click();
      await player(page).waitFor();
      await expect.poll(() => playerStatus(page)).toBe('running');

      await page.clock.runFor(15_000);
      await page.screenshot({ path: resolve(ARTIFACTS, 'session-player-start.png') });
      await runFor(page, totalDurationMs(steps) + 2_000);
      await page.locator('#end-heading').waitFor();
      expect(await page.locator('#end-heading').textContent()).toContain('Session complete');

      // Every cue core schedules, once each, in order: an uninterrupted run enters step i as
      // its i-th entry, so the keys are "<step>.<cue>".
      const played = await cues(page);
      const expected = steps.flatMap((step) => step.cues.map((_, c) => `${step.index}.${c}`));
      expect(played.map((cue) => cue.key)).toEqual(expected);
      expect(played.map((cue) => cue.stepIndex)).toEqual(
        steps.flatMap((step) => step.cues.map(() => step.index)),
      );
      // Due instants follow the plan to the millisecond: no drift over the whole session.
      const start = played[0]?.dueAt ?? 0;
      let stepStart = 0;
      const offsets: number[] = [];
      for (const step of steps) {
        for (const cue of step.cues) offsets.push(stepStart + cue.atMs);
        stepStart += step.durationMs;
      }
      expect(played.map((cue) => cue.dueAt - start)).toEqual(offsets);
      // Played when due: the timer is set for each cue's instant, not a coarse interval.
      for (const cue of played) {
        expect(cue.firedAt - cue.dueAt).toBeGreaterThanOrEqual(0);
        expect(cue.firedAt - cue.dueAt).toBeLessThan(2);
      }

      const first = session.items[0];
      if (!first) throw new Error('the session has no exercise');
      const row = page.locator(`fieldset[data-exercise="${first.exerciseId}"]`);
      await row.locator('input[value="about-right"]').check();
      await page.locator('#end-pain-now').selectOption('2');
      const note = `${RUN} complete`;
      await page.locator('#end-note').fill(note);
      await page.getByRole('button', { name: 'Save this session' }).click();
      await page.locator('#saved-heading').waitFor();
      expect(await page.locator('#saved-heading').textContent()).toBe('Saved to your log');
      expect(await page.evaluate((key) => localStorage.getItem(key), SAVED_KEY)).toBeNull();

      const list = (await api(person, '/api/sessions?limit=200')).body as {
        sessions: StoredSession[];
      };
      const stored = list.sessions.filter((s) => s.note === note);
      expect(stored).toHaveLength(1);
      const log = stored[0];
      expect(log?.outcome).toBe('completed');
      expect(log?.painNow).toBe(2);
      expect(log?.feedback).toEqual([
        expect.objectContaining({ exerciseId: first.exerciseId, rating: 'about-right' }),
      ]);
      const sides = session.items.reduce((n, i) => n + (i.laterality === 'per-side' ? 2 : 1), 0);
      expect(log?.items).toHaveLength(sides);
      for (const item of log?.items ?? []) {
        expect(item.done.sets).toBeGreaterThanOrEqual(item.planned.sets);
        expect(item.done.skippedSteps).toBe(0);
      }
      expect(log?.activeSeconds).toBe(Math.round(totalDurationMs(steps) / 1000));
      await page.close();
    } finally {
      await context.close();
    }
  });

  it('comes back at the same step, paused, after a reload mid-session', async () => {
    const context = await signedInContext(browser, person);
    try {
      const page = await openPlayerPage(context);
      await page.getByRole('button', { name: 'Start session' }).click();
      await player(page).waitFor();
      await runFor(page, 75_000);
      const step = await playerStep(page);
      const heading = await player(page).locator('h2').textContent();
      const markers = await player(page).locator('.player-markers').textContent();
      expect(step).toBeGreaterThan(0);
      const before = (await cues(page)).length;

      await page.reload();
      await player(page).waitFor();
      await expect.poll(() => playerStep(page)).toBe(step);
      expect(['paused', 'auto-paused']).toContain(await playerStatus(page));
      expect(await player(page).locator('h2').textContent()).toBe(heading);
      expect(await player(page).locator('.player-markers').textContent()).toBe(markers);
      await player(page).getByRole('status').filter({ hasText: 'Paused' }).waitFor();
      // Nothing was played again on the way back.
      expect(await cues(page)).toEqual([]);

      await player(page).getByRole('button', { name: 'Resume session' }).click();
      await expect.poll(() => playerStatus(page)).toBe('running');
      await runFor(page, 40_000);
      const after = await cues(page);
      expect(after.length).toBeGreaterThan(0);
      expect(after.every((cue) => cue.stepIndex >= step)).toBe(true);
      expect(before).toBeGreaterThan(0);
      await page.close();
    } finally {
      await context.close();
    }
  });

  it('is driven by the keyboard: Space, the arrows, Enter and Escape', async () => {
    const { steps } = await expectedSession();
    const context = await signedInContext(browser, person);
    try {
      const page = await openPlayerPage(context);
      await page.getByRole('button', { name: 'Start session' }).click();
      await player(page).waitFor();
      await page.clock.runFor(1_000);

      await page.keyboard.press('Space');
      await expect.poll(() => playerStatus(page)).toBe('paused');
      await page.keyboard.press('Space');
      await expect.poll(() => playerStatus(page)).toBe('running');

      await page.keyboard.press('ArrowRight');
      await expect.poll(() => playerStep(page)).toBe(1);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => playerStep(page)).toBe(2);
      // Within the first seconds of a step, back goes to the step before.
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => playerStep(page)).toBe(1);

      const reps = steps.find((s) => s.kind === 'reps');
      if (reps) {
        for (let at = 1; at < reps.index; at += 1) await page.keyboard.press('ArrowRight');
        await expect.poll(() => playerStep(page)).toBe(reps.index);
        await player(page).getByRole('button', { name: 'Rep done' }).waitFor();
        await page.clock.runFor(500);
        expect(await page.getByTestId('cue').textContent()).toBe('1');
        await page.keyboard.press('Enter');
        // "Rep done": the next rep starts now, with its count.
        await page.getByTestId('cue').filter({ hasText: /^2$/ }).waitFor();
      }

      await page.keyboard.press('Escape');
      const confirm = page.getByRole('alertdialog', { name: 'End the session now?' });
      await confirm.waitFor();
      await expect.poll(() => playerStatus(page)).toBe('paused');
      await page.keyboard.press('Escape');
      await confirm.waitFor({ state: 'detached' });
      await expect.poll(() => playerStatus(page)).toBe('running');

      await page.keyboard.press('Escape');
      await confirm.getByRole('button', { name: 'End session' }).click();
      await page.locator('#end-heading').waitFor();
      expect(await page.locator('#end-heading').textContent()).toContain('Session ended');
      // Leaves nothing behind for the other tests of this file: the saved slot is dropped only
      // once a log is recorded, so end without recording and clear it here.
      await page.evaluate((key) => localStorage.removeItem(key), SAVED_KEY);
      await page.close();
    } finally {
      await context.close();
    }
  });

  const shots: { theme: Theme; width: number; height: number }[] = [
    { theme: 'light', width: 1280, height: 800 },
    { theme: 'dark', width: 390, height: 844 },
    { theme: 'dark', width: 1280, height: 800 },
    { theme: 'light', width: 390, height: 844 },
  ];
  for (const shot of shots) {
    it(`passes an accessibility scan in the ${shot.theme} theme at ${shot.width} px`, async () => {
      const context = await signedInContext(browser, person, { ...shot, storedTheme: shot.theme });
      try {
        const page = await openPlayerPage(context);
        // axe waits on timers of its own: let time flow while it scans.
        await page.clock.resume();
        const app = new AppPage(page);
        expect(await app.accessibilityViolations()).toEqual([]);
        await page.getByRole('button', { name: 'Start session' }).click();
        await player(page).waitFor();
        // Into the first hold, where the countdown runs.
        await page.clock.runFor(15_000);
        const name = `session-${shot.theme}-${shot.width}`;
        await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`) });
        if (shot.theme === 'light' && shot.width === 1280) {
          await page.screenshot({ path: resolve(DOCS, 'screenshot-session.png') });
        }
        expect(await app.accessibilityViolations()).toEqual([]);
        await page.keyboard.press('Space');
        await player(page).getByRole('status').filter({ hasText: 'Paused' }).waitFor();
        expect(await app.accessibilityViolations()).toEqual([]);
        await page.evaluate((key) => localStorage.removeItem(key), SAVED_KEY);
        await page.close();
      } finally {
        await context.close();
      }
    });
  }
});
