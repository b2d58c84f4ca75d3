import { useState, type ChangeEvent } from 'react';
import { Link } from 'react-router';
import { useAccount } from '../account/account-context.ts';
import { authPathWithNext } from '../account/next-path.ts';
import { useDocumentTitle } from '../app/use-document-title.ts';
import {
  THEME_CHOICES,
  applyThemeChoice,
  browserStorage,
  readThemeChoice,
  saveThemeChoice,
  type ThemeChoice,
} from '../platform/theme.ts';
import { AccessTokensSection } from '../settings/AccessTokensSection.tsx';
import { DeleteAccountSection } from '../settings/DeleteAccountSection.tsx';
import { SignInActivitySection } from '../settings/SignInActivitySection.tsx';
import { YourDataSection } from '../settings/YourDataSection.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import '../assessment/assessment.css';
import '../account/account.css';

const THEME_LABELS: Readonly<Record<ThemeChoice, string>> = {
  system: 'Match my device',
  light: 'Light',
  dark: 'Dark',
};

export function SettingsPage() {
  useDocumentTitle('Settings');
  const { state } = useAccount();
  // An import adds to the audit log: a new key reloads the activity list.
  const [imports, setImports] = useState(0);
  const [theme, setTheme] = useState<ThemeChoice>(() => readThemeChoice(browserStorage()));

  function chooseTheme(event: ChangeEvent<HTMLInputElement>): void {
    const choice = THEME_CHOICES.find((candidate) => candidate === event.target.value);
    if (!choice) return;
    setTheme(choice);
    saveThemeChoice(browserStorage(), choice);
    applyThemeChoice(document.documentElement, choice);
  }

  return (
    <div className="page page--narrow">
      <h1>Settings</h1>
      <form className="settings-form" onSubmit={(event) => event.preventDefault()}>
        <fieldset className="choice-group">
          <legend>Theme</legend>
          <p className="choice-group__hint" id="theme-hint">
            Saved on this device only.
          </p>
          {THEME_CHOICES.map((choice) => (
            <label key={choice} className="choice">
              <input
                type="radio"
                name="theme"
                value={choice}
                checked={theme === choice}
                onChange={chooseTheme}
                aria-describedby="theme-hint"
              />
              <span>{THEME_LABELS[choice]}</span>
            </label>
          ))}
        </fieldset>
      </form>
      {state.status === 'loading' ? (
        <LoadingState label="Checking whether you are signed in…" />
      ) : null}
      {state.status === 'signed-out' ? (
        <section className="settings-section panel" aria-labelledby="your-account">
          <h2 id="your-account">Your account</h2>
          <p>
            Sign in to download or import your data, see your sign-in activity, manage access tokens
            or delete your account.
          </p>
          <div className="button-row">
            <Link to={authPathWithNext('/signin', '/settings')} className="button">
              Sign in
            </Link>
            <Link
              to={authPathWithNext('/signup', '/settings')}
              className="button button--secondary"
            >
              Create account
            </Link>
          </div>
        </section>
      ) : null}
      {state.status === 'signed-in' ? (
        <>
          <section className="settings-section panel" aria-labelledby="your-account">
            <h2 id="your-account">Your account</h2>
            <p>
              Signed in as {state.account.name} ({state.account.email}).
            </p>
          </section>
          <YourDataSection onImported={() => setImports((count) => count + 1)} />
          <SignInActivitySection key={imports} />
          <AccessTokensSection />
          <DeleteAccountSection email={state.account.email} />
        </>
      ) : null}
    </div>
  );
}
