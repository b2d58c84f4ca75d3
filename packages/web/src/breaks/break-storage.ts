import {
  breakSettingsSchema,
  type BreakLogEntry,
  type BreakPhase,
  type BreakState,
  type ClientBreakEventWire,
  type Instant,
} from '@psoas/core';

/**
 * Where the break reminder keeps what must survive a reload, one JSON document per key in
 * localStorage: the scheduler's state, the events not yet confirmed by the server (the outbox),
 * today's log for offline statistics, and the person's choices on this device. localStorage
 * rather than IndexedDB because it is synchronous: every tab reads the latest state right
 * before it steps the scheduler, so two open tabs step one shared schedule.
 *
 * Everything read back is checked again (it may come from an older version of the app or have
 * been edited by hand); what does not check out is treated as absent, never trusted.
 */

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const STORAGE_KEYS = {
  state: 'psoas-coach.breaks.state.v1',
  outbox: 'psoas-coach.breaks.outbox.v1',
  log: 'psoas-coach.breaks.log.v1',
  prefs: 'psoas-coach.breaks.prefs.v1',
} as const;

function readJson(storage: KeyValueStorage | undefined, key: string): unknown {
  try {
    const text = storage?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

function writeJson(storage: KeyValueStorage | undefined, key: string, value: unknown): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Full or blocked storage: this visit keeps working, it just will not be remembered.
  }
}

