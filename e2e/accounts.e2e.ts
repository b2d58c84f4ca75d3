import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { personalExportSchema } from '@psoas/core';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IntakeBuilder } from '../packages/core/src/assessment/test-support/intake.builder.ts';
import { AccountPage, SettingsPage } from './pages/account.page.ts';
import { AssessmentTodayPage } from './pages/assessment-today.page.ts';
import { api, ensurePlan } from './support/api.ts';
import { baseUrl, launchBrowser, newContext, type Theme } from './support/browser.ts';
import {
  accessTokenFor,
  signUpPerson,
  signedInContext,
  uniqueEmail,
  uniquePassword,
} from './support/person.ts';

/**
 * Accounts in the browser (issue 7): one person signs up through the form, signs out and in,
 * comes back to the page they opened, downloads their data, reads their sign-in activity and
 * deletes the account. The steps depend on each other, so they run in order in this file; the
 * accessibility scans and the two-person check each have people of their own.
 *
 * Failed sign-ins count towards the per-address limit (10 in 15 minutes) that every e2e file
 * shares, since all come from 127.0.0.1: this file makes four, and no other file makes any.
 */

const DOCS = resolve(import.meta.dirname, '..', 'docs');
const ARTIFACTS = resolve(import.meta.dirname, '..', '.e2e-artifacts');

const WRONG_CREDENTIALS =
  'That email and password do not match an account. Check both and try again.';

/** The person of the story, signed up through the form in the first test. */
const robin = {
  name: 'Robin',
  email: uniqueEmail('accounts'),
  password: uniquePassword(),
};

