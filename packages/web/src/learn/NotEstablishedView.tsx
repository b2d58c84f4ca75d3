import type { NotEstablishedSection } from './content/grade.ts';
import { GradeMarker } from './GradeMarker.tsx';
import { SourceLine } from './SourceLine.tsx';

type NotEstablishedViewProps = { readonly section: NotEstablishedSection };

/**
 * The only component that renders claims. Each one is a belief in the practitioners' words
 * followed by what is known, so no claim ever reads as a fact or as a symptom to look for.
 */
export function NotEstablishedView({ section }: NotEstablishedViewProps) {
  return (
    <section
      className="learn-section learn-claims"
      aria-labelledby={section.id}
      data-section-kind={section.kind}
    >
      <h2 id={section.id}>{section.heading}</h2>
      <p>{section.intro}</p>
      <ul className="learn-claims__list">
        {section.claims.map((claim) => (
          <li key={claim.id} className="learn-claim" data-grade={claim.grade}>
            <h3>{claim.topic}</h3>
            <p className="learn-claim__belief">
              {claim.belief}
              <GradeMarker grade={claim.grade} />
            </p>
            <p className="learn-claim__known">
              <span className="learn-claim__known-label">What is known: </span>
              {claim.known}
            </p>
            {claim.sources ? <SourceLine sources={claim.sources} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
