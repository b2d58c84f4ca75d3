import { Link } from 'react-router';
import { METHOD } from './content/method.ts';
import { LearnArticle } from './LearnArticle.tsx';
import { MethodSteps } from './MethodSteps.tsx';

export function MethodPage() {
  return (
    <LearnArticle page={METHOD}>
      <section className="learn-section learn-section--wide" aria-labelledby="method-order">
        <h2 id="method-order">The order</h2>
        <MethodSteps variant="detail" alongsideLabelId="method-alongside" />
        <p>
          Each step has its exercises in the <Link to="/exercises">exercise library</Link>, and
          popular ideas the app leaves out are on{' '}
          <Link to="/learn/what-we-dont-claim">What we don’t claim</Link>.
        </p>
      </section>
    </LearnArticle>
  );
}
