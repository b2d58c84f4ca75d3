import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExerciseDetailPage } from './pages/exercise-detail.page.ts';
import { ExerciseListPage } from './pages/exercise-list.page.ts';
import { launchBrowser, newContext } from './support/browser.ts';
import { fetchCatalogue } from './support/catalogue.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DOCS = resolve(ROOT, 'docs');
const ARTIFACTS = resolve(ROOT, '.e2e-artifacts');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

describe('exercise list', () => {
  it('shows the whole catalogue in the order the API gives it', async () => {
    const context = await newContext(browser);
    try {
      const list = new ExerciseListPage(await context.newPage());
      await list.openList();
      const catalogue = await fetchCatalogue();
      expect(catalogue.length).toBeGreaterThan(0);
      expect(await list.exerciseIds()).toEqual(catalogue.map((item) => item.id));
      expect(await list.doseOf('kneeling-hip-flexor-stretch')).toBe('3 × 30 s hold per side');
    } finally {
      await context.close();
    }
  });

  it('filters by phase and keeps the filter in the URL', async () => {
    const context = await newContext(browser);
    try {
      const list = new ExerciseListPage(await context.newPage());
      await list.openList();
      const all = await list.exerciseIds();

      await list.choosePhase('Stretch');
      await list.page.waitForURL(/\?phase=stretch$/);
      const stretches = (await fetchCatalogue('?phase=stretch')).map((item) => item.id);
      await expect.poll(() => list.exerciseIds()).toEqual(stretches);
      expect(stretches.length).toBeLessThan(all.length);
      expect(new Set(await list.phases())).toEqual(new Set(['Stretch']));

      // Back restores the unfiltered list, as the URL says.
      await list.page.goBack();
      await list.page.waitForURL(/\/exercises$/);
      await expect.poll(() => list.exerciseIds()).toEqual(all);
      expect(await list.phaseOption('All').isChecked()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('opens a filtered list straight from its URL', async () => {
    const context = await newContext(browser);
    try {
      const list = new ExerciseListPage(await context.newPage());
      await list.openList('activate');
      expect(await list.phaseOption('Activate').isChecked()).toBe(true);
      expect(new Set(await list.phases())).toEqual(new Set(['Activate']));
    } finally {
      await context.close();
    }
  });

  it('writes the list screenshots', async () => {
    const desktop = await newContext(browser, { theme: 'light', width: 1280, height: 800 });
    const phone = await newContext(browser, { theme: 'light', width: 390, height: 844 });
    try {
      const list = new ExerciseListPage(await desktop.newPage());
      await list.openList();
      await mkdir(DOCS, { recursive: true });
      await list.page.screenshot({ path: resolve(DOCS, 'screenshot-exercises.png') });

      const phoneList = new ExerciseListPage(await phone.newPage());
      await phoneList.openList();
      await phoneList.page.screenshot({
        path: resolve(ARTIFACTS, 'exercises-390.png'),
        fullPage: true,
      });
    } finally {
      await desktop.close();
      await phone.close();
    }
  });
});

describe('exercise detail', () => {
  it('shows the dose with its ranges, the why, the steps and the evidence', async () => {
    const context = await newContext(browser);
    try {
      const detail = new ExerciseDetailPage(await context.newPage());
      await detail.openExercise('kneeling-hip-flexor-stretch');

      expect(await detail.heading.innerText()).toBe('Kneeling hip flexor stretch');
      expect(await detail.doseSummary()).toBe('3 × 30 s hold per side, 5 days a week');
      expect(await detail.doseRows()).toContainEqual(['Hold', '30 s', '15 s–1 min']);
      expect(await detail.doseRows()).toContainEqual(['Days a week', '5', '2–7']);
      expect(await detail.why()).toMatch(/30-second|30 s/);
      expect((await detail.steps()).length).toBeGreaterThanOrEqual(3);
      expect(await detail.references()).toBeGreaterThan(0);
      expect(await detail.professionalNotice.count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('marks a professional-only technique and schedules no dose for it', async () => {
    const context = await newContext(browser);
    try {
      const detail = new ExerciseDetailPage(await context.newPage());
      await detail.openExercise('hip-traction');
      await detail.professionalNotice.waitFor();
      expect(await detail.doseRows()).toEqual([]);
      expect(await detail.doseSummary()).toMatch(/practitioner/i);
    } finally {
      await context.close();
    }
  });

  it('says so when no exercise has the id', async () => {
    const context = await newContext(browser);
    try {
      const detail = new ExerciseDetailPage(await context.newPage());
      await detail.openExercise('no-such-exercise');
      expect(await detail.heading.innerText()).toBe('Exercise not found');
      expect(await detail.page.locator('[data-state="not-found"]').count()).toBe(1);
      await detail.page.getByRole('link', { name: 'exercise library' }).click();
      await detail.page.waitForURL(/\/exercises$/);
    } finally {
      await context.close();
    }
  });

  it('shows the problem detail when the server cannot be reached', async () => {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await page.route('**/api/exercises/**', (route) => route.abort('connectionrefused'));
      const detail = new ExerciseDetailPage(page);
      await detail.openExercise('glute-bridge');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toMatch(/could not be reached/);

      await page.unroute('**/api/exercises/**');
      await alert.getByRole('button', { name: 'Try again' }).click();
      await page.getByRole('heading', { level: 1, name: 'Glute bridge' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('writes the detail screenshots', async () => {
    const desktop = await newContext(browser, { theme: 'light', width: 1280, height: 800 });
    const phone = await newContext(browser, { theme: 'light', width: 390, height: 844 });
    try {
      const detail = new ExerciseDetailPage(await desktop.newPage());
      await detail.openExercise('kneeling-hip-flexor-stretch');
      await detail.page.screenshot({ path: resolve(DOCS, 'screenshot-exercise-detail.png') });

      const phoneDetail = new ExerciseDetailPage(await phone.newPage());
      await phoneDetail.openExercise('kneeling-hip-flexor-stretch');
      const path = resolve(ARTIFACTS, 'exercise-detail-390.png');
      await mkdir(dirname(path), { recursive: true });
      await phoneDetail.page.screenshot({ path, fullPage: true });
    } finally {
      await desktop.close();
      await phone.close();
    }
  });
});
