import type { FailedSession } from '../session-log/queue.ts';
import { formatClockTime, formatSessionDay } from './session-format.ts';

type FailedSessionsProps = {
  readonly failed: readonly FailedSession[];
  readonly onDismiss: (key: string) => void;
};

/**
 * Sessions the server refused for good, with its reason. They stay until the person removes
 * them: the data is theirs, and a silent drop would look like the session never happened.
 */
export function FailedSessions({ failed, onDismiss }: FailedSessionsProps) {
  return (
    <section className="notice notice--error progress-failed" aria-labelledby="failed-heading">
      <h2 id="failed-heading">
        {failed.length === 1
          ? '1 session could not be saved'
          : `${failed.length} sessions could not be saved`}
      </h2>
      <ul className="progress-failed__list">
        {failed.map((entry) => (
          <li key={entry.key} className="progress-failed__item" data-code={entry.code}>
            <p>
              <strong>{describe(entry)}</strong>
            </p>
            <p>{entry.detail}</p>
            <details>
              <summary>What was recorded</summary>
              <pre className="progress-failed__data">{JSON.stringify(entry.body, null, 2)}</pre>
            </details>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onDismiss(entry.key)}
            >
              Remove from this list
              <span className="visually-hidden"> ({describe(entry)})</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Names the session from what was stored, even when the record as a whole is invalid. */
function describe(entry: FailedSession): string {
  const body = entry.body;
  if (typeof body !== 'object' || body === null) return 'A session recorded on this device';
  const { date, startedAt } = body as Record<string, unknown>;
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return 'A session recorded on this device';
  }
  const time =
    typeof startedAt === 'string' && !Number.isNaN(Date.parse(startedAt))
      ? `, started ${formatClockTime(startedAt)}`
      : '';
  return `Session of ${formatSessionDay(date)}${time}`;
}
