import { checklistIdSchema, type ChecklistId } from '@psoas/core';

/**
 * Which contraindication checklists this person has cleared, and when. Kept on the device until
 * accounts exist: the answers are health data, and nothing about them leaves the browser.
 * A clearance expires after CLEARANCE_DAYS, because pregnancy, surgery or new medicines change.
 */

export const CLEARANCE_STORAGE_KEY = 'psoas-coach.checklists';
/** Ask again after four weeks, the same rhythm as the red-flag re-screening (evidence.md §5). */
export const CLEARANCE_DAYS = 28;

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;
type Clearances = Partial<Record<ChecklistId, string>>;

function read(storage: Storage | undefined): Clearances {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(CLEARANCE_STORAGE_KEY) ?? '{}');
    if (typeof raw !== 'object' || raw === null) return {};
    const clearances: Clearances = {};
    for (const [key, value] of Object.entries(raw)) {
      const id = checklistIdSchema.safeParse(key);
      if (id.success && typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
        clearances[id.data] = value;
      }
    }
    return clearances;
  } catch {
    return {};
  }
}

/** When the checklist was cleared, or null if it never was or the clearance has expired. */
export function readClearance(
  storage: Storage | undefined,
  id: ChecklistId,
  now: number,
): Date | null {
  const at = read(storage)[id];
  if (at === undefined) return null;
  const clearedAt = new Date(at);
  const ageDays = (now - clearedAt.getTime()) / 86_400_000;
  return ageDays >= 0 && ageDays < CLEARANCE_DAYS ? clearedAt : null;
}

export function saveClearance(storage: Storage | undefined, id: ChecklistId, at: Date): void {
  try {
    storage?.setItem(
      CLEARANCE_STORAGE_KEY,
      JSON.stringify({ ...read(storage), [id]: at.toISOString() }),
    );
  } catch {
    // Blocked storage: the clearance holds for this visit only.
  }
}

export function forgetClearance(storage: Storage | undefined, id: ChecklistId): void {
  try {
    const clearances = read(storage);
    delete clearances[id];
    storage?.setItem(CLEARANCE_STORAGE_KEY, JSON.stringify(clearances));
  } catch {
    // Nothing stored, nothing to forget.
  }
}