let browser: Browser;
/** Robin's browser: one context, as one person's browser keeps its cookie between pages. */
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser, { theme: 'light', storedTheme: 'light' });
  await mkdir(ARTIFACTS, { recursive: true });
  await mkdir(DOCS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

async function login(email: string, password: string): Promise<number> {
  const response = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return response.status;
}

describe('an account, from sign-up to deletion', () => {
  it('signs up through the form, with errors shown, announced and a common password refused', async () => {
    const signup = new AccountPage(await context.newPage());
    await signup.openSignUp();
    await signup.page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();

    // Nothing filled in: a summary that takes focus, and each field says what it needs.
    await signup.page.getByRole('button', { name: 'Create account' }).click();
    await signup.errorSummary.waitFor();
    expect(await signup.summaryHasFocus()).toBe(true);
    expect(await signup.summaryLines()).toEqual([
      'Enter the name you want to be called.',
      'Enter an email address like ana@example.com.',
      'Choose a password.',
    ]);
    expect(await signup.fieldError('Your name')).toBe('Enter the name you want to be called.');
    expect(await signup.fieldError('Password')).toBe('Choose a password.');
    // Each line of the summary takes the person to its field.
    await signup.errorSummary.getByRole('link', { name: 'Choose a password.' }).click();
    expect(await signup.focused()).toMatchObject({ tag: 'input', name: 'password' });

    // One of the well-known passwords: the server refuses it, and the form says why.
    await signup.signUp(robin.name, robin.email, '1234567890');
    await signup.errorSummary.getByText(/list of common passwords/).waitFor();
    expect(await signup.summaryHasFocus()).toBe(true);
    expect(await signup.fieldError('Password')).toMatch(/list of common passwords/);
    expect(await signup.fieldError('Your name')).toBeNull();
    expect(await login(robin.email, '1234567890')).toBe(401);

    await signup.field('Password').fill(robin.password);
    await signup.page.getByRole('button', { name: 'Create account' }).click();
    await signup.page.waitForURL(`${baseUrl()}/`);
    await signup.waitUntilSignedIn(robin.name);
    // A new person lands on Today, which offers the assessment.
    await signup.page.getByRole('link', { name: 'Start your assessment' }).waitFor();
    await signup.page.close();
  });

  it('signs out, and a wrong password does not tell whether the email has an account', async () => {
    const page = new AccountPage(await context.newPage());
    await page.open('/');
    await page.waitUntilSignedIn(robin.name);
    await page.accountNav.getByRole('button', { name: 'Sign out' }).click();
    await page.status.filter({ hasText: 'You are signed out.' }).waitFor();
    await page.signInPanel.waitFor();
    await page.waitUntilSignedOut();

    await page.openSignIn();
    let answered = page.page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
    await page.signIn(robin.email, 'not-the-password-1');
    expect((await answered).status()).toBe(401);
    await page.errorSummary.waitFor();
    expect(await page.summaryHasFocus()).toBe(true);
    expect(await page.summaryLines()).toEqual([WRONG_CREDENTIALS]);
    // The wrong password is cleared; the email stays to be corrected if need be.
    expect(await page.field('Password').inputValue()).toBe('');
    expect(await page.field('Email address').inputValue()).toBe(robin.email);

    // An email without an account gets the very same answer.
    answered = page.page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
    await page.signIn(uniqueEmail('nobody'), 'not-the-password-2');
    expect((await answered).status()).toBe(401);
    await page.page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    expect(await page.summaryLines()).toEqual([WRONG_CREDENTIALS]);

    await page.signIn(robin.email, robin.password);
    await page.page.waitForURL(`${baseUrl()}/`);
    await page.waitUntilSignedIn(robin.name);
    await page.page.close();
  });

  it('shows a signed-out visitor the way to sign in, and comes back to the page after', async () => {
    const visitor = await newContext(browser);
    try {
      const page = new AccountPage(await visitor.newPage());
      await page.open('/progress');
      await page.page.getByRole('heading', { level: 1, name: 'Progress' }).waitFor();
      await page.signInPanel.waitFor();
      const signInLink = page.page.getByRole('main').getByRole('link', { name: 'Sign in' });
      expect(await signInLink.getAttribute('href')).toBe('/signin?next=%2Fprogress');
      await signInLink.click();
      await page.page.waitForURL(/\/signin\?next=%2Fprogress$/);
      await page.settled();
      await page.signIn(robin.email, robin.password);
      await page.page.waitForURL(`${baseUrl()}/progress`);
      await page.waitUntilSignedIn(robin.name);
      await page.page.getByRole('heading', { name: 'No sessions yet' }).waitFor();
      expect(await page.signInPanel.count()).toBe(0);
    } finally {
      await visitor.close();
    }
  });

  it('downloads everything as JSON, with the intake, and one kind of record as CSV', async () => {
    // The intake is given through the API, as the CLI would, with a token of Robin's own.
    const cli = await accessTokenFor(robin.email, robin.password, 'psoas CLI on laptop');
    const intake = new IntakeBuilder().build();
    await ensurePlan(cli);

    const settings = new SettingsPage(await context.newPage());
    await settings.openSettings();
    const json = await settings.downloadJson();
    expect(json.suggestedFilename()).toMatch(/\.json$/);
    const exported = personalExportSchema.parse(
      JSON.parse(await readFile(await json.path(), 'utf8')),
    );
    expect(exported.account).toMatchObject({ email: robin.email, name: robin.name });
    expect(exported.records.intakes).toHaveLength(1);
    expect(exported.records.intakes[0]).toMatchObject({ data: intake });
    expect(exported.records.screenings).toHaveLength(1);
    expect(exported.records.sessionLogs).toEqual([]);

    const csv = await settings.downloadCsv('intakes');
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const lines = (await readFile(await csv.path(), 'utf8')).trimEnd().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[0]?.split(',')).toEqual(expect.arrayContaining(['id', 'data']));
    expect(lines[1]).toContain('hoursSittingPerDay');

    // The token made for the CLI is listed, and revoking it here stops it at once.
    const tokens = settings.section('Access tokens');
    await tokens.getByRole('button', { name: 'Revoke psoas CLI on laptop' }).click();
    await tokens.getByText('Revoked “psoas CLI on laptop”').waitFor();
    expect((await api(cli, '/api/me')).status).toBe(401);
    await settings.page.close();
  });

  it('lists the sign-ins, the failed sign-in and the downloads in the sign-in activity', async () => {
    const settings = new SettingsPage(await context.newPage());
    await settings.openSettings();
    const activity = await settings.activity();
    expect(activity).toEqual(
      expect.arrayContaining([
        'Account created',
        'Signed in',
        'Signed out',
        'Failed sign-in attempt',
        'Data downloaded',
        'Access token created',
      ]),
    );
    // Newest first: the token revoked last in the test before.
    expect(activity[0]).toBe('Access token revoked');
    expect(activity.filter((kind) => kind === 'Failed sign-in attempt')).toHaveLength(1);
    expect(activity.at(-1)).toBe('Account created');

    await settings.page.setViewportSize({ width: 1280, height: 900 });
    // "Your data" and the activity below it, with the panel's top edge in view.
    await settings.page.evaluate(() => {
      const panel = document.querySelector('section[aria-labelledby="your-data"]');
      if (panel) window.scrollTo(0, panel.getBoundingClientRect().top + window.scrollY - 24);
    });
    await settings.page.screenshot({ path: resolve(DOCS, 'screenshot-settings-privacy.png') });
    await settings.page.screenshot({
      path: resolve(ARTIFACTS, 'settings-signed-in-full.png'),
      fullPage: true,
    });
    await settings.page.close();
  });

  it('deletes the account only with the right password, and then it cannot sign in', async () => {
    const settings = new SettingsPage(await context.newPage());
    await settings.openSettings();
    const danger = settings.section('Delete account');

    await settings.deleteAccount('not-the-password-3');
    await danger.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    expect(await danger.getByRole('alert').locator('li').allInnerTexts()).toEqual([
      'That password is not right. Try again.',
    ]);
    expect(await settings.deletePassword.inputValue()).toBe('');
    expect(await settings.fieldError('Your password')).toBe(
      'That password is not right. Try again.',
    );

    // Cancel on the confirmation leaves everything as it was.
    await settings.deletePassword.fill(robin.password);
    await settings.page.getByRole('button', { name: 'Delete my account…' }).click();
    const confirm = settings.page.getByRole('heading', { level: 3, name: /^Delete the account/ });
    await confirm.waitFor();
    await expect.poll(() => confirm.evaluate((h) => h === document.activeElement)).toBe(true);
    expect(await confirm.innerText()).toContain(robin.email);
    await settings.page.getByRole('button', { name: 'Cancel' }).click();
    await settings.deletePassword.waitFor();
    expect(await login(robin.email, robin.password)).toBe(200);

    await settings.deleteAccount(robin.password);
    await settings.page.waitForURL(`${baseUrl()}/`);
    await settings.status
      .filter({ hasText: 'Your account and everything in it have been deleted.' })
      .waitFor();
    await settings.waitUntilSignedOut();
    await settings.signInPanel.waitFor();

    // Gone: the password no longer signs in, and a reload finds no session.
    expect(await login(robin.email, robin.password)).toBe(401);
    await settings.page.reload();
    await settings.settled();
    await settings.waitUntilSignedOut();
    await settings.page.close();
  });
});

