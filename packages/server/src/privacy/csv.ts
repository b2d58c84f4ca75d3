/**
 * CSV as RFC 4180 writes it: a header row, CRLF line ends, a field quoted when it holds a
 * comma, a quote or a line break, quotes inside doubled.
 *
 * Spreadsheets run a cell starting with = + - @ (or a tab or carriage return, which some strip
 * first) as a formula, and an export holds text the person (or whoever wrote into their account)
 * typed: such a cell gets a leading apostrophe, which spreadsheets show as text (OWASP, "CSV
 * Injection"). Only text is guarded: numbers and booleans come from typed columns and cannot
 * hold a formula, and a negative number must stay a number.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** The text of one cell: empty for null, JSON text for objects and arrays. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  // JSON text starts with { [ or " and is never a formula; a plain string may be one.
  const guarded = typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** The rows under `columns` (a header row first); keys not in `columns` are left out. */
export function toCsv(
  columns: readonly string[],
  rows: readonly Readonly<Record<string, unknown>>[],
): string {
  const lines = [
    columns.map(csvCell).join(','),
    ...rows.map((row) => columns.map((column) => csvCell(row[column])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
