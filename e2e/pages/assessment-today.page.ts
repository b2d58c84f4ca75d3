import type { Locator } from 'playwright-core';
import { AppPage } from './app-page.ts';

/** The Today page at '/': the plan, or the next step when there is none. */
export class AssessmentTodayPage extends AppPage {
  async openToday(): Promise<void> {
    await this.open('/');
  }

  get sessionItems(): Locator {
    return this.page.locator('.session-item');
  }

  get stopNotice(): Locator {
    return this.page.locator('.stop-notice');
  }

  get budget(): Locator {
    return this.page.getByTestId('session-budget');
  }

  async reasons(): Promise<string[]> {
    return this.page.locator('.session-item__reason').allTextContents();
  }

  async exerciseIds(): Promise<string[]> {
    return this.sessionItems.evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-exercise') ?? ''),
    );
  }

  async weekDays(): Promise<number> {
    return this.page.locator('.week-strip__day').count();
  }
}
