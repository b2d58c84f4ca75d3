import { execFile } from 'node:child_process';
import type { BreaksConfig } from './config.ts';
import { findExecutable } from '../executables.ts';

/**
 * How long the person has been away from the computer, from the desktop session where it can
 * be read: `xprintidle` (X11: milliseconds since the last input), else logind's IdleHint and
 * IdleSinceHint (`loginctl show-session`; set by desktops that report idleness, and on lock).
 * Neither is there on a server or over SSH: then only keys in this terminal count as presence,
 * and a laptop's sleep is noticed as a gap between ticks (see breaks-runner.ts). Research §3
 * lists why: Electron's idle time is 0 on Wayland, so every source needs a fallback.
 */

export type IdleSource = 'xprintidle' | 'logind' | 'terminal keys';

export type IdleProbe = {
  readonly source: IdleSource;
  /** Milliseconds since the last input; null when it cannot be read this time. */
  readonly read: () => Promise<number | null>;
};

/** xprintidle prints one integer: milliseconds since the last input. */
export function parseXprintidle(output: string): number | null {
  const text = output.trim();
  if (!/^\d+$/.test(text)) return null;
  return Number(text);
}

/**
 * `loginctl show-session ID -p IdleHint -p IdleSinceHint` prints `IdleHint=yes|no` and
 * `IdleSinceHint=<µs since the epoch>`. Idle time is 0 while not idle.
 */
export function parseLoginctl(output: string, nowMs: number): number | null {
  const props = new Map(
    output
      .split('\n')
      .map((line) => line.trim().split('='))
      .filter((kv): kv is [string, string] => kv.length === 2)
      .map(([k, v]) => [k, v] as const),
  );
  const hint = props.get('IdleHint');
  if (hint === 'no') return 0;
  if (hint !== 'yes') return null;
  const since = Number(props.get('IdleSinceHint'));
  if (!Number.isFinite(since) || since <= 0) return null;
  return Math.max(0, nowMs - since / 1000);
}

export type RunCommand = (command: string, args: readonly string[]) => Promise<string | null>;

/** Runs a short command and resolves its stdout, or null if it failed or took over 2 s. */
export const runForOutput: RunCommand = (command, args) =>
  new Promise((resolve) => {
    execFile(command, [...args], { timeout: 2_000, encoding: 'utf8' }, (error, stdout) =>
      resolve(error ? null : stdout),
    );
  });

const KEYS_ONLY: IdleProbe = { source: 'terminal keys', read: () => Promise.resolve(null) };

/**
 * The first source that answers now; the terminal's keys when none does. A source is tried
 * once here, so one that exists but cannot see the session (xprintidle without an X server,
 * logind without idle reports) is not used.
 */
export async function chooseIdleProbe(
  config: BreaksConfig,
  wallNow: () => number,
  run: RunCommand = runForOutput,
  which: (name: string) => string | null = (name) => findExecutable(name, config.pathDirs),
): Promise<IdleProbe> {
  const candidates: IdleProbe[] = [];
  const xprintidle = config.hasDisplay ? which('xprintidle') : null;
  if (xprintidle !== null) {
    candidates.push({
      source: 'xprintidle',
      read: async () => {
        const out = await run(xprintidle, []);
        return out === null ? null : parseXprintidle(out);
      },
    });
  }
  const loginctl = config.sessionId !== null ? which('loginctl') : null;
  if (loginctl !== null && config.sessionId !== null) {
    const args = ['show-session', config.sessionId, '-p', 'IdleHint', '-p', 'IdleSinceHint'];
    candidates.push({
      source: 'logind',
      read: async () => {
        const out = await run(loginctl, args);
        return out === null ? null : parseLoginctl(out, wallNow());
      },
    });
  }
  for (const probe of candidates) {
    if ((await probe.read()) !== null) return probe;
  }
  return KEYS_ONLY;
}
