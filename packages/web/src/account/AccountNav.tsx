import { useState } from 'react';
import { NavLink, useLocation, useNavigate } from 'react-router';
import { useAccount } from './account-context.ts';
import { authPathWithNext } from './next-path.ts';
import './account.css';

/**
 * The header's account corner: signed out, "Sign in" and "Create account" (coming back to this
 * page); signed in, the person's name and "Sign out". Nothing while GET /api/me is under way,
 * so the links do not flash.
 */
export function AccountNav() {
  const { state, signOut } = useAccount();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const [leaving, setLeaving] = useState(false);

  if (state.status === 'loading') return <div className="account-nav" />;

  if (state.status === 'signed-out') {
    // From /signin itself, keep the page's own ?next= rather than pointing back at /signin.
    const next =
      pathname === '/signin' || pathname === '/signup'
        ? (new URLSearchParams(search).get('next') ?? '/')
        : `${pathname}${search}`;
    return (
      <nav aria-label="Account" className="account-nav">
        <NavLink to={authPathWithNext('/signin', next)} className="primary-nav__link">
          Sign in
        </NavLink>
        <NavLink to={authPathWithNext('/signup', next)} className="primary-nav__link">
          Create account
        </NavLink>
      </nav>
    );
  }

  async function leave(): Promise<void> {
    setLeaving(true);
    await signOut();
    setLeaving(false);
    void navigate('/', { state: { notice: 'signed-out' } });
  }

  return (
    <nav aria-label="Account" className="account-nav">
      <span className="account-nav__name">
        <span className="visually-hidden">Signed in as </span>
        {state.account.name}
      </span>
      <button
        type="button"
        className="button button--secondary account-nav__sign-out"
        onClick={() => void leave()}
        disabled={leaving}
      >
        Sign out
      </button>
    </nav>
  );
}
