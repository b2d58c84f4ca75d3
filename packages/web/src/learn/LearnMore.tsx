import { Link } from 'react-router';
import { learnPath, type LearnSlug } from './content/grade.ts';
import { LEARN_PAGES } from './content/pages.ts';

type LearnMoreProps = { readonly current: LearnSlug };

/** The other Learn topics, at the foot of each one. */
export function LearnMore({ current }: LearnMoreProps) {
  return (
    <nav className="learn-more" aria-labelledby="learn-more-heading">
      <h2 id="learn-more-heading">More to learn</h2>
      <ul className="learn-more__list">
        <li>
          <Link to="/learn">All topics</Link>
        </li>
        {LEARN_PAGES.filter((page) => page.slug !== current).map((page) => (
          <li key={page.slug}>
            <Link to={learnPath(page.slug)}>{page.title}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
