/** Moves focus to the first control of the first field with an error, inside `root`. */
export function focusFirstInvalid(root: HTMLElement | null, fields: readonly string[]): void {
  if (!root) return;
  for (const field of fields) {
    const control = root.querySelector<HTMLElement>(
      `[data-field="${field}"] input:not([type="hidden"]), [data-field="${field}"] select`,
    );
    if (control) {
      control.focus();
      return;
    }
  }
}

/** The browser's IANA time zone, or UTC when it cannot tell. */
export function deviceTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
