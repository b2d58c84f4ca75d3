import type { Locator } from 'playwright-core';
import { AppPage } from './app-page.ts';

export class ExerciseListPage extends AppPage {
  async openList(phase?: string): Promise<void> {
    await this.open(phase ? `/exercises?phase=${phase}` : '/exercises');
    await this.cards.first().waitFor();
  }

  get cards(): Locator {
    return this.page.locator('article.exercise-card');
  }

  async exerciseIds(): Promise<string[]> {
    return this.cards.evaluateAll((cards) =>
      cards.map((card) => card.getAttribute('data-exercise-id') ?? ''),
    );
  }

  /** The phase badge of every card, in order. */
  async phases(): Promise<string[]> {
    return this.cards.locator('.badge--phase').allTextContents();
  }

  phaseOption(label: string): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${label}\\b`) });
  }

  /**
   * A click rather than check(): the radio is controlled by the URL, and the router commits
   * the new URL in a transition, so the checked state follows a moment after the click.
   */
  async choosePhase(label: string): Promise<void> {
    const option = this.phaseOption(label);
    await option.click();
    await this.page.waitForFunction(
      (input) => input instanceof HTMLInputElement && input.checked,
      await option.elementHandle(),
    );
  }

  async doseOf(id: string): Promise<string> {
    return this.page
      .locator(`article.exercise-card[data-exercise-id="${id}"] dt:text-is("Dose") + dd`)
      .innerText();
  }

  async openExercise(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).click();
  }
}
