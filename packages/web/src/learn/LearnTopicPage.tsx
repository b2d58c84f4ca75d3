import type { LearnSlug } from './content/grade.ts';
import { learnPage } from './content/pages.ts';
import { LearnArticle } from './LearnArticle.tsx';

type LearnTopicPageProps = { readonly slug: LearnSlug };

/** A topic whose content is all data: habits, the doctor page, what we don't claim. */
export function LearnTopicPage({ slug }: LearnTopicPageProps) {
  return <LearnArticle page={learnPage(slug)} />;
}
