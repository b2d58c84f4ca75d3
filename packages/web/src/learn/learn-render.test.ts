import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ClaimStatement } from './content/grade.ts';
import { LEARN_PAGES } from './content/pages.ts';
import { LearnRoutes } from './LearnRoutes.tsx';

function render(path: string): string {
  return renderToStaticMarkup(
    createElement(
      MemoryRouter,
      { initialEntries: [path] },
      createElement(
        Routes,
        null,
        createElement(Route, { path: 'learn/*', element: createElement(LearnRoutes) }),
      ),
    ),
  );
}

/** React escapes quotes in text; compare against the markup's form of a sentence. */
function escaped(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#x27;');
}

const PATHS = ['/learn', ...LEARN_PAGES.map((page) => `/learn/${page.slug}`)];

const CLAIMS: readonly ClaimStatement[] = LEARN_PAGES.flatMap((page) =>
  page.sections.flatMap((section) => (section.kind === 'not-established' ? section.claims : [])),
);

describe('Learn pages as rendered', () => {
  it.each(PATHS)('%s renders one h1 and marks grades in words', (path) => {
    const html = render(path);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toMatch(
      /class="grade grade--\w+"[^>]*>(<span[^>]*>[^<]*<\/span>)?(Anatomy|Practice|Research|Not established)/,
    );
  });

  it('renders claims only inside the not-established section', () => {
    for (const path of PATHS) {
      const html = render(path);
      const start = html.indexOf('data-section-kind="not-established"');
      const end = start === -1 ? -1 : html.indexOf('</section>', start);
      for (const match of html.matchAll(/data-grade="claim"/g)) {
        expect(start, path).toBeGreaterThan(-1);
        expect(match.index).toBeGreaterThan(start);
        expect(match.index).toBeLessThan(end);
      }
      for (const claim of CLAIMS) {
        const at = html.indexOf(escaped(claim.belief));
        if (at === -1) continue;
        expect(path).toBe('/learn/what-we-dont-claim');
        expect(at).toBeGreaterThan(start);
        expect(at).toBeLessThan(end);
      }
    }
    const claimsPage = render('/learn/what-we-dont-claim');
    for (const claim of CLAIMS) expect(claimsPage).toContain(escaped(claim.belief));
  });

  it('draws the anatomy as a labelled image with a title, a description and every label', () => {
    const html = render('/learn/anatomy');
    expect(html).toMatch(
      /<svg[^>]*role="img"[^>]*aria-labelledby="anatomy-diagram-title anatomy-diagram-desc"/,
    );
    expect(html).toContain('<title id="anatomy-diagram-title">');
    expect(html).toContain('<desc id="anatomy-diagram-desc">');
    for (const label of [
      'T12',
      'L1',
      'L2',
      'L3',
      'L4',
      'L5',
      'Psoas major',
      'Psoas minor',
      'Iliacus',
      'Iliopsoas',
      'Ilium',
      'Pubis',
      'Pelvic brim',
      'Femur',
      'Lesser trochanter',
    ]) {
      expect(html).toContain(`>${label}</text>`);
    }
  });
});
