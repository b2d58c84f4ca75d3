import type { SessionLogQueueView } from '../session-log/use-session-log-queue.ts';
import type { SyncResult } from '../session-log/queue.ts';
import {
  formatClockTime,
  formatSessionDay,
  formatSessionLength,
  outcomeLabel,
} from './session-format.ts';

type PendingSessionsProps = { readonly queue: SessionLogQueueView };

/** Sessions recorded on this device and not yet confirmed by the server, with "Sync now". */
export function PendingSessions({ queue }: PendingSessionsProps) {
  const count = queue.pending.length;
  return (
    <section className="panel progress-pending" aria-labelledby="pending-heading">
      <h2 id="pending-heading">
        {count === 1 ? '1 session waiting to sync' : `${count} sessions waiting to sync`}
      </h2>
      <p>
        {queue.durable
          ? 'They are kept on this device and sent once when the server can be reached. Nothing is lost if you close the app.'
          : 'This browser does not let the app keep them: keep this page open until they are sent.'}
      </p>
      <ul className="progress-pending__list">
        {queue.pending.map((entry) => (
          <li key={entry.key} className="progress-pending__item" data-key={entry.key}>
            <span className="badge badge--warning">Waiting to sync</span>{' '}
            <strong>{formatSessionDay(entry.body.date)}</strong>, started{' '}
            {formatClockTime(entry.body.startedAt)}: {formatSessionLength(entry.body)},{' '}
            {outcomeLabel(entry.body.outcome).toLowerCase()}
          </li>
        ))}
      </ul>
      <p className="progress-pending__actions">
        <button
          type="button"
          className="button"
          disabled={queue.syncing}
          onClick={() => void queue.syncNow()}
        >
          {queue.syncing ? 'Syncing…' : 'Sync now'}
        </button>
        <span role="status" className="progress-pending__status">
          {queue.syncing ? 'Sending…' : describeSync(queue.lastSync)}
        </span>
      </p>
    </section>
  );
}

function describeSync(result: SyncResult | null): string {
  if (!result) return '';
  const at = new Date(result.at).toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
  switch (result.outcome) {
    case 'done':
      return `Last sync at ${at}: all sent.`;
    case 'offline':
      return `Last try at ${at}: the server could not be reached. The app tries again when you are back online.`;
    case 'server-error':
      return `Last try at ${at}: the server had a problem. The app tries again in a few minutes.`;
    case 'busy':
      return 'Another tab of Psoas Coach is sending them right now.';
    default:
      return '';
  }
}
