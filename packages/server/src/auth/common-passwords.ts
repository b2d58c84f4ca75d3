import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.ts';

/** Shipped in the repo (source and licence in its header); read from src/ and from dist/ alike. */
const LIST_PATH = join(PACKAGE_ROOT, 'src', 'auth', 'common-passwords.txt');

let common: ReadonlySet<string> | undefined;

/** The list, read once on first use: a Set, so each check is one lookup. */
function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(
    readFileSync(LIST_PATH, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0 && !line.startsWith('#'))
      .map((line) => line.toLowerCase()),
  );
  return common;
}

/**
 * Why a new password is refused, or null when it is acceptable. The length rule is the wire
 * schema's (core); this adds what only the server knows: the shipped list of common passwords
 * (compared lower-cased: "Password1234" is as guessable as "password1234"), and the email or
 * its local part, the first thing an attacker who knows the email tries.
 */
export function weakPasswordReason(password: string, email: string): string | null {
  const given = password.toLowerCase();
  if (commonPasswords().has(given)) return 'This password is on a list of common passwords.';
  const address = email.toLowerCase();
  const localPart = address.split('@')[0] ?? address;
  if (given === address || given === localPart) return 'The password must not be your email.';
  return null;
}
