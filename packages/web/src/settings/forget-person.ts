import { DRAFT_KEY } from '../assessment/wizard-state.ts';
import { STORAGE_KEYS, forgetOutbox } from '../breaks/break-storage.ts';
import { forgetAccountClearances } from '../platform/checklist-clearance.ts';
import { browserStorage } from '../platform/theme.ts';
import { createQueueStore, withoutOwner } from '../session-log/queue-store.ts';
import { sharedSessionLogQueue } from '../session-log/queue.ts';
import { clearSession, savedSessionOwner } from '../session/session-resume.ts';

/**
 * What this device holds of a person whose account was just deleted (DELETE /api/me), removed
 * with it: the server has forgotten them, so the browser must not keep their health data either,
 * nor send it anywhere later.
 *
 * Removed:
 * - their sessions in the session-log queue, waiting or failed (other accounts' entries stay);
 * - their queued break events (others' stay);
 * - the break scheduler's state (it holds their break settings: hours, time zone) and today's
 *   break log;
 * - their session in progress kept for a reload;
 * - their contraindication checklist clearances (health answers; other accounts' stay), and
 *   any kept from before accounts, which nobody can claim;
 * - the assessment draft of this tab (sessionStorage).
 *
 * Kept, because they belong to the device rather than the person: the theme, the voice and
 * sound settings of the session player, and the break reminder's device choices (sound, idle
 * detection). The device-wide entries are not tagged with an account; they are the last
 * signed-in person's, which is the one deleting.
 *
 * Signing out removes none of this, on purpose: queued sessions and events are sent when the
 * person signs in here again (they may have recorded them offline), and the rest is their
 * device's working state. Only deletion means "forget me".
 */

export type ForgettableStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type DeviceStorages = {
  /** window.localStorage in the app. */
  readonly local: ForgettableStorage | undefined;
  /** window.sessionStorage in the app (this tab). */
  readonly session: ForgettableStorage | undefined;
};

/** Removes what `local` and `session` hold of account `accountId` (see above). */
export function forgetPersonOnDevice(
  accountId: string,
  { local, session }: DeviceStorages,
  now: () => number,
): void {
  const queue = createQueueStore(local, now);
  const before = queue.read();
  const after = withoutOwner(before, accountId);
  if (
    after.pending.length !== before.pending.length ||
    after.failed.length !== before.failed.length
  ) {
    queue.write(after);
  }
  forgetOutbox(local, accountId);
  forgetAccountClearances(local, accountId);
  for (const key of [STORAGE_KEYS.state, STORAGE_KEYS.log]) remove(local, key);
  // Another account's session in progress is theirs to resume; one saved before accounts was
  // this person's (there was one person then).
  const savedFor = savedSessionOwner(local);
  if (savedFor === null || savedFor === accountId) clearSession(local);
  remove(session, DRAFT_KEY);
}

/** forgetPersonOnDevice on this browser, then tells open pages the session-log queue changed. */
export function forgetPersonOnThisDevice(accountId: string): void {
  forgetPersonOnDevice(
    accountId,
    { local: browserStorage(), session: browserSessionStorage() },
    () => Date.now(),
  );
  sharedSessionLogQueue().refresh();
}

function remove(storage: ForgettableStorage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Blocked storage holds nothing to remove.
  }
}

/** Like browserStorage: sessionStorage may throw on access in some privacy modes. */
function browserSessionStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
