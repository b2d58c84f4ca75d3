import argon2 from 'argon2';

/**
 * Passwords are hashed with argon2id at OWASP's minimum (Password Storage Cheat Sheet:
 * m = 19 MiB, t = 2, p = 1): slow and memory-hard enough that a stolen table is expensive to
 * crack, cheap enough (about 0.1 s) for a small server. The parameters live in each hash, so
 * raising them later still verifies the old hashes.
 */
const OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/**
 * The hash of a random password nobody knows, with the same parameters: signing in with an
 * unknown email verifies against it, so the answer takes as long as for a wrong password and
 * its timing does not tell which emails have accounts.
 */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,p=1,t=2$S6PtRhW7j8qEm2S+aC/QoA$O/6x8twO1EUxudNwUijMwFEAeUm7u35dzpSKmk6HNnU';

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

/** True when `password` is the one `hash` was made from; a malformed hash is just false. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}
