import { AnatomyDiagram } from './AnatomyDiagram.tsx';
import { ANATOMY, PSOAS_PATH } from './content/anatomy.ts';
import { GradeMarker } from './GradeMarker.tsx';
import { LearnArticle } from './LearnArticle.tsx';

const LEGEND = [
  { swatch: 'psoas', term: 'Psoas major', detail: 'From T12–L5 to the lesser trochanter.' },
  { swatch: 'iliacus', term: 'Iliacus', detail: 'Lines the inside of the ilium.' },
  {
    swatch: 'minor',
    term: 'Psoas minor',
    detail: 'In many people, not all; drawn on one side only.',
  },
  { swatch: 'bone', term: 'Bone', detail: 'Vertebrae, sacrum, hip bones and femurs.' },
  { swatch: 'disc', term: 'Discs', detail: 'Between the vertebral bodies.' },
] as const;

export function AnatomyPage() {
  return (
    <LearnArticle page={ANATOMY}>
      <figure className="anatomy-figure" aria-labelledby="anatomy-caption">
        <div className="anatomy-figure__drawing">
          <AnatomyDiagram />
        </div>
        <div className="anatomy-figure__key">
          <h2 id="anatomy-key" className="anatomy-figure__heading">
            Key
          </h2>
          <ul className="anatomy-legend" aria-labelledby="anatomy-key">
            {LEGEND.map((item) => (
              <li key={item.swatch}>
                <span
                  className={`anatomy-legend__swatch anatomy-legend__swatch--${item.swatch}`}
                  aria-hidden="true"
                />
                <span>
                  <span className="anatomy-legend__term">{item.term}</span>
                  <br />
                  {item.detail}
                </span>
              </li>
            ))}
          </ul>
          <figcaption id="anatomy-caption">
            Seen from the front, so the person’s right side is on the left of the drawing. The
            muscles are drawn slightly see-through to show the hip joints behind them.
          </figcaption>
        </div>
      </figure>

      <section className="learn-section" aria-labelledby="path-in-words">
        <h2 id="path-in-words">The path, in words</h2>
        <ol className="learn-list anatomy-path">
          {PSOAS_PATH.map((step) => (
            <li key={step.text}>
              {step.text}
              <GradeMarker grade={step.grade} />
            </li>
          ))}
        </ol>
      </section>
    </LearnArticle>
  );
}
