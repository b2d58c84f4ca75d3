import type { FigureDrawing } from './figure-drawing.ts';
import { shapePath } from './figure-path.ts';
import type { Part } from './figure-shapes.ts';

type FigureSvgProps = {
  readonly drawing: FigureDrawing;
  /** The accessible name; without one the picture is decorative and hidden from assistive tech. */
  readonly title?: string | undefined;
  readonly description?: string | undefined;
  readonly className?: string | undefined;
};

/** Width in user units of the background-coloured outline that separates overlapping limbs. */
const HALO = 2.2;

/** Renders a drawing model as inline SVG; colours come from figure.css through role classes. */
export function FigureSvg({ drawing, title, description, className }: FigureSvgProps) {
  const labelled = title !== undefined;
  return (
    <svg
      className={['figure-svg', className].filter(Boolean).join(' ')}
      viewBox={drawing.viewBox}
      role={labelled ? 'img' : undefined}
      aria-hidden={labelled ? undefined : true}
      focusable="false"
      preserveAspectRatio="xMidYMid meet"
    >
      {labelled ? <title>{title}</title> : null}
      {labelled && description ? <desc>{description}</desc> : null}
      {drawing.parts.map((part) => (
        <PartGroup key={part.id} part={part} />
      ))}
    </svg>
  );
}

function PartGroup({ part }: { readonly part: Part }) {
  const paths = part.shapes.map(shapePath);
  return (
    <g className={`figure-part figure-part--${part.role}`} data-part={part.id}>
      {part.halo
        ? paths.map((p, i) => (
            <path
              key={`halo-${i}`}
              className={p.filled ? 'figure-halo' : 'figure-halo figure-halo--line'}
              d={p.d}
              strokeWidth={(p.filled ? 0 : p.width) + HALO * 2}
            />
          ))
        : null}
      {paths.map((p, i) =>
        p.filled ? (
          <path key={i} className="figure-fill" d={p.d} />
        ) : (
          <path key={i} className="figure-stroke" d={p.d} strokeWidth={p.width} />
        ),
      )}
    </g>
  );
}
