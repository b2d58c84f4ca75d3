import { useState, type ChangeEvent } from 'react';
import { useDocumentTitle } from '../app/use-document-title.ts';
import {
  THEME_CHOICES,
  applyThemeChoice,
  browserStorage,
  readThemeChoice,
  saveThemeChoice,
  type ThemeChoice,
} from '../platform/theme.ts';

const THEME_LABELS: Readonly<Record<ThemeChoice, string>> = {
  system: 'Match my device',
  light: 'Light',
  dark: 'Dark',
};

export function SettingsPage() {
  useDocumentTitle('Settings');
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
    </div>
  );
}
