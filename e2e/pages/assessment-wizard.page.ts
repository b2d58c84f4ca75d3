import type { Locator } from 'playwright-core';
import { AppPage } from './app-page.ts';

/** The answers the wizard needs; anything left out gets a calm, typical default. */
export type WizardAnswers = {
  readonly minutes?: '5' | '10' | '20';
  /** Screening question ids answered "yes"; every other question is answered "no". */
  readonly yes?: readonly string[];
};

/** The assessment wizard at /assess, and the screening questions it ends with. */
export class AssessmentWizardPage extends AppPage {
  async openWizard(): Promise<void> {
    await this.open('/assess');
    await this.stepHeading.waitFor();
  }

  get stepHeading(): Locator {
    return this.page.locator('.assess-form__heading');
  }

  async stepTitle(): Promise<string> {
    return (await this.stepHeading.textContent())?.trim() ?? '';
  }

  async choose(name: string, value: string): Promise<void> {
    await this.page.locator(`input[name="${name}"][value="${value}"]`).check();
  }

  async fill(name: string, value: string): Promise<void> {
    await this.page.locator(`#field-${name}`).fill(value);
  }

  async next(): Promise<void> {
    const before = await this.stepTitle();
    await this.page.getByRole('button', { name: 'Next', exact: true }).click();
    await this.page.waitForFunction(
      (title) => document.querySelector('.assess-form__heading')?.textContent?.trim() !== title,
      before,
    );
  }

  async fillAbout(): Promise<void> {
    await this.choose('ageBand', '35-50');
    await this.choose('pregnancy', 'no');
  }

  async fillHabits(): Promise<void> {
    await this.fill('hoursSittingPerDay', '8');
    await this.fill('longestUnbrokenSittingMinutes', '120');
    await this.fill('hoursDrivingPerDay', '1');
    await this.choose('deskType', 'sit');
    await this.choose('standsOrWalks', 'every-few-hours');
    await this.choose('leansForward', 'often');
    await this.choose('hooksFeetUnderChair', 'sometimes');
    await this.choose('crossesLegs', 'often');
    await this.choose('legOnTop', 'left');
    await this.choose('sleepsOnStomach', 'never');
    await this.choose('asymmetricSports', 'none');
    await this.choose('hardCoreTraining', 'never');
  }

  async fillSymptoms(): Promise<void> {
    await this.page.locator('input[name="areas"][value="low-back"]').check();
    await this.choose('side-low-back', 'middle');
    await this.choose('painNow', '3');
    await this.choose('duration', '2-6-weeks');
    await this.page
      .locator('input[name="aggravatingFactors"][value="standing-up-after-sitting"]')
      .check();
    await this.choose('stiffness', 'mild');
  }

  async fillGoals(minutes: '5' | '10' | '20'): Promise<void> {
    await this.page.locator('input[name="goals"][value="less-pain"]').check();
    await this.choose('minutesPerSession', minutes);
    await this.choose('sessionsPerDay', '1');
    await this.page.locator('input[name="equipment"][value="mat"]').check();
  }

  /** Answers every screening question on the page: "yes" for the given ids, "no" otherwise. */
  async answerScreening(yes: readonly string[] = []): Promise<void> {
    const names = await this.page
      .locator('.screening-group input[type="radio"][value="no"]')
      .evaluateAll((inputs) => inputs.map((input) => input.getAttribute('name') ?? ''));
    for (const name of names) await this.choose(name, yes.includes(name) ? 'yes' : 'no');
  }

  async seeResult(): Promise<void> {
    await this.page.getByRole('button', { name: 'See the result' }).click();
    await this.page.waitForURL(/\/assess\/result$/);
    await this.page.locator('.loading-state').waitFor({ state: 'detached' });
  }

  /** The whole wizard from step 1, ending on the result page. */
  async complete({ minutes = '10', yes = [] }: WizardAnswers = {}): Promise<void> {
    await this.fillAbout();
    await this.next();
    await this.fillHabits();
    await this.next();
    await this.fillSymptoms();
    await this.next();
    await this.fillGoals(minutes);
    await this.next();
    await this.answerScreening(yes);
    await this.seeResult();
  }

  get stopNotice(): Locator {
    return this.page.locator('.stop-notice');
  }

  get errors(): Locator {
    return this.page.locator('.field__error');
  }
}
