import type { Download, Locator } from 'playwright-core';
import { AppPage } from './app-page.ts';

/** What the sign-up and sign-in forms, and the header's account corner, share. */
export class AccountPage extends AppPage {
  async openSignUp(next?: string): Promise<void> {
    await this.open(next ? `/signup?next=${encodeURIComponent(next)}` : '/signup');
  }

  async openSignIn(next?: string): Promise<void> {
    await this.open(next ? `/signin?next=${encodeURIComponent(next)}` : '/signin');
  }

  /** The focused summary at the top of a form: "There is a problem" and what to fix. */
  get errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  async summaryLines(): Promise<string[]> {
    return (await this.errorSummary.locator('li').allInnerTexts()).map((line) => line.trim());
  }

  /** Whether the error summary has the focus, so a screen reader reads it out at once. */
  async summaryHasFocus(): Promise<boolean> {
    return this.errorSummary.evaluate((summary) => summary === document.activeElement);
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** The error shown with a field: the text its aria-describedby points at that is an error. */
  async fieldError(label: string): Promise<string | null> {
    const field = this.field(label);
    if ((await field.getAttribute('aria-invalid')) !== 'true') return null;
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ');
    const errorId = ids.find((id) => id.endsWith('-error'));
    return errorId ? this.page.locator(`#${errorId}`).innerText() : null;
  }

  async signUp(name: string, email: string, password: string): Promise<void> {
    await this.field('Your name').fill(name);
    await this.field('Email address').fill(email);
    await this.field('Password').fill(password);
    await this.page.getByRole('button', { name: 'Create account' }).click();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.field('Email address').fill(email);
    await this.field('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  get accountNav(): Locator {
    return this.page.getByRole('navigation', { name: 'Account' });
  }

  /** Signed in: the header names the person and offers to sign out. */
  async waitUntilSignedIn(name: string): Promise<void> {
    await this.accountNav.getByText(name).waitFor();
    await this.accountNav.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  async waitUntilSignedOut(): Promise<void> {
    await this.accountNav.getByRole('link', { name: 'Sign in' }).waitFor();
  }

  /** The panel a personal page shows signed out. */
  get signInPanel(): Locator {
    return this.page.getByRole('heading', { level: 2, name: 'Sign in to see this page' });
  }

  get status(): Locator {
    return this.page.getByRole('status');
  }
}

/** Settings signed in: the theme, your data, sign-in activity, access tokens, deleting. */
export class SettingsPage extends AccountPage {
  async openSettings(): Promise<void> {
    await this.open('/settings');
    await this.section('Your data').waitFor();
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** Clicks a download link and waits for the file it gives. */
  async download(link: Locator): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), link.click()]);
    return download;
  }

  async downloadJson(): Promise<Download> {
    return this.download(this.page.getByRole('link', { name: 'Download everything (JSON)' }));
  }

  async downloadCsv(kind: string): Promise<Download> {
    await this.page.locator('#export-kind').selectOption(kind);
    return this.download(this.page.getByRole('link', { name: 'Download CSV' }));
  }

  /** The activity list's event names, newest first, once it has loaded. */
  async activity(): Promise<string[]> {
    const list = this.section('Sign-in activity').locator('.record-list__item strong');
    await list.first().waitFor();
    return list.allInnerTexts();
  }

  get deletePassword(): Locator {
    return this.page.locator('#delete-password');
  }

  /** Enters the password and confirms; the answer decides where the page goes. */
  async deleteAccount(password: string): Promise<void> {
    await this.deletePassword.fill(password);
    await this.page.getByRole('button', { name: 'Delete my account…' }).click();
    await this.page.getByRole('heading', { level: 3, name: /^Delete the account/ }).waitFor();
    await this.page.getByRole('button', { name: 'Yes, delete everything' }).click();
  }
}
