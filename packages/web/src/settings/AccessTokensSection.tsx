import { useCallback, useState } from 'react';
import type { AccessToken } from '@psoas/core';
import { accountApi } from '../account/account-api.ts';
import { isApiError } from '../platform/json-request.ts';
import { useRequest } from '../platform/use-request.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { formatWhen } from './settings-labels.ts';

/**
 * Personal access tokens: what the `psoas` command line signs in with (`psoas login`). Listed so
 * a lost laptop's token can be revoked from here.
 */
export function AccessTokensSection() {
  const load = useCallback((signal: AbortSignal) => accountApi.tokens(signal), []);
  const request = useRequest(load);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);

  async function revoke(token: AccessToken): Promise<void> {
    setRevoking(token.id);
    try {
      await accountApi.revokeToken(token.id);
      setMessage({ text: `Revoked “${token.name}”. It no longer signs in.`, error: false });
      request.retry();
    } catch (error) {
      setMessage({
        text: isApiError(error) ? error.detail : 'The token could not be revoked. Try again.',
        error: true,
      });
    } finally {
      setRevoking(null);
    }
  }

  return (
    <section className="settings-section panel" aria-labelledby="access-tokens">
      <h2 id="access-tokens">Access tokens</h2>
      <p>
        The <code>psoas</code> command-line tool signs in with a token it gets from{' '}
        <code>psoas login</code>. Revoke one you no longer use or do not recognise.
      </p>
      <div role="status">
        {message ? (
          <p className={`notice ${message.error ? 'notice--error' : 'notice--info'}`}>
            {message.text}
          </p>
        ) : null}
      </div>
      {request.status === 'loading' ? <LoadingState label="Loading your access tokens…" /> : null}
      {request.status === 'error' ? (
        <ErrorState
          title="Your access tokens could not be loaded"
          error={request.error}
          onRetry={request.retry}
        />
      ) : null}
      {request.status === 'success' && request.data.tokens.length === 0 ? (
        <p>No access tokens.</p>
      ) : null}
      {request.status === 'success' && request.data.tokens.length > 0 ? (
        <ul className="record-list">
          {request.data.tokens.map((token) => (
            <li key={token.id} className="record-list__item">
              <span>
                <strong>{token.name}</strong>
                <span className="record-list__meta">
                  Created {formatWhen(token.createdAt)} ·{' '}
                  {token.lastUsedAt ? `last used ${formatWhen(token.lastUsedAt)}` : 'never used'}
                </span>
              </span>
              <button
                type="button"
                className="button button--secondary"
                disabled={revoking === token.id}
                onClick={() => void revoke(token)}
              >
                Revoke<span className="visually-hidden"> {token.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
