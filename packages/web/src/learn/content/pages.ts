import { ANATOMY } from './anatomy.ts';
import { DOCTOR } from './doctor.ts';
import type { AnatomyStatement, LearnPageContent, LearnSlug } from './grade.ts';
import { HABITS } from './habits.ts';
import { METHOD } from './method.ts';
import { NOT_ESTABLISHED } from './not-established.ts';

/** Every Learn sub-page, in reading order: the hub lists them and each page links to the next. */
export const LEARN_PAGES: readonly LearnPageContent[] = [
  ANATOMY,
  METHOD,
  HABITS,
  DOCTOR,
  NOT_ESTABLISHED,
];

export function learnPage(slug: LearnSlug): LearnPageContent {
  const page = LEARN_PAGES.find((candidate) => candidate.slug === slug);
  if (!page) throw new Error(`no Learn page for ${slug}`);
  return page;
}

/** The hub's two-sentence introduction to the muscle. */
export const PSOAS_IN_BRIEF: readonly [AnatomyStatement, AnatomyStatement] = [
  {
    grade: 'anatomy',
    text: 'The psoas is a long, deep muscle on each side of the lower spine, running from just below the ribs (T12 to L5) over the rim of the pelvis to the top of the thigh bone.',
  },
  {
    grade: 'anatomy',
    text: 'It is the strongest of the muscles that lift the thigh, and one of very few that join the trunk to the legs.',
  },
];