type Fields = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null;
const isInstant = (v: unknown): v is Instant => typeof v === 'number' && Number.isFinite(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isUrgency = (v: unknown) => v === 'gentle' || v === 'firm' || v === 'insistent';
const isSpan = (v: unknown) =>
  v === null || (isObject(v) && isInstant(v['start']) && isInstant(v['end']));

function isShownPhase(p: Fields): boolean {
  switch (p['kind']) {
    case 'sitting':
      return isInstant(p['startedAt']) && isInstant(p['dueAt']);
    case 'reminding':
      return isInstant(p['dueAt']) && isInstant(p['remindedAt']) && isUrgency(p['urgency']);
    case 'snoozed':
      return isInstant(p['dueAt']) && isInstant(p['until']) && isUrgency(p['urgency']);
    default:
      return false;
  }
}

function isPhase(v: unknown): v is BreakPhase {
  if (!isObject(v)) return false;
  if (v['kind'] === 'off-hours') return true;
  if (v['kind'] === 'away') {
    return isInstant(v['since']) && isObject(v['resume']) && isShownPhase(v['resume']);
  }
  return isShownPhase(v);
}

/** A stored scheduler state, or null when there is none or it does not check out. */
export function parseStoredState(value: unknown): BreakState | null {
  if (!isObject(value) || value['version'] !== 1 || !isObject(value['state'])) return null;
  const s = value['state'];
  const settings = breakSettingsSchema.safeParse(s['settings']);
  if (!settings.success || !isPhase(s['phase'])) return null;
  const meeting = s['meeting'];
  if (meeting !== null && !(isObject(meeting) && isInstant(meeting['since']))) return null;
  if (meeting !== null && !isInstant(meeting['expiresAt'])) return null;
  if (!isInstant(s['lastEventAt']) || !isSpan(s['period'])) return null;
  if (s['sittingSince'] !== null && !isInstant(s['sittingSince'])) return null;
  if (s['lastReminderAt'] !== null && !isInstant(s['lastReminderAt'])) return null;
  if (!isCount(s['skipsInARow']) || !isCount(s['snoozesInARow'])) return null;
  if (!isCount(s['breaksOffered'])) return null;
  // Checked field by field above; the settings are the parsed (defaults filled) ones.
  return { ...(s as unknown as BreakState), settings: settings.data };
}

export function readState(storage: KeyValueStorage | undefined): BreakState | null {
  return parseStoredState(readJson(storage, STORAGE_KEYS.state));
}

export function writeState(storage: KeyValueStorage | undefined, state: BreakState): void {
  writeJson(storage, STORAGE_KEYS.state, { version: 1, state });
}

/**
 * An event waiting for the server, with the id it was given once, when it happened, and the
 * account that was signed in then: one browser may be shared, and an event is only ever sent
 * while its own account is signed in. Events stored before accounts existed have no owner
 * (null) until the first account that signs in on this device claims them (claimOutbox).
 */
export type OutboxEntry = {
  readonly id: string;
  readonly owner: string | null;
  readonly event: ClientBreakEventWire;
};

/** At most this many events wait offline; the oldest go first (a week of a busy day's events). */
export const OUTBOX_MAX = 5000;

export function readOutbox(storage: KeyValueStorage | undefined): OutboxEntry[] {
  const value = readJson(storage, STORAGE_KEYS.outbox);
  if (!Array.isArray(value)) return [];
  // The server validates each event again; here only the envelope must be right.
  return value
    .filter(
      (e): e is Fields & { id: string; event: ClientBreakEventWire } =>
        isObject(e) &&
        typeof e['id'] === 'string' &&
        isObject(e['event']) &&
        typeof e['event']['kind'] === 'string',
    )
    .map((e) => ({
      id: e.id,
      owner: typeof e['owner'] === 'string' && e['owner'] !== '' ? e['owner'] : null,
      event: e.event,
    }));
}

export function writeOutbox(
  storage: KeyValueStorage | undefined,
  entries: readonly OutboxEntry[],
): void {
  writeJson(storage, STORAGE_KEYS.outbox, entries.slice(-OUTBOX_MAX));
}

/** Gives the events stored before accounts to `owner`, the first account signed in here. */
export function claimOutbox(storage: KeyValueStorage | undefined, owner: string): void {
  const entries = readOutbox(storage);
  if (!entries.some((e) => e.owner === null)) return;
  writeOutbox(
    storage,
    entries.map((e) => (e.owner === null ? { ...e, owner } : e)),
  );
}

/** Drops every event of `owner` (their account was deleted); others' stay queued. */
export function forgetOutbox(storage: KeyValueStorage | undefined, owner: string): void {
  const entries = readOutbox(storage);
  const kept = entries.filter((e) => e.owner !== owner);
  if (kept.length !== entries.length) writeOutbox(storage, kept);
}

/** A log entry with the instant it belongs to, so old entries can be dropped. */
function entryAt(entry: BreakLogEntry): number {
  return 'at' in entry ? entry.at : entry.to;
}

export function readLog(storage: KeyValueStorage | undefined): BreakLogEntry[] {
  const value = readJson(storage, STORAGE_KEYS.log);
  if (!Array.isArray(value)) return [];
  return value.filter(
    (e): e is BreakLogEntry =>
      isObject(e) &&
      typeof e['kind'] === 'string' &&
      (isInstant(e['at']) || (isInstant(e['from']) && isInstant(e['to']))),
  );
}

/**
 * Appends to the local log and drops entries older than `keepFrom`: the server keeps the real
 * history; this copy only lets today's dial work offline.
 */
export function appendLog(
  storage: KeyValueStorage | undefined,
  entries: readonly BreakLogEntry[],
  keepFrom: number,
): void {
  if (entries.length === 0) return;
  const kept = [...readLog(storage), ...entries].filter((e) => entryAt(e) >= keepFrom);
  writeJson(storage, STORAGE_KEYS.log, kept);
}

/** What the person chose on this device. */
export type BreakPrefs = {
  /** They allowed the Idle Detection API from the Breaks page. */
  readonly idleDetection: boolean;
  /** Play a short sound with each reminder. */
  readonly sound: boolean;
};

export const DEFAULT_PREFS: BreakPrefs = { idleDetection: false, sound: true };

export function readPrefs(storage: KeyValueStorage | undefined): BreakPrefs {
  const value = readJson(storage, STORAGE_KEYS.prefs);
  if (!isObject(value)) return DEFAULT_PREFS;
  return {
    idleDetection: value['idleDetection'] === true,
    sound: value['sound'] !== false,
  };
}

export function writePrefs(storage: KeyValueStorage | undefined, prefs: BreakPrefs): void {
  writeJson(storage, STORAGE_KEYS.prefs, prefs);
}
