import { useEffect, useRef } from 'react';
import { fieldId } from './TextField.tsx';

export type SummaryItem = { readonly field: string | null; readonly message: string };

type ErrorSummaryProps = {
  readonly items: readonly SummaryItem[];
  /** Changes on every submit, so the summary takes focus again even with the same errors. */
  readonly attempt: number;
  readonly idPrefix?: string;
};

/**
 * What went wrong, at the top of the form: it takes focus when it appears (so a screen reader
 * reads it and Tab goes on from there), and each field's message links to that field.
 */
export function ErrorSummary({ items, attempt, idPrefix = 'field' }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = items.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, attempt]);
  if (!shown) return null;
  return (
    <div
      ref={ref}
      className="notice notice--error error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby={`${idPrefix}-summary-title`}
    >
      <h2 className="error-summary__title" id={`${idPrefix}-summary-title`}>
        There is a problem
      </h2>
      <ul className="error-summary__list">
        {items.map((item) => (
          <li key={`${item.field ?? 'form'}:${item.message}`}>
            {item.field ? (
              <a
                href={`#${fieldId(item.field, idPrefix)}`}
                onClick={(event) => {
                  // Focus the box itself, not just scroll to it, so typing can start at once.
                  event.preventDefault();
                  document.getElementById(fieldId(item.field ?? '', idPrefix))?.focus();
                }}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
