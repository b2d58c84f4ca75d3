import type { Locator } from 'playwright-core';
import { AppPage } from './app-page.ts';

/** The guided self-tests at /assess/self-tests. */
export class AssessmentSelfTestsPage extends AppPage {
  async openSelfTests(): Promise<void> {
    await this.open('/assess/self-tests');
    await this.testHeading.waitFor();
  }

  get testHeading(): Locator {
    return this.page.locator('.assess-form__heading');
  }

  async choose(name: string, value: string): Promise<void> {
    await this.page.locator(`input[name="${name}"][value="${value}"]`).check();
  }

  private async advance(button: string): Promise<void> {
    const before = (await this.testHeading.textContent()) ?? '';
    await this.page.getByRole('button', { name: button, exact: true }).click();
    await this.page.waitForFunction(
      (title) => document.querySelector('main h2')?.textContent !== title,
      before,
    );
  }

  /** The Thomas test with the left thigh resting higher than the right. */
  async thomasLeftTighter(): Promise<void> {
    await this.choose('thomas-left-thigh', 'above-horizontal');
    await this.choose('thomas-right-thigh', 'level');
    for (const side of ['left', 'right']) {
      await this.choose(`thomas-${side}-knee`, 'hangs-down');
      await this.choose(`thomas-${side}-drift`, 'no');
    }
    await this.advance('Next test');
  }

  async skip(): Promise<void> {
    await this.advance('Skip this test');
  }

  /** The bridge hold: the left side timed with the timer, the right typed in. */
  async bridge(rightSeconds: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Start timer for the left side' }).click();
    await this.page.getByRole('button', { name: /Stop: hips dropped \(left side\)/ }).click();
    await this.page.locator('#field-bridgeHold-right-seconds').fill(rightSeconds);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save my results' }).click();
    await this.page.getByRole('heading', { name: 'What the tests showed' }).waitFor();
  }

  async observations(): Promise<string[]> {
    return this.page.locator('.observations li').allTextContents();
  }
}