describe('two people on one server', () => {
  it('never shows one person’s plan, sessions or break settings to the other', async () => {
    const first = await signUpPerson('accounts-first', 'Sam');
    const second = await signUpPerson('accounts-second', 'Kim');
    await ensurePlan(first);
    const note = `Sam's private note ${Date.now().toString(36)}`;
    const plan = (await api(first, '/api/plan')).body as { today: { date: string } };
    const logged = await api(first, '/api/sessions', {
      method: 'POST',
      headers: { 'idempotency-key': randomUUID() },
      body: JSON.stringify({
        date: plan.today.date,
        startedAt: new Date(Date.now() - 11 * 60_000).toISOString(),
        finishedAt: new Date().toISOString(),
        outcome: 'ended-early',
        plannedSeconds: 600,
        activeSeconds: 60,
        items: [],
        feedback: [],
        painNow: 2,
        note,
      }),
    });
    expect(logged.status).toBe(201);
    const defaults = (await api(first, '/api/breaks/settings')).body as {
      settings: { intervalMinutes: number };
    };
    const ownInterval = defaults.settings.intervalMinutes === 45 ? 50 : 45;
    const saved = await api(first, '/api/breaks/settings', {
      method: 'PUT',
      body: JSON.stringify({ ...defaults.settings, intervalMinutes: ownInterval }),
    });
    expect(saved.status).toBe(200);

    for (const [person, isFirst] of [
      [first, true],
      [second, false],
    ] as const) {
      const browsing = await signedInContext(browser, person);
      try {
        const today = new AssessmentTodayPage(await browsing.newPage());
        await today.openToday();
        if (isFirst) {
          await today.sessionItems.first().waitFor();
        } else {
          await today.page.getByRole('link', { name: 'Start your assessment' }).waitFor();
          expect(await today.sessionItems.count()).toBe(0);
        }

        await today.open('/progress');
        const card = today.page.locator('.session-card', { hasText: note });
        if (isFirst) await card.waitFor();
        else await today.page.getByRole('heading', { name: 'No sessions yet' }).waitFor();
        expect(await card.count()).toBe(isFirst ? 1 : 0);

        await today.open('/breaks');
        const interval = today.page.locator('#field-intervalMinutes');
        await interval.waitFor();
        const expected = isFirst ? ownInterval : defaults.settings.intervalMinutes;
        expect(await interval.inputValue()).toBe(String(expected));
      } finally {
        await browsing.close();
      }
    }

    // And through the API: the second person has nothing of the first's.
    expect((await api(second, '/api/plan')).status).toBeGreaterThanOrEqual(400);
    const theirs = (await api(second, '/api/sessions?limit=200')).body as { sessions: unknown[] };
    expect(theirs.sessions).toEqual([]);
    expect(
      ((await api(second, '/api/breaks/settings')).body as { isDefault: boolean }).isDefault,
    ).toBe(true);
  });
});

