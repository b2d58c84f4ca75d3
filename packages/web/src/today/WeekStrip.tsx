import type { PlanDay } from '@psoas/core';
import { formatDayOfMonth, summariseDay, weekdayLong, weekdayShort } from './plan-format.ts';

type WeekStripProps = { readonly week: readonly PlanDay[] };

/** The seven days ahead, today first: what each day holds, in a compact strip. */
export function WeekStrip({ week }: WeekStripProps) {
  return (
    <ol className="week-strip">
      {week.map((day, index) => {
        const summary = summariseDay(day);
        const rest = summary.exerciseCount === 0;
        return (
          <li
            key={day.date}
            className={`week-strip__day${index === 0 ? ' week-strip__day--today' : ''}${rest ? ' week-strip__day--rest' : ''}`}
            aria-current={index === 0 ? 'date' : undefined}
          >
            <span className="week-strip__weekday">
              <abbr title={weekdayLong(day.weekday)}>{weekdayShort(day.weekday)}</abbr>
              <span className="visually-hidden">, </span>
            </span>
            <span className="week-strip__date">
              {index === 0 ? 'Today' : formatDayOfMonth(day.date)}
              <span className="visually-hidden">: </span>
            </span>
            <span className="week-strip__focus">{summary.focus}</span>
            {rest ? null : (
              <span className="week-strip__minutes">
                {summary.exerciseCount} {summary.exerciseCount === 1 ? 'exercise' : 'exercises'},{' '}
                {summary.minutes}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
