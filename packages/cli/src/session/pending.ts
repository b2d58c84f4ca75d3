import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { idempotencyKeySchema, sessionLogRequestSchema, type SessionLogRequest } from '@psoas/core';

/**
 * Sessions that could not be sent, kept in the CLI's config directory until the next
 * `psoas session` sends them with the same Idempotency-Key: a session that did reach the server
 * before the connection broke is then stored once, not twice. The file holds health data, so
 * only its owner may read it. It is rewritten whole through a temporary file and a rename, so
 * a crash mid-write leaves the old file, never half a file.
 */

export type PendingSession = {
  readonly key: string;
  readonly request: SessionLogRequest;
  /** When it was kept (wall clock, ISO), for the message that sends it later. */
  readonly keptAt: string;
  /**
   * The account the session was played for: it is sent only while that account is signed in,
   * never into another person's. Absent in files from before accounts (one person then).
   */
  readonly accountId?: string;
};

export const PENDING_FILE = 'pending-sessions.json';
/** Sessions the server refused for good (a 4xx): kept for the person, never sent again. */
export const REFUSED_FILE = 'refused-sessions.json';

type PendingFile = { readonly version: 1; readonly sessions: readonly PendingSession[] };

export type PendingRead =
  | { readonly ok: true; readonly sessions: PendingSession[] }
  | { readonly ok: false; readonly reason: string };

function parseEntry(entry: unknown): PendingSession | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const { key, request, keptAt, accountId } = entry as Record<string, unknown>;
  const parsedKey = idempotencyKeySchema.safeParse(key);
  const parsedRequest = sessionLogRequestSchema.safeParse(request);
  if (!parsedKey.success || !parsedRequest.success || typeof keptAt !== 'string') return null;
  if (accountId !== undefined && typeof accountId !== 'string') return null;
  return {
    key: parsedKey.data,
    request: parsedRequest.data,
    keptAt,
    ...(accountId === undefined ? {} : { accountId }),
  };
}

/** Parses the file's text; anything that is not the format (or an entry that is not) fails. */
export function parsePending(text: string): PendingRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not JSON' };
  }
  const file = json as Partial<Record<keyof PendingFile, unknown>> | null;
  if (typeof file !== 'object' || file === null || file.version !== 1) {
    return { ok: false, reason: 'it is not a version 1 pending-sessions file' };
  }
  if (!Array.isArray(file.sessions)) return { ok: false, reason: 'it has no list of sessions' };
  const sessions = file.sessions.map(parseEntry);
  const bad = sessions.findIndex((s) => s === null);
  if (bad !== -1) return { ok: false, reason: `session ${bad + 1} in it is not valid` };
  return { ok: true, sessions: sessions.filter((s): s is PendingSession => s !== null) };
}

export function formatPending(sessions: readonly PendingSession[]): string {
  const file: PendingFile = { version: 1, sessions };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/** The sessions in `file` under `dir`; none when there is no file. */
export async function readPendingFile(dir: string, file = PENDING_FILE): Promise<PendingRead> {
  try {
    return parsePending(await readFile(join(dir, file), 'utf8'));
  } catch (error) {
    if (isMissing(error)) return { ok: true, sessions: [] };
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

export async function writePendingFile(
  dir: string,
  sessions: readonly PendingSession[],
  file = PENDING_FILE,
): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, file);
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, formatPending(sessions), { mode: 0o600 });
  await rename(temporary, path);
}

/** Moves an unreadable file aside (kept for the person to look at), so new sessions can be kept. */
export async function setAside(dir: string, file = PENDING_FILE): Promise<string> {
  const aside = join(dir, `${file}.unreadable`);
  await rename(join(dir, file), aside);
  return aside;
}
