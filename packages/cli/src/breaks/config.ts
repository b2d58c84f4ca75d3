import { delimiter } from 'node:path';

/**
 * What `psoas breaks` reads from the environment, read once here (lint lets only config modules
 * touch process.env): the PATH to look for notify-send, xprintidle and loginctl in, and the
 * desktop session whose idle time logind knows.
 */

type Env = Readonly<Record<string, string | undefined>>;

export type BreaksConfig = {
  /** Directories of PATH, in order. */
  readonly pathDirs: readonly string[];
  /** logind's session id of this desktop session (XDG_SESSION_ID); null outside one. */
  readonly sessionId: string | null;
  /** Whether a graphical session is reachable (DISPLAY or WAYLAND_DISPLAY): notifications need one. */
  readonly hasDisplay: boolean;
};

export function readBreaksConfig(env: Env = process.env): BreaksConfig {
  const pathDirs = (env['PATH'] ?? '').split(delimiter).filter((dir) => dir !== '');
  const sessionId = env['XDG_SESSION_ID'];
  const display = env['DISPLAY'] ?? env['WAYLAND_DISPLAY'];
  return {
    pathDirs,
    sessionId: sessionId !== undefined && /^\w+$/.test(sessionId) ? sessionId : null,
    hasDisplay: display !== undefined && display !== '',
  };
}
