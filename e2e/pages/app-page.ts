import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';

/**
 * Until no loader is left: a page may show several at once (Settings loads its activity and
 * its tokens side by side), so this waits for none rather than for one to go.
 */
export async function waitForNoLoader(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.loading-state') === null);
}

export type AxeViolationSummary = { id: string; impact: string | null; targets: string[] };

/** What every page of the app shares: the layout, its landmarks and an accessibility scan. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await this.settled();
  }

  /** The page has rendered its own content, not just the shell, and has no loader left. */
  async settled(): Promise<void> {
    await this.heading.waitFor();
    await waitForNoLoader(this.page);
  }

  get heading(): Locator {
    return this.page.locator('main h1');
  }

  get primaryNav(): Locator {
    return this.page.getByRole('navigation', { name: 'Primary' });
  }

  navLink(name: string): Locator {
    return this.primaryNav.getByRole('link', { name, exact: true });
  }

  async headingCount(): Promise<number> {
    return this.page.locator('h1').count();
  }

  async landmarks(): Promise<{ header: number; nav: number; main: number }> {
    return {
      header: await this.page.locator('body > #root header.app-header').count(),
      nav: await this.page.getByRole('navigation').count(),
      main: await this.page.getByRole('main').count(),
    };
  }

  async appliedTheme(): Promise<string | undefined> {
    return this.page.evaluate(() => document.documentElement.dataset['theme']);
  }

  async accessibilityViolations(): Promise<AxeViolationSummary[]> {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }

  /** The element that has focus, described well enough to assert on. */
  async focused(): Promise<{
    tag: string;
    text: string;
    href: string | null;
    name: string | null;
  }> {
    return this.page.evaluate(() => {
      const element = document.activeElement;
      return {
        tag: element?.tagName.toLowerCase() ?? '',
        text: element?.textContent?.trim() ?? '',
        href: element?.getAttribute('href') ?? null,
        name: element?.getAttribute('name') ?? null,
      };
    });
  }
}