describe.each(['light', 'dark'] as const)('account pages in the %s theme', (theme: Theme) => {
  it('/signup passes the accessibility scan, also with its errors shown', async () => {
    const visitor = await newContext(browser, { theme, storedTheme: theme });
    try {
      const page = new AccountPage(await visitor.newPage());
      await page.openSignUp();
      expect(await page.accessibilityViolations()).toEqual([]);
      await page.page.getByRole('button', { name: 'Create account' }).click();
      await page.errorSummary.waitFor();
      expect(await page.accessibilityViolations()).toEqual([]);
      await page.page.screenshot({ path: resolve(ARTIFACTS, `signup-errors-${theme}.png`) });
    } finally {
      await visitor.close();
    }
  });

  it('/signin passes the accessibility scan, also with its errors shown', async () => {
    const visitor = await newContext(browser, { theme, storedTheme: theme });
    try {
      const page = new AccountPage(await visitor.newPage());
      await page.openSignIn('/progress');
      expect(await page.accessibilityViolations()).toEqual([]);
      if (theme === 'light') {
        await page.page.screenshot({ path: resolve(DOCS, 'screenshot-signin.png') });
      }
      await page.page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.errorSummary.waitFor();
      expect(await page.accessibilityViolations()).toEqual([]);
      await page.page.screenshot({ path: resolve(ARTIFACTS, `signin-errors-${theme}.png`) });
    } finally {
      await visitor.close();
    }
  });

  it('/settings passes the accessibility scan signed in, with the delete form’s steps', async () => {
    const person = await signUpPerson(`accounts-axe-${theme}`, 'Alex');
    const signedIn = await signedInContext(browser, person, { theme, storedTheme: theme });
    try {
      const settings = new SettingsPage(await signedIn.newPage());
      await settings.openSettings();
      await settings.activity();
      expect(await settings.accessibilityViolations()).toEqual([]);
      // The delete form with its error, and then its confirmation step.
      await settings.page.getByRole('button', { name: 'Delete my account…' }).click();
      await settings.section('Delete account').getByRole('alert').waitFor();
      expect(await settings.accessibilityViolations()).toEqual([]);
      await settings.deletePassword.fill(person.password);
      await settings.page.getByRole('button', { name: 'Delete my account…' }).click();
      await settings.page.getByRole('button', { name: 'Yes, delete everything' }).waitFor();
      expect(await settings.accessibilityViolations()).toEqual([]);
      await settings.page.screenshot({
        path: resolve(ARTIFACTS, `settings-${theme}.png`),
        fullPage: true,
      });
    } finally {
      await signedIn.close();
    }
  });
});
