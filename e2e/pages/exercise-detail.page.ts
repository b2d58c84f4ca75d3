import type { Locator } from 'playwright-core';
import { AppPage } from './app-page.ts';

export class ExerciseDetailPage extends AppPage {
  async openExercise(id: string): Promise<void> {
    await this.open(`/exercises/${id}`);
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** Dose rows as [part, default, allowed range]. */
  async doseRows(): Promise<string[][]> {
    return this.page
      .locator('.dose-table tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent?.trim() ?? ''),
        ),
      );
  }

  async doseSummary(): Promise<string> {
    return this.page.locator('.dose-summary').innerText();
  }

  async why(): Promise<string> {
    return this.page.locator('.dose-why').innerText();
  }

  async steps(): Promise<string[]> {
    return this.section('How to do it').locator('li').allInnerTexts();
  }

  async references(): Promise<number> {
    return this.section('Evidence').locator('li').count();
  }

  get professionalNotice(): Locator {
    return this.page.getByRole('complementary', { name: 'Professional technique' });
  }
}
