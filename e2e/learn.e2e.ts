import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page.ts';
import { launchBrowser, newContext } from './support/browser.ts';

/** The Learn hub and its topics. Kept here because only this suite uses it. */
class LearnPage extends AppPage {
  topicLink(title: string): Locator {
    return this.page
      .getByRole('region', { name: 'Topics' })
      .getByRole('link', { name: title, exact: true });
  }

  /** "← Learn" above every topic; the arrow is hidden from screen readers. */
  get backLink(): Locator {
    return this.page.getByRole('main').getByRole('link', { name: 'Learn', exact: true });
  }

  get anatomyFigure(): Locator {
    return this.page.getByRole('img', { name: 'The psoas and iliacus, seen from the front' });
  }

  /** The text of every label drawn in the anatomy figure, in drawing order. */
  async diagramLabels(): Promise<string[]> {
    return this.anatomyFigure.locator('text').allTextContents();
  }

  /** The accessible description, resolved from aria-labelledby's second id as a reader would. */
  async diagramDescription(): Promise<string> {
    return this.anatomyFigure.evaluate((svg) => {
      const ids = svg.getAttribute('aria-labelledby')?.split(' ') ?? [];
      return ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' | ');
    });
  }

  /** How many items carry each grade marker, e.g. { Anatomy: 12, Research: 3 }. */
  async gradeCounts(): Promise<Record<string, number>> {
    const labels = await this.page.locator('main .grade').allTextContents();
    const counts: Record<string, number> = {};
    for (const label of labels) {
      const grade = label.replace(/[()]/g, '').trim();
      counts[grade] = (counts[grade] ?? 0) + 1;
    }
    return counts;
  }
}

const TOPICS = [
  { title: 'Anatomy of the psoas', path: '/learn/anatomy' },
  { title: 'The care method', path: '/learn/method' },
  { title: 'Sitting and desk habits', path: '/learn/habits' },
  { title: 'When to see a doctor', path: '/learn/when-to-see-a-doctor' },
  { title: 'What we don’t claim', path: '/learn/what-we-dont-claim' },
] as const;

const DIAGRAM_LABELS = [
  'T12',
  'L1',
  'L2',
  'L3',
  'L4',
  'L5',
  '12th rib',
  'Psoas major',
  'Iliacus',
  'Psoas minor',
  'Ilium',
  'Pelvic brim',
  'Iliopsoas',
  'Sacrum',
  'Pubis',
  'Lesser trochanter',
  'Femur',
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('learn', () => {
  it('leads from the hub to every topic and back', async () => {
    const context = await newContext(browser);
    try {
      const learn = new LearnPage(await context.newPage());
      await learn.open('/learn');
      expect(await learn.heading.innerText()).toBe('Learn');
      expect(await learn.navLink('Learn').getAttribute('aria-current')).toBe('page');

      for (const topic of TOPICS) {
        await learn.topicLink(topic.title).click();
        await learn.page.waitForURL(new RegExp(`${topic.path}$`));
        await learn.heading.filter({ hasText: topic.title }).waitFor();
        expect(await learn.page.title()).toBe(`${topic.title} · Psoas Coach`);
        // Still inside the Learn section of the navigation.
        expect(await learn.navLink('Learn').getAttribute('aria-current')).toBe('page');

        await learn.backLink.click();
        await learn.page.waitForURL(/\/learn$/);
        await learn.heading.filter({ hasText: 'Learn' }).waitFor();
      }
    } finally {
      await context.close();
    }
  });

  it('shows the care method in order on the hub', async () => {
    const context = await newContext(browser);
    try {
      const learn = new LearnPage(await context.newPage());
      await learn.open('/learn');
      const steps = await learn.page
        .getByRole('region', { name: 'The care method at a glance' })
        .locator('ol > li .method-step__name')
        .allInnerTexts();
      expect(steps).toEqual(['Release', 'Stretch', 'Activate', 'Strengthen']);
    } finally {
      await context.close();
    }
  });

  it('names the anatomy drawing, describes it and labels every structure', async () => {
    const context = await newContext(browser);
    try {
      const learn = new LearnPage(await context.newPage());
      await learn.open('/learn/anatomy');
      expect(await learn.anatomyFigure.isVisible()).toBe(true);
      const description = await learn.diagramDescription();
      expect(description).toMatch(/^The psoas and iliacus, seen from the front \| /);
      expect(description).toMatch(/lesser trochanter/);
      expect(await learn.diagramLabels()).toEqual(expect.arrayContaining(DIAGRAM_LABELS));

      const key = await learn.page.locator('.anatomy-legend li').allInnerTexts();
      expect(key.join(' ')).toMatch(/Psoas major.*Iliacus.*Psoas minor/s);
      // The same path in words, for anyone who cannot see the drawing.
      const path = learn.page.getByRole('region', { name: 'The path, in words' });
      expect(await path.locator('li').count()).toBe(6);
    } finally {
      await context.close();
    }
  });

  it('fits the anatomy drawing on a phone without sideways scrolling', async () => {
    const context = await newContext(browser, { width: 390, height: 844 });
    try {
      const learn = new LearnPage(await context.newPage());
      await learn.open('/learn/anatomy');
      const box = await learn.anatomyFigure.boundingBox();
      expect(box?.width).toBeGreaterThan(340);
      const overflow = await learn.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  });

  it('marks grades in words and shows claims only as beliefs on their own page', async () => {
    const context = await newContext(browser);
    try {
      const learn = new LearnPage(await context.newPage());
      for (const topic of TOPICS.filter((t) => t.path !== '/learn/what-we-dont-claim')) {
        await learn.open(topic.path);
        const counts = await learn.gradeCounts();
        expect(counts['Not established'], topic.path).toBeUndefined();
        expect(Object.keys(counts).length, topic.path).toBeGreaterThan(0);
      }

      await learn.open('/learn/what-we-dont-claim');
      const claims = learn.page.locator('[data-grade="claim"]');
      expect(await claims.count()).toBeGreaterThanOrEqual(5);
      const outside = learn.page.locator(
        '[data-grade="claim"]:not([data-section-kind="not-established"] *)',
      );
      expect(await outside.count()).toBe(0);
      for (const belief of await learn.page.locator('.learn-claim__belief').allInnerTexts()) {
        expect(belief).toMatch(/^Some practitioners believe /);
      }
    } finally {
      await context.close();
    }
  });

  it('sets out the three levels of urgency on the doctor page', async () => {
    const context = await newContext(browser);
    try {
      const learn = new LearnPage(await context.newPage());
      await learn.open('/learn/when-to-see-a-doctor');
      const levels = await learn.page.locator('[data-urgency] h3').allTextContents();
      expect(levels).toEqual([
        'Emergency: Go to an emergency department now',
        'Urgent: See a doctor today',
        'Soon: Book a doctor within days',
      ]);
    } finally {
      await context.close();
    }
  });

  it('answers an unknown Learn address with the not-found page', async () => {
    const context = await newContext(browser);
    try {
      const learn = new LearnPage(await context.newPage());
      await learn.open('/learn/no-such-topic');
      expect(await learn.heading.innerText()).toBe('Page not found');
    } finally {
      await context.close();
    }
  });
});
