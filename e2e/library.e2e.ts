import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExerciseListPage } from './pages/exercise-list.page.ts';
import { launchBrowser, newContext } from './support/browser.ts';
import { fetchIds } from './support/catalogue.ts';
import { signUpPerson, signedInContext } from './support/person.ts';

const ARTIFACTS = resolve(import.meta.dirname, '..', '.e2e-artifacts');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

describe('library search and filters', () => {
  it('searches as you type and agrees with the API', async () => {
    const context = await newContext(browser);
    try {
      const list = new ExerciseListPage(await context.newPage());
      await list.openList();
      await list.page.getByRole('searchbox', { name: 'Search' }).fill('bridge');
      await list.page.waitForURL(/[?&]q=bridge/);
      const expected = await fetchIds('?q=bridge');
      expect(expected.length).toBeGreaterThan(3);
      await expect.poll(() => list.exerciseIds()).toEqual(expected);
    } finally {
      await context.close();
    }
  });

  it('combines equipment, muscle and level, and clears them all at once', async () => {
    const context = await newContext(browser);
    try {
      const list = new ExerciseListPage(await context.newPage());
      await list.openList();
      const all = await list.exerciseIds();
      await list.page.getByLabel('Equipment').selectOption('foam-roller');
      await list.page.getByLabel('Muscle').selectOption('quadriceps');
      await expect
        .poll(() => new URL(list.page.url()).searchParams.toString())
        .toBe('equipment=foam-roller&muscle=quadriceps');
      const expected = await fetchIds('?equipment=foam-roller&muscle=quadriceps');
      await expect.poll(() => list.exerciseIds()).toEqual(expected);

      await list.page.getByLabel('Level').selectOption('3');
      const none = await fetchIds('?equipment=foam-roller&muscle=quadriceps&level=3');
      if (none.length === 0) {
        await list.page.locator('.empty-state').waitFor();
      }
      await list.page.getByRole('button', { name: 'Clear search and filters' }).click();
      await list.page.waitForURL(/\/exercises$/);
      await expect.poll(() => list.exerciseIds()).toEqual(all);
    } finally {
      await context.close();
    }
  });

  it('opens a shared link with its filters applied', async () => {
    const context = await newContext(browser);
    try {
      const list = new ExerciseListPage(await context.newPage());
      await list.openList('strengthen');
      const expected = await fetchIds('?phase=strengthen');
      expect(await list.exerciseIds()).toEqual(expected);
    } finally {
      await context.close();
    }
  });
});

async function openLocked(page: Page): Promise<void> {
  await page.goto('/exercises/abdominal-psoas-release');
  // The loading state has an h1 of its own: wait for the exercise's, then for the gate.
  await page.getByRole('heading', { level: 1, name: 'Abdominal psoas release' }).waitFor();
  await page.getByRole('region', { name: /Locked/ }).waitFor();
}

describe('the locked abdominal release', () => {
  it('asks a signed-out visitor to sign in before answering the checklist', async () => {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await openLocked(page);
      const gate = page.getByRole('region', { name: /Locked/ });
      await gate.getByText('Sign in to answer it', { exact: false }).waitFor();
      expect(await gate.getByRole('button', { name: 'Check my answers' }).count()).toBe(0);
      expect(await page.getByRole('heading', { name: 'How to do it' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('hides the steps until every checklist answer is no, and remembers it on reload', async () => {
    const context = await signedInContext(browser, await signUpPerson('library-lock'));
    try {
      const page = await context.newPage();
      await openLocked(page);
      const gate = page.getByRole('region', { name: /Locked/ });
      await gate.waitFor();
      expect(await page.getByRole('heading', { name: 'How to do it' }).count()).toBe(0);

      // Submitting with questions open asks for the rest instead of unlocking.
      await gate.getByRole('radio', { name: 'No' }).first().check();
      await gate.getByRole('button', { name: 'Check my answers' }).click();
      await gate.getByRole('alert').waitFor();
      expect(await page.getByRole('heading', { name: 'How to do it' }).count()).toBe(0);

      for (const radio of await gate.getByRole('radio', { name: 'No' }).all()) await radio.check();
      await gate.getByRole('button', { name: 'Check my answers' }).click();
      await page.getByRole('heading', { name: 'How to do it' }).waitFor();

      await page.reload();
      await page.getByRole('heading', { name: 'How to do it' }).waitFor();
      await page.getByRole('button', { name: 'Answer the checklist again' }).click();
      await page.getByRole('region', { name: /Locked/ }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('keeps it locked after any yes and points to the safer stretch', async () => {
    const context = await signedInContext(browser, await signUpPerson('library-lock-yes'));
    try {
      const page = await context.newPage();
      await openLocked(page);
      const gate = page.getByRole('region', { name: /Locked/ });
      const questions = await gate.getByRole('group').all();
      for (const [index, question] of questions.entries()) {
        await question.getByRole('radio', { name: index === 2 ? 'Yes' : 'No' }).check();
      }
      await gate.getByRole('button', { name: 'Check my answers' }).click();
      const alert = gate.getByRole('alert');
      await alert.waitFor();
      expect(await page.getByRole('heading', { name: 'How to do it' }).count()).toBe(0);
      await alert.getByRole('link', { name: /kneeling hip flexor stretch/i }).click();
      await page.waitForURL(/\/exercises\/kneeling-hip-flexor-stretch$/);
    } finally {
      await context.close();
    }
  });
});

describe('printable handout', () => {
  it('prints the filtered list with figures and steps, without the app chrome', async () => {
    const context = await newContext(browser);
    try {
      const list = new ExerciseListPage(await context.newPage());
      await list.openList('stretch');
      const ids = await list.exerciseIds();
      await list.page.getByRole('link', { name: 'Printable handout' }).click();
      await list.page.waitForURL(/\/exercises\/handout\?ids=/);
      const page = list.page;
      await page.locator('article.handout-item').first().waitFor();
      expect(await page.locator('article.handout-item').count()).toBe(ids.length);
      expect(await page.locator('article.handout-item svg').count()).toBeGreaterThanOrEqual(
        ids.length * 2,
      );

      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.app-header').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: /Print/ }).isVisible()).toBe(false);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(2);
      await writeFile(resolve(ARTIFACTS, 'handout-stretch.pdf'), pdf);
      await page.screenshot({ path: resolve(ARTIFACTS, 'handout-print.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('says so when the link names no known exercise', async () => {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await page.goto('/exercises/handout?ids=nothing-here,%3Cscript%3E');
      await page.locator('.empty-state').waitFor();
    } finally {
      await context.close();
    }
  });
});
