import { useCallback } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { useRequest } from '../platform/use-request.ts';
import { sessionLogApi } from '../session-log/session-log-api.ts';
import { useSessionLogQueue } from '../session-log/use-session-log-queue.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { FailedSessions } from './FailedSessions.tsx';
import { PendingSessions } from './PendingSessions.tsx';
import { ProgressSummaryView } from './ProgressSummaryView.tsx';
import { SessionCard } from './SessionCard.tsx';
import { localIsoDate, summariseSessions } from './progress-summary.ts';
import './progress.css';

/**
 * Progress: every recorded session, newest first, under a plain summary of the last four
 * weeks; above them, what this device still holds (waiting to sync, or refused by the server).
 * The list reloads whenever this tab sees a queued session confirmed.
 */
export function ProgressPage() {
  useDocumentTitle('Progress');
  const queue = useSessionLogQueue();
  const { savedVersion } = queue;
  const load = useCallback(
    (signal: AbortSignal) => {
      void savedVersion; // a confirmed session means the list changed: load it again
      return sessionLogApi.listSessions(signal);
    },
    [savedVersion],
  );
  const list = useRequest(load);
  const onDevice = queue.pending.length + queue.failed.length;

  return (
    <div className="page progress">
      <h1>Progress</h1>
      {queue.pending.length > 0 ? <PendingSessions queue={queue} /> : null}
      {queue.failed.length > 0 ? (
        <FailedSessions failed={queue.failed} onDismiss={queue.dismissFailed} />
      ) : null}
      {list.status === 'loading' ? <LoadingState label="Loading your sessions…" /> : null}
      {list.status === 'error' ? (
        <ErrorState
          title="Your sessions could not be loaded"
          error={list.error}
          onRetry={list.retry}
        />
      ) : null}
      {list.status === 'success' && list.data.sessions.length === 0 && onDevice === 0 ? (
        <EmptyState />
      ) : null}
      {list.status === 'success' && list.data.sessions.length > 0 ? (
        <>
          <ProgressSummaryView
            summary={summariseSessions(list.data.sessions, localIsoDate(new Date()))}
            waiting={queue.pending.length}
          />
          <section className="progress-history" aria-labelledby="history-heading">
            <h2 id="history-heading">Your sessions</h2>
            <ol className="progress-history__list">
              {list.data.sessions.map((log) => (
                <li key={log.id}>
                  <SessionCard log={log} />
                </li>
              ))}
            </ol>
          </section>
        </>
      ) : null}
    </div>
  );
}

function EmptyState() {
  return (
    <section className="panel page--narrow progress-empty" aria-labelledby="empty-heading">
      <h2 id="empty-heading">No sessions yet</h2>
      <p>
        Each session you finish with the guided player appears here: what you did on each side, how
        it felt, your pain afterwards, and any change it made to your plan.
      </p>
      <p>
        <Link to="/" className="button">
          See today’s plan
        </Link>{' '}
        <Link to="/session" className="button button--secondary">
          Start a session
        </Link>
      </p>
    </section>
  );
}
