import type { ReactNode } from 'react';

type RadioGroupProps<T extends string> = {
  /** The input name and the base of the ids (error: `${name}-error`). */
  readonly name: string;
  readonly legend: ReactNode;
  readonly hint?: string | undefined;
  readonly options: readonly (readonly [T, string])[];
  readonly value: T | '';
  readonly onChange: (value: T) => void;
  readonly error?: string | undefined;
  /** Short options side by side (yes/no, never/sometimes/often). */
  readonly inline?: boolean;
};

/** A fieldset of native radio buttons with its legend, hint and inline error. */
export function RadioGroup<T extends string>({
  name,
  legend,
  hint,
  options,
  value,
  onChange,
  error,
  inline = false,
}: RadioGroupProps<T>) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={`field field--group${error ? ' field--invalid' : ''}`}
      data-field={name}
      aria-describedby={describedBy}
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className={inline ? 'field__options field__options--inline' : 'field__options'}>
        {options.map(([optionValue, label]) => (
          <label key={optionValue} className="choice">
            <input
              type="radio"
              name={name}
              value={optionValue}
              checked={value === optionValue}
              onChange={() => onChange(optionValue)}
              aria-invalid={error ? true : undefined}
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
