import { GRADE_LABELS, type Grade } from './content/grade.ts';

type GradeMarkerProps = { readonly grade: Grade };

/**
 * A small word after a statement saying how much weight it carries. Screen readers hear it in
 * brackets ("(Practice)"); sighted readers see a quiet pill. The word carries the meaning, the
 * dot only helps scanning.
 */
export function GradeMarker({ grade }: GradeMarkerProps) {
  return (
    <span className={`grade grade--${grade}`}>
      <span className="visually-hidden"> (</span>
      {GRADE_LABELS[grade]}
      <span className="visually-hidden">)</span>
    </span>
  );
}
