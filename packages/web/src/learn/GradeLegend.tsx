import { GRADE_MEANINGS, GRADES } from './content/grade.ts';
import { GradeMarker } from './GradeMarker.tsx';

/** What the grade markers mean. */
export function GradeLegend() {
  return (
    <dl className="grade-legend">
      {GRADES.map((grade) => (
        <div key={grade}>
          <dt>
            <GradeMarker grade={grade} />
          </dt>
          <dd>{GRADE_MEANINGS[grade]}</dd>
        </div>
      ))}
    </dl>
  );
}
