import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { AccountNav } from '../account/AccountNav.tsx';
import { BreakBanner } from '../breaks/BreakBanner.tsx';
import { BreakReminderProvider } from '../breaks/BreakReminderProvider.tsx';
import { PrimaryNav } from './PrimaryNav.tsx';
import { SkipLink } from './SkipLink.tsx';
import './layout.css';

export const MAIN_ID = 'main';

export function Layout() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);

  useEffect(() => {
    // After client-side navigation, move focus to the new content as a full page load would,
    // so screen readers announce it and Tab continues from there. <main> rather than the h1,
    // because a page's h1 can be swapped out once its data arrives. Query-only changes
    // (the phase filter) keep focus where it is.
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    // The break reminder runs on every page, and its banner shows on every page (issue 6).
    <BreakReminderProvider>
      <div className="app">
        <SkipLink targetId={MAIN_ID} />
        <header className="app-header">
          <div className="app-header__inner">
            <Link to="/" className="brand">
              <img src="/favicon.svg" alt="" width="32" height="32" className="brand__mark" />
              <span className="brand__name">Psoas Coach</span>
            </Link>
            <PrimaryNav />
            <AccountNav />
          </div>
        </header>
        <BreakBanner />
        <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="app-main">
          <Outlet />
        </main>
        <footer className="app-footer">
          <p>
            Psoas Coach coaches and screens; it does not diagnose. If pain is severe, spreading or
            comes with numbness or weakness, see a clinician.
          </p>
        </footer>
      </div>
    </BreakReminderProvider>
  );
}
