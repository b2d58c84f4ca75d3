import type { SessionLog } from '@psoas/core';
import {
  exerciseName,
  formatClockTime,
  formatDone,
  formatPlanned,
  formatSessionDay,
  formatSessionLength,
  outcomeLabel,
  ratingLabel,
  sideLabel,
} from './session-format.ts';

type SessionCardProps = { readonly log: SessionLog };

/** One recorded session: when, how long, what was done against the plan, and how it felt. */
export function SessionCard({ log }: SessionCardProps) {
  const headingId = `session-${log.id}`;
  return (
    <article className="panel session-card" aria-labelledby={headingId} data-session={log.id}>
      <header className="session-card__head">
        <h3 id={headingId} className="session-card__title">
          {formatSessionDay(log.date)}
        </h3>
        <span className={`badge session-card__outcome session-card__outcome--${log.outcome}`}>
          {outcomeLabel(log.outcome)}
        </span>
      </header>
      <p className="session-card__meta">
        Started {formatClockTime(log.startedAt)}, {formatSessionLength(log)}
      </p>
      {log.items.length > 0 ? (
        <div className="session-card__table-wrap">
          <table className="session-card__table">
            <caption className="visually-hidden">
              Exercises of {formatSessionDay(log.date)}, done against planned
            </caption>
            <thead>
              <tr>
                <th scope="col">Exercise</th>
                <th scope="col">Side</th>
                <th scope="col">Done</th>
                <th scope="col">Planned</th>
              </tr>
            </thead>
            <tbody>
              {log.items.map((item) => (
                <tr key={`${item.exerciseId}-${item.side ?? 'both'}`}>
                  <th scope="row">{exerciseName(item.exerciseId)}</th>
                  <td>{sideLabel(item.side)}</td>
                  <td>{formatDone(item)}</td>
                  <td>{formatPlanned(item.planned)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <dl className="session-card__facts">
        <div>
          <dt>Pain after the session</dt>
          <dd>{log.painNow === null ? 'Not recorded' : `${log.painNow} out of 10`}</dd>
        </div>
        {log.feedback.length > 0 ? (
          <div>
            <dt>How it felt</dt>
            <dd>
              <ul className="session-card__feedback">
                {log.feedback.map((item) => (
                  <li key={item.exerciseId}>
                    {exerciseName(item.exerciseId)}: {ratingLabel(item.rating).toLowerCase()}, pain
                    during {item.pain} out of 10
                    {item.repsDone === undefined ? '' : `, ${item.repsDone} reps in every set`}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {log.note.trim() !== '' ? (
          <div>
            <dt>Note</dt>
            <dd className="session-card__note">{log.note}</dd>
          </div>
        ) : null}
        {log.changes.length > 0 ? (
          <div>
            <dt>Changes to your plan</dt>
            <dd>
              <ul className="session-card__changes">
                {log.changes.map((change) => (
                  <li key={change.seq}>{change.explanation}</li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}
