import type { Access, Principal } from './principal.ts';

/**
 * The one place that decides who may do what. Routes declare the access they need and ask
 * `personOf` whose data they work on; they never compare roles or ids themselves.
 */

export type Decision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: 'unauthenticated' | 'forbidden' };

const ALLOW: Decision = { allowed: true };

export function decide(principal: Principal | null, access: Access): Decision {
  switch (access) {
    case 'public':
      return ALLOW;
    case 'person':
      return principal ? ALLOW : { allowed: false, reason: 'unauthenticated' };
    case 'admin':
      if (!principal) return { allowed: false, reason: 'unauthenticated' };
      return principal.role === 'admin' ? ALLOW : { allowed: false, reason: 'forbidden' };
  }
}

/**
 * Whose records a request reads and writes. Today that is always the caller's own: a person
 * sees only their own data, whatever their role. (Practitioners following clients, a later
 * issue, will be decided here too, from an explicit grant.)
 */
export function personOf(principal: Principal | null): string {
  if (!principal) {
    // The access hook refuses anonymous callers before any 'person' route runs.
    throw new Error('personOf called for an anonymous request: the route must declare access');
  }
  return principal.accountId;
}

/** An account's role can be changed by an admin, and never by its owner (no self-promotion). */
export function canChangeRole(principal: Principal | null, accountId: string): boolean {
  return principal?.role === 'admin' && principal.accountId !== accountId;
}
