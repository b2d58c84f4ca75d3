import {
  parseSavedSession,
  saveSession,
  transitionSession,
  type Instant,
  type IsoDate,
  type PlanSession,
  type SavedSession,
  type SessionState,
} from '@psoas/core';

/**
 * The session in progress, kept on the device so a reload, a crash or a closed tab resumes
 * where it was. One slot: starting a new session replaces it. It is kept after the session
 * finishes, until the log is recorded, so the end form survives a reload too.
 *
 * The slot names the account it belongs to, beside it (SAVED_SESSION_OWNER_KEY): on a shared
 * browser, another account must neither see it nor record it as theirs. A slot saved before
 * accounts has no owner and resumes for whoever is signed in (there was one person then).
 */

export const SAVED_SESSION_KEY = 'psoas-coach.session-in-progress';
export const SAVED_SESSION_OWNER_KEY = 'psoas-coach.session-in-progress.owner';

type SessionStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function storeSession(
  storage: SessionStorage | undefined,
  owner: string,
  date: IsoDate,
  planSession: PlanSession,
  state: SessionState,
): void {
  try {
    storage?.setItem(SAVED_SESSION_OWNER_KEY, owner);
    storage?.setItem(SAVED_SESSION_KEY, JSON.stringify(saveSession(date, planSession, state)));
  } catch {
    // Full or blocked storage: the session runs on; only a reload would lose it.
  }
}

/** The account the saved session belongs to; null when none is named (saved before accounts). */
export function savedSessionOwner(storage: SessionStorage | undefined): string | null {
  try {
    return storage?.getItem(SAVED_SESSION_OWNER_KEY) || null;
  } catch {
    return null;
  }
}

/**
 * `owner`'s saved session, or null when there is none, it is another account's (left in place
 * for them), or it cannot be read (then it is dropped).
 */
export function loadSession(
  storage: SessionStorage | undefined,
  owner: string,
): SavedSession | null {
  let raw: string | null | undefined;
  try {
    raw = storage?.getItem(SAVED_SESSION_KEY);
  } catch {
    return null;
  }
  const savedFor = savedSessionOwner(storage);
  if (savedFor !== null && savedFor !== owner) return null;
  if (raw === null || raw === undefined) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = null;
  }
  const parsed = parseSavedSession(json);
  if (parsed.ok) return parsed.value;
  clearSession(storage);
  return null;
}

export function clearSession(storage: SessionStorage | undefined): void {
  try {
    storage?.removeItem(SAVED_SESSION_KEY);
    storage?.removeItem(SAVED_SESSION_OWNER_KEY);
  } catch {
    // Nothing to do: a stale slot is replaced by the next session.
  }
}

/**
 * A saved state made ready to continue: a running one is paused where it stands. Sound needs
 * a tap after a reload anyway (browsers block audio until then), and a reload that took longer
 * than the machine's gap bound pauses it where it was before the reload (auto-paused). Cues
 * that fell due while the page was gone are not played late.
 */
export function restoreState(state: SessionState, now: Instant): SessionState {
  if (state.status !== 'running') return { ...state, cues: [] };
  return { ...transitionSession(state, { type: 'pause', now }), cues: [] };
}
