import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title.ts';
import type { LearnPageContent } from './content/grade.ts';
import { LearnMore } from './LearnMore.tsx';
import { NotEstablishedView } from './NotEstablishedView.tsx';
import { SectionView } from './SectionView.tsx';
import './learn.css';

type LearnArticleProps = {
  readonly page: LearnPageContent;
  /** Anything page-specific shown between the introduction and the sections. */
  readonly children?: ReactNode;
};

/** The frame every Learn topic shares: back link, title, lead, sections, more topics. */
export function LearnArticle({ page, children }: LearnArticleProps) {
  useDocumentTitle(page.title);
  return (
    <div className="page learn" data-learn-page={page.slug}>
      <p className="back-link">
        <Link to="/learn">
          <span aria-hidden="true">{'← '}</span>
          Learn
        </Link>
      </p>
      <article>
        <header>
          <h1>{page.title}</h1>
          <p className="lead">{page.lead}</p>
        </header>
        {children}
        {page.sections.map((section) =>
          section.kind === 'not-established' ? (
            <NotEstablishedView key={section.id} section={section} />
          ) : (
            <SectionView key={section.id} section={section} />
          ),
        )}
      </article>
      <LearnMore current={page.slug} />
    </div>
  );
}
