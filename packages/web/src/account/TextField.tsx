import type { ReactNode } from 'react';

type TextFieldProps = {
  readonly name: string;
  readonly label: string;
  readonly type: 'text' | 'email' | 'password';
  /** The browser's autofill hint: "email", "new-password", "current-password", "name". */
  readonly autoComplete: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  /** A prefix for the ids, so two forms on one page (Settings) cannot clash. */
  readonly idPrefix?: string;
};

/** The id an error summary links to; the same rule as TextField's own. */
export function fieldId(name: string, idPrefix = 'field'): string {
  return `${idPrefix}-${name}`;
}

/**
 * A labelled text box with its hint and error above it (so a screen reader hears them before
 * typing) and tied to it with aria-describedby; the assessment's field styles.
 */
export function TextField({
  name,
  label,
  type,
  autoComplete,
  value,
  onChange,
  hint,
  error,
  idPrefix = 'field',
}: TextFieldProps) {
  const id = fieldId(name, idPrefix);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`} data-field={name}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        spellCheck={false}
        autoCapitalize={type === 'text' ? 'words' : 'none'}
        className="field__input field__input--wide"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
