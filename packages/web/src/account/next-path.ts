/**
 * The `?next=` return path of /signin and /signup. It comes from the address bar, so anyone can
 * craft it: only a path on this site is followed ("/progress?x=1"), never an absolute URL, a
 * protocol-relative "//evil.example" or its backslash twin "/\evil.example" (browsers read "\"
 * as "/" in URLs), and never a control character that could split the URL.
 */

export const DEFAULT_NEXT = '/';

/** Pages a person should not be sent back to after signing in. */
const AUTH_PATHS = ['/signin', '/signup'];

export function safeNextPath(raw: string | null | undefined): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2000) return DEFAULT_NEXT;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return DEFAULT_NEXT;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return DEFAULT_NEXT;
  const pathname = raw.split(/[?#]/, 1)[0] ?? raw;
  if (AUTH_PATHS.includes(pathname)) return DEFAULT_NEXT;
  return raw;
}

/** "/signin?next=%2Fprogress": a link to an auth page that comes back to `next`. */
export function authPathWithNext(page: '/signin' | '/signup', next: string): string {
  const safe = safeNextPath(next);
  return safe === DEFAULT_NEXT ? page : `${page}?next=${encodeURIComponent(safe)}`;
}
