import type { DailyBreakStats } from '@psoas/core';
import { formatMinutes } from './break-format.ts';

type WeeksChartProps = {
  readonly days: readonly DailyBreakStats[];
  readonly targetMinutes: number;
};

const WIDTH = 560;
const HEIGHT = 180;
const PAD = { top: 12, right: 8, bottom: 24, left: 36 };

function dayLabel(date: string): string {
  const [, month, day] = date.split('-');
  return `${Number(day)}/${Number(month)}`;
}

/**
 * Standing and light activity per day against the target, for the last four weeks: bars and a
 * target line, with the same numbers in a table for anyone who does not use the picture.
 */
export function WeeksChart({ days, targetMinutes }: WeeksChartProps) {
  const top = Math.max(targetMinutes * 1.25, ...days.map((d) => d.standingMinutes), 60);
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const slot = innerW / Math.max(1, days.length);
  const y = (minutes: number) => PAD.top + innerH - (minutes / top) * innerH;
  const met = days.filter((d) => d.standingMinutes >= targetMinutes).length;
  const summary = `Standing and light activity per day over the last ${days.length} days: the target of ${formatMinutes(targetMinutes)} was met on ${met} ${met === 1 ? 'day' : 'days'}.`;

  return (
    <figure className="weeks-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
        className="weeks-chart__svg"
      >
        <line
          className="weeks-chart__axis"
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={y(0)}
          y2={y(0)}
        />
        {days.map((day, index) => {
          const h = y(0) - y(day.standingMinutes);
          return (
            <rect
              key={day.date}
              className={`weeks-chart__bar${day.standingMinutes >= targetMinutes ? ' weeks-chart__bar--met' : ''}`}
              x={PAD.left + index * slot + slot * 0.15}
              y={y(0) - h}
              width={slot * 0.7}
              height={Math.max(0, h)}
            />
          );
        })}
        <line
          className="weeks-chart__target"
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={y(targetMinutes)}
          y2={y(targetMinutes)}
        />
        <text
          className="weeks-chart__label"
          x={PAD.left - 4}
          y={y(targetMinutes) + 4}
          textAnchor="end"
        >
          {formatMinutes(targetMinutes)}
        </text>
        <text className="weeks-chart__label" x={PAD.left - 4} y={y(0) + 4} textAnchor="end">
          0
        </text>
        {days.map((day, index) =>
          index % 7 === days.length % 7 || index === days.length - 1 ? (
            <text
              key={day.date}
              className="weeks-chart__label"
              x={PAD.left + index * slot + slot / 2}
              y={HEIGHT - 6}
              textAnchor="middle"
            >
              {index === days.length - 1 ? 'Today' : dayLabel(day.date)}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption className="weeks-chart__caption">{summary}</figcaption>
      <details className="weeks-chart__table">
        <summary>Show the numbers as a table</summary>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Breaks per day, last four weeks</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Standing and light activity</th>
                <th scope="col">Sitting</th>
                <th scope="col">Breaks taken</th>
                <th scope="col">Skipped</th>
              </tr>
            </thead>
            <tbody>
              {days.map((day) => (
                <tr key={day.date}>
                  <th scope="row">{day.date}</th>
                  <td>{formatMinutes(day.standingMinutes)}</td>
                  <td>{formatMinutes(day.sittingMinutes)}</td>
                  <td>{day.breaksTaken}</td>
                  <td>{day.skipped}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
