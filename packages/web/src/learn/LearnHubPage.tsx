import { Link } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { learnPath } from './content/grade.ts';
import { LEARN_PAGES, PSOAS_IN_BRIEF } from './content/pages.ts';
import { GradeLegend } from './GradeLegend.tsx';
import { GradeMarker } from './GradeMarker.tsx';
import { MethodSteps } from './MethodSteps.tsx';
import './learn.css';

export function LearnHubPage() {
  useDocumentTitle('Learn');
  return (
    <div className="page learn" data-learn-page="hub">
      <header className="learn-brief">
        <h1>Learn</h1>
        {PSOAS_IN_BRIEF.map((sentence) => (
          <p key={sentence.text} className="lead">
            {sentence.text}
            <GradeMarker grade={sentence.grade} />
          </p>
        ))}
      </header>

      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading">Topics</h2>
        <ul className="learn-topics">
          {LEARN_PAGES.map((page) => (
            <li key={page.slug} className="learn-topic link-card">
              <h3>
                <Link to={learnPath(page.slug)}>{page.title}</Link>
              </h3>
              <p>{page.summary}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="method-heading">
        <h2 id="method-heading">The care method at a glance</h2>
        <MethodSteps variant="glance" alongsideLabelId="hub-alongside" />
        <p>
          Why this order, and where research disagrees with common practice:{' '}
          <Link to={learnPath('method')}>the care method</Link>. Exercises for each step are in the{' '}
          <Link to="/exercises">exercise library</Link>.
        </p>
      </section>

      <section aria-labelledby="grades-heading" className="learn-section">
        <h2 id="grades-heading">How to read these pages</h2>
        <p>
          Every statement carries a marker that says how much weight it can bear, so you can tell
          textbook fact from good advice and from research.
        </p>
        <GradeLegend />
      </section>
    </div>
  );
}
