type NumberFieldProps = {
  readonly name: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  /** Shown after the box: "hours", "minutes". */
  readonly unit?: string | undefined;
  /** Allow a decimal point (hours); whole numbers otherwise. */
  readonly decimal?: boolean;
};

/**
 * A labelled number box. type="text" with inputmode, not type="number": a number input throws
 * away what it cannot parse, so "7,5" or "abc" would vanish instead of getting a clear message.
 */
export function NumberField({
  name,
  label,
  hint,
  value,
  onChange,
  error,
  unit,
  decimal = false,
}: NumberFieldProps) {
  const id = `field-${name}`;
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`} data-field={name}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
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
      <span className="field__number">
        <input
          id={id}
          name={name}
          type="text"
          inputMode={decimal ? 'decimal' : 'numeric'}
          autoComplete="off"
          className="field__input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          size={5}
        />
        {unit ? <span className="field__unit">{unit}</span> : null}
      </span>
    </div>
  );
}
