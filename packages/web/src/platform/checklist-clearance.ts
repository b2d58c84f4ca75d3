import { checklistIdSchema, type ChecklistId } from '@psoas/core';

/**
 * Which contraindication checklists each account on this browser has cleared, and when. The
 * answers are health data and stay on the device (LockGate checks them with core's rules).
 *
 * Keyed by account id, because several people may use one browser: a clearance is one person's
 * answer about their own body (pregnancy, surgery, blood thinners), and must never unlock the
 * exercise for anyone else. There is deliberately no signed-out entry: a clearance given without
 * an account would belong to whoever touches the browser next. Every function here therefore
 * takes an account id, so a caller without one cannot store or read a clearance at all.
 *
 * A clearance expires after CLEARANCE_DAYS, because pregnancy, surgery or new medicines change.
 *
 * Stored shape (version 2): `{ "version": 2, "accounts": { [accountId]: { [checklistId]: ISO } } }`.
 * The shape before accounts (`{ [checklistId]: ISO }`, version 1 without a marker) says nothing
 * about whose answer it was, so it is read as no clearance and overwritten by the next write:
 * the person answers again, safety over convenience.
 */

export const CLEARANCE_STORAGE_KEY = 'psoas-coach.checklists';
/** Ask again after four weeks, the same rhythm as the red-flag re-screening (evidence.md §5). */
export const CLEARANCE_DAYS = 28;

const VERSION = 2;
const DAY_MS = 86_400_000;

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;
type Clearances = Partial<Record<ChecklistId, string>>;
/** A Map, not an object, so an account id such as "__proto__" stays an ordinary key. */
type ByAccount = Map<string, Clearances>;

/** What storage holds: null when there is nothing usable, including the pre-accounts shape. */
function read(storage: Storage | undefined): ByAccount | null {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(CLEARANCE_STORAGE_KEY) ?? 'null');
    if (!isRecord(raw) || raw['version'] !== VERSION || !isRecord(raw['accounts'])) return null;
    const byAccount: ByAccount = new Map();
    for (const [accountId, entries] of Object.entries(raw['accounts'])) {
      const clearances = parseClearances(entries);
      if (Object.keys(clearances).length > 0) byAccount.set(accountId, clearances);
    }
    return byAccount;
  } catch {
    return null;
  }
}

function parseClearances(raw: unknown): Clearances {
  const clearances: Clearances = {};
  if (!isRecord(raw)) return clearances;
  for (const [key, value] of Object.entries(raw)) {
    const id = checklistIdSchema.safeParse(key);
    if (id.success && typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
      clearances[id.data] = value;
    }
  }
  return clearances;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Writes `byAccount`, or removes the key when no account has a clearance left. */
function write(storage: Storage | undefined, byAccount: ByAccount): void {
  if (byAccount.size === 0) {
    storage?.removeItem(CLEARANCE_STORAGE_KEY);
    return;
  }
  storage?.setItem(
    CLEARANCE_STORAGE_KEY,
    JSON.stringify({ version: VERSION, accounts: Object.fromEntries(byAccount) }),
  );
}

function isValid(clearedAt: number, now: number): boolean {
  const ageDays = (now - clearedAt) / DAY_MS;
  return ageDays >= 0 && ageDays < CLEARANCE_DAYS;
}

/**
 * When account `accountId` cleared the checklist, or null if it never did on this device, or the
 * clearance has expired. Another account's clearance is never returned.
 */
export function readClearance(
  storage: Storage | undefined,
  accountId: string,
  id: ChecklistId,
  now: number,
): Date | null {
  const at = read(storage)?.get(accountId)?.[id];
  if (at === undefined) return null;
  const clearedAt = new Date(at);
  return isValid(clearedAt.getTime(), now) ? clearedAt : null;
}

/**
 * Records that `accountId` cleared the checklist at `at`. Expired clearances of every account
 * are dropped on the way: they unlock nothing and are still health answers.
 */
export function saveClearance(
  storage: Storage | undefined,
  accountId: string,
  id: ChecklistId,
  at: Date,
): void {
  try {
    const byAccount: ByAccount = new Map();
    for (const [owner, clearances] of read(storage) ?? []) {
      const current = Object.entries(clearances).filter(([, value]) =>
        isValid(Date.parse(value), at.getTime()),
      );
      if (current.length > 0) byAccount.set(owner, Object.fromEntries(current));
    }
    byAccount.set(accountId, { ...byAccount.get(accountId), [id]: at.toISOString() });
    write(storage, byAccount);
  } catch {
    // Blocked storage: the clearance holds for this visit only.
  }
}

/** "Answer the checklist again": forgets one clearance of one account. */
export function forgetClearance(
  storage: Storage | undefined,
  accountId: string,
  id: ChecklistId,
): void {
  try {
    const byAccount = read(storage) ?? new Map<string, Clearances>();
    const clearances = { ...byAccount.get(accountId) };
    delete clearances[id];
    if (Object.keys(clearances).length > 0) byAccount.set(accountId, clearances);
    else byAccount.delete(accountId);
    write(storage, byAccount);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

/**
 * The account was deleted: forgets all its clearances and keeps other accounts'. A document in
 * the pre-accounts shape (or unreadable) is removed too: it is nobody's anymore.
 */
export function forgetAccountClearances(storage: Storage | undefined, accountId: string): void {
  try {
    const byAccount = read(storage) ?? new Map<string, Clearances>();
    byAccount.delete(accountId);
    write(storage, byAccount);
  } catch {
    // Blocked storage holds nothing to forget.
  }
}
