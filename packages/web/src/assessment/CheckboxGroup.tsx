import type { ReactNode } from 'react';

type CheckboxGroupProps<T extends string> = {
  readonly name: string;
  readonly legend: ReactNode;
  readonly hint?: string | undefined;
  readonly options: readonly (readonly [T, string])[];
  readonly values: readonly T[];
  readonly onChange: (values: T[]) => void;
  readonly error?: string | undefined;
};

/** A fieldset of native checkboxes; the chosen values keep the options' order. */
export function CheckboxGroup<T extends string>({
  name,
  legend,
  hint,
  options,
  values,
  onChange,
  error,
}: CheckboxGroupProps<T>) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  function toggle(option: T, checked: boolean): void {
    const next = new Set(values);
    if (checked) next.add(option);
    else next.delete(option);
    onChange(options.map(([value]) => value).filter((value) => next.has(value)));
  }
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
      <div className="field__options field__options--columns">
        {options.map(([value, label]) => (
          <label key={value} className="choice">
            <input
              type="checkbox"
              name={name}
              value={value}
              checked={values.includes(value)}
              onChange={(event) => toggle(value, event.target.checked)}
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
