import { CHECKLISTS_BY_ID, type Lock } from '@psoas/core';
import { useLocation } from 'react-router';
import { SignInLinks } from '../account/SignInLinks.tsx';

type LockSignInPromptProps = {
  readonly lock: Lock;
  /** GET /api/me has not answered yet: whether the person is signed in is still unknown. */
  readonly checking: boolean;
};

/**
 * The locked gate for someone not signed in (see LockGate for why the checklist needs an
 * account): what is locked and why, as signed in, then a way to sign in that comes back here.
 * No checklist form: an answer given here could not be kept for anyone in particular.
 */
export function LockSignInPrompt({ lock, checking }: LockSignInPromptProps) {
  const checklist = CHECKLISTS_BY_ID[lock.checklist];
  const location = useLocation();
  const next = `${location.pathname}${location.search}`;
  return (
    <section className="lock-gate panel" aria-labelledby="lock-heading">
      <h2 id="lock-heading">Locked: answer the safety checklist first</h2>
      <p>{lock.reason}</p>
      <p>{checklist.intro}</p>
      {checking ? (
        <p role="status">Checking whether you are signed in…</p>
      ) : (
        <>
          <p>
            <strong>Sign in to answer it.</strong> Your answers are kept for your account on this
            device, so they unlock this exercise for you only, never for someone else using this
            browser.
          </p>
          <SignInLinks next={next} />
        </>
      )}
    </section>
  );
}
