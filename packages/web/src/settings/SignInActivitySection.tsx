import { useCallback } from 'react';
import { accountApi } from '../account/account-api.ts';
import { useRequest } from '../platform/use-request.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { AUDIT_KIND_LABELS, formatWhen } from './settings-labels.ts';

/**
 * The account's audit log (issue 7): sign-ins, failed attempts, exports and imports, newest
 * first as the server lists them, so the person can spot a sign-in that was not theirs.
 * Settings remounts it (a new `key`) after an import, which adds an entry.
 */
export function SignInActivitySection() {
  const load = useCallback((signal: AbortSignal) => accountApi.audit(signal), []);
  const request = useRequest(load);
  return (
    <section className="settings-section panel" aria-labelledby="sign-in-activity">
      <h2 id="sign-in-activity">Sign-in activity</h2>
      <p>
        Recent sign-ins and other account events. If one was not you, revoke the access tokens you
        do not recognise and tell whoever runs this Psoas Coach install.
      </p>
      {request.status === 'loading' ? <LoadingState label="Loading your activity…" /> : null}
      {request.status === 'error' ? (
        <ErrorState
          title="Your activity could not be loaded"
          error={request.error}
          onRetry={request.retry}
        />
      ) : null}
      {request.status === 'success' && request.data.events.length === 0 ? (
        <p>No activity yet.</p>
      ) : null}
      {request.status === 'success' && request.data.events.length > 0 ? (
        <ul className="record-list">
          {request.data.events.map((event) => (
            <li key={event.id} className="record-list__item">
              <span>
                <strong>{AUDIT_KIND_LABELS[event.kind]}</strong>
                <span className="record-list__meta">
                  {[event.address, event.client].filter(Boolean).join(' · ') || 'Unknown device'}
                </span>
              </span>
              <time dateTime={event.at}>{formatWhen(event.at)}</time>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
