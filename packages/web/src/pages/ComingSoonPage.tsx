import { Link } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title.ts';

type ComingSoonPageProps = {
  readonly title: string;
  /** One honest sentence about what this page will do; no sample data. */
  readonly coming: string;
};

export function ComingSoonPage({ title, coming }: ComingSoonPageProps) {
  useDocumentTitle(title);
  return (
    <div className="page page--narrow">
      <h1>{title}</h1>
      <p className="lead">{coming}</p>
      <p className="notice notice--info">This part of Psoas Coach is not built yet.</p>
      <p>
        Meanwhile, the <Link to="/exercises">exercise library</Link> describes every exercise with
        its dose, steps and the evidence behind it.
      </p>
    </div>
  );
}
