import { describe, expect, it } from 'vitest';
import { PSOAS_PATH } from './content/anatomy.ts';
import { GRADES, type ClaimStatement, type Grade, type Source } from './content/grade.ts';
import { ALONGSIDE, METHOD_STEPS } from './content/method.ts';
import { LEARN_PAGES, PSOAS_IN_BRIEF } from './content/pages.ts';

/** Something in the content tree that carries a grade, and the path of keys that led to it. */
type Found = { readonly path: readonly string[]; readonly node: Record<string, unknown> };

const CONTENT: Record<string, unknown> = {
  pages: LEARN_PAGES,
  brief: PSOAS_IN_BRIEF,
  steps: METHOD_STEPS,
  alongside: ALONGSIDE,
  path: PSOAS_PATH,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Every graded node, with the kinds of the sections above it written into its path. */
function gradedNodes(value: unknown, path: readonly string[] = []): Found[] {
  if (!isRecord(value)) return [];
  const here: string[] = [...path];
  if (typeof value['kind'] === 'string') here.push(`kind:${value['kind']}`);
  const found: Found[] = typeof value['grade'] === 'string' ? [{ path: here, node: value }] : [];
  for (const [key, child] of Object.entries(value)) {
    found.push(...gradedNodes(child, [...here, key]));
  }
  return found;
}

/** Every string in the tree, except inside the nodes `skip` rejects. */
function strings(value: unknown, skip: (node: Record<string, unknown>) => boolean): string[] {
  if (typeof value === 'string') return [value];
  if (!isRecord(value) || skip(value)) return [];
  return Object.values(value).flatMap((child) => strings(child, skip));
}

const isClaim = (node: Record<string, unknown>) => node['grade'] === 'claim';
const graded = gradedNodes(CONTENT);
const claims = graded.filter((found) => isClaim(found.node)).map((found) => found);

describe('Learn content grades', () => {
  it('grades every statement with one of the four grades', () => {
    expect(graded.length).toBeGreaterThan(50);
    for (const { node } of graded) expect(GRADES).toContain(node['grade'] as Grade);
  });

  it('phrases every claim as a belief and pairs it with the lack of evidence', () => {
    expect(claims.length).toBeGreaterThanOrEqual(5);
    for (const { node } of claims) {
      const claim = node as ClaimStatement;
      expect(claim.belief).toMatch(/^Some practitioners believe /);
      expect(claim.known).toMatch(/no good evidence/i);
    }
  });

  it('keeps every claim inside a not-established section', () => {
    for (const { path } of claims) expect(path).toContain('kind:not-established');
    const notEstablished = LEARN_PAGES.flatMap((page) =>
      page.sections.filter((section) => section.kind === 'not-established'),
    );
    expect(notEstablished).toHaveLength(1);
  });

  it('covers the popular claims: breathing, organs, anxiety, fatigue, constipation', () => {
    const beliefs = claims.map(({ node }) => (node as ClaimStatement).belief).join(' ');
    for (const topic of ['breathing', 'organs', 'anxiety', 'tiredness', 'constipation']) {
      expect(beliefs).toContain(topic);
    }
  });

  it('names a source for every research statement, pointing into evidence.md', () => {
    const evidence = graded.filter(({ node }) => node['grade'] === 'evidence');
    expect(evidence.length).toBeGreaterThan(10);
    for (const { node } of evidence) {
      const sources = node['sources'] as readonly Source[] | undefined;
      expect(sources?.length, String(node['text'])).toBeGreaterThan(0);
      for (const source of sources ?? []) {
        expect(source.citation.length).toBeGreaterThan(10);
        expect(source.section).toMatch(/^evidence\.md §\d/);
      }
    }
  });
});

describe('Learn copy rules (evidence.md, "What the app should encode")', () => {
  const outsideClaims = strings(CONTENT, isClaim);

  it('never asserts the glute "switch-off" reflex outside the claims', () => {
    for (const text of outsideClaims) {
      expect(text).not.toMatch(/reciprocal inhibition|glute amnesia|switch(es)? off/i);
    }
  });

  it('never promises that stretching fixes posture or back pain', () => {
    for (const text of outsideClaims.filter((t) =>
      /\b(fix|fixes|cure|cures|corrects?)\b/i.test(t),
    )) {
      expect(text).toMatch(/\b(not|never|no)\b/);
    }
  });

  it('describes pressure through the belly only to steer people away from it', () => {
    const method = LEARN_PAGES.find((page) => page.slug === 'method');
    const compare = strings(method, () => false).join(' ');
    expect(compare).toMatch(/Never puts self-applied belly pressure in your plan/);
    expect(compare).toMatch(/hip flexor stretch is the alternative/);
    // Outside that comparison, any mention of pressing on the belly comes with a warning.
    const elsewhere = strings(
      CONTENT,
      (node) => isClaim(node) || node['id'] === 'abdominal-release',
    );
    for (const text of elsewhere.filter(
      (t) => /\b(press|pressure|ball|roller)/i.test(t) && /\b(belly|abdom\w*|navel)\b/i.test(t),
    )) {
      expect(text).toMatch(/professional|never|not|risky/i);
    }
  });

  it('refers rather than diagnoses on the doctor page', () => {
    const doctor = LEARN_PAGES.find((page) => page.slug === 'when-to-see-a-doctor');
    // Source titles may name conditions; the page's own words must not.
    const text = strings(doctor, (node) => 'citation' in node).join(' ');
    expect(text).toMatch(/does not diagnose/);
    expect(text).not.toMatch(
      /cauda equina|tumou?r|malignan|fracture|aneurysm|you (may|might) have/i,
    );
    const levels = doctor?.sections.flatMap((section) =>
      section.kind === 'section'
        ? section.blocks.flatMap((block) => (block.kind === 'urgency' ? [block.level] : []))
        : [],
    );
    expect(levels).toEqual(['emergency', 'same-day', 'within-days']);
  });

  it('gives the sitting numbers from evidence.md §4 and does not promote all-day standing', () => {
    const habits = LEARN_PAGES.find((page) => page.slug === 'habits');
    const text = strings(habits, () => false).join(' ');
    for (const figure of ['2 min', 'every 30 minutes', '2 h → 4 h', '≤ 8 h']) {
      expect(text).toContain(figure);
    }
    expect(text).toMatch(/not to stand still for hours/);
  });

  it('gives both the practitioners’ and the research hold times', () => {
    const method = LEARN_PAGES.find((page) => page.slug === 'method');
    const text = strings(method, () => false).join(' ');
    expect(text).toMatch(/20 to 30 seconds/);
    expect(text).toMatch(/30 seconds did as well as 60/);
    expect(text).toMatch(/at least 5 days a week/);
  });
});

describe('Learn pages', () => {
  it('have unique slugs, titles and section ids', () => {
    const slugs = LEARN_PAGES.map((page) => page.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(new Set(LEARN_PAGES.map((page) => page.title)).size).toBe(slugs.length);
    for (const page of LEARN_PAGES) {
      const ids = page.sections.map((section) => section.id);
      expect(new Set(ids).size, page.slug).toBe(ids.length);
    }
  });

  it('introduce the psoas in exactly two sentences', () => {
    expect(PSOAS_IN_BRIEF).toHaveLength(2);
    for (const sentence of PSOAS_IN_BRIEF) expect(sentence.text).toMatch(/^[A-Z].*\.$/);
  });
});
