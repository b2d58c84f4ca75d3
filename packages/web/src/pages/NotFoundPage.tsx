import { Link } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title.ts';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <div className="page page--narrow">
      <h1>Page not found</h1>
      <p className="lead">There is no page at this address.</p>
      <p>
        Go to <Link to="/">Today</Link> or browse the <Link to="/exercises">exercise library</Link>.
      </p>
    </div>
  );
}
