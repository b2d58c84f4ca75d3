import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { LoadingState } from '../ui/LoadingState.tsx';
import { useAccount } from './account-context.ts';
import { SignInLinks } from './SignInLinks.tsx';
import './account.css';

/** Set as navigation state by sign-out and account deletion, shown on the page they land on. */
export type SignedOutNotice = 'signed-out' | 'account-deleted';

const NOTICE_TEXT: Readonly<Record<SignedOutNotice, string>> = {
  'signed-out': 'You are signed out.',
  'account-deleted': 'Your account and everything in it have been deleted.',
};

export function noticeOf(state: unknown): SignedOutNotice | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return notice === 'signed-out' || notice === 'account-deleted' ? notice : null;
}

type RequireAccountProps = {
  /** The page's own name, the panel's heading when signed out. */
  readonly title: string;
  readonly children: ReactNode;
};

/**
 * A personal page: its content signed in; signed out, a short panel offering to sign in or
 * create an account, which come back here (?next=). A panel rather than a redirect, so the
 * address stays what the person opened and Back still works.
 */
export function RequireAccount({ title, children }: RequireAccountProps) {
  const { state } = useAccount();
  if (state.status === 'signed-in') return children;
  if (state.status === 'loading') {
    return (
      <div className="page page--narrow">
        <LoadingState label="Checking whether you are signed in…" />
      </div>
    );
  }
  return <SignedOutPanel title={title} />;
}

function SignedOutPanel({ title }: { readonly title: string }) {
  useDocumentTitle(title);
  const location = useLocation();
  const next = `${location.pathname}${location.search}`;
  const notice = noticeOf(location.state);
  return (
    <div className="page page--narrow account-page">
      <h1>{title}</h1>
      {notice ? (
        <p className="notice notice--info" role="status">
          {NOTICE_TEXT[notice]}
        </p>
      ) : null}
      <div className="panel signed-out-panel">
        <h2>Sign in to see this page</h2>
        <p>
          It shows your own health data, which lives in your account and only you can see. Sign in,
          or create an account; it takes a minute.
        </p>
        <SignInLinks next={next} />
      </div>
      <p>
        Without an account you can still browse the <Link to="/exercises">exercise library</Link>{' '}
        and <Link to="/learn">Learn</Link>.
      </p>
    </div>
  );
}
