import type { PainPoint } from './progress-summary.ts';
import { formatClockTime, formatSessionDay } from './session-format.ts';

type PainTrendProps = { readonly points: readonly PainPoint[] };

const WIDTH = 320;
const HEIGHT = 120;
const PAD = 16;

/**
 * Pain right after each session (0-10, as the person reported it), as a small line chart
 * with the same numbers in a table. The chart is decoration for sighted readers; the sentence
 * and the table carry the information for everyone.
 */
export function PainTrend({ points }: PainTrendProps) {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) {
    return (
      <p className="progress-pain__none">
        No pain scores after a session in the last four weeks. You can give one at the end of each
        session.
      </p>
    );
  }
  const sentence =
    points.length === 1
      ? `Pain after your one session with a score: ${first.painNow} out of 10.`
      : `Pain after sessions went from ${first.painNow} out of 10 (${formatSessionDay(first.date)}) to ${last.painNow} out of 10 (${formatSessionDay(last.date)}), over ${points.length} sessions.`;
  return (
    <div className="progress-pain">
      <h3>Pain after each session</h3>
      <p className="progress-pain__sentence">{sentence}</p>
      {points.length > 1 ? <Chart points={points} /> : null}
      <details className="progress-pain__table">
        <summary>Pain scores as a table</summary>
        <table>
          <caption className="visually-hidden">Pain after each session, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Session</th>
              <th scope="col">Pain (0-10)</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.id}>
                <th scope="row">
                  {formatSessionDay(point.date)}, {formatClockTime(point.startedAt)}
                </th>
                <td>{point.painNow}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

function Chart({ points }: PainTrendProps) {
  const step = (WIDTH - 2 * PAD) / Math.max(1, points.length - 1);
  const y = (pain: number) => PAD + ((10 - pain) / 10) * (HEIGHT - 2 * PAD);
  const coords = points.map((point, index) => ({ x: PAD + index * step, y: y(point.painNow) }));
  return (
    <svg
      className="progress-pain__chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-hidden="true"
      focusable="false"
    >
      <line className="progress-pain__axis" x1={PAD} x2={WIDTH - PAD} y1={y(0)} y2={y(0)} />
      <line className="progress-pain__axis" x1={PAD} x2={WIDTH - PAD} y1={y(10)} y2={y(10)} />
      <text className="progress-pain__label" x={2} y={y(0) + 4}>
        0
      </text>
      <text className="progress-pain__label" x={0} y={y(10) + 4}>
        10
      </text>
      <polyline
        className="progress-pain__line"
        points={coords.map((c) => `${c.x},${c.y}`).join(' ')}
      />
      {coords.map((c, index) => (
        <circle
          key={points[index]?.id ?? index}
          className="progress-pain__dot"
          cx={c.x}
          cy={c.y}
          r={3.5}
        />
      ))}
    </svg>
  );
}
