import { createContext, useContext } from 'react';
import type { LoginRequest, SignupRequest } from '@psoas/core';
import type { AccountState } from '../platform/account-session.ts';

export type AccountValue = {
  readonly state: AccountState;
  /** Resolve once signed in; reject with the server's ApiError otherwise. */
  readonly signIn: (request: LoginRequest) => Promise<void>;
  readonly signUp: (request: SignupRequest) => Promise<void>;
  /** Ends the session on the server and forgets it here, even if the server cannot be reached. */
  readonly signOut: () => Promise<void>;
  /** Asks GET /api/me again (after a change elsewhere, e.g. another tab). */
  readonly refresh: () => Promise<void>;
  /** After the account was deleted: signed out, without calling the server again. */
  readonly forget: () => void;
};

export const AccountContext = createContext<AccountValue | null>(null);

export function useAccount(): AccountValue {
  const value = useContext(AccountContext);
  if (!value) throw new Error('useAccount needs an AccountProvider above it');
  return value;
}
