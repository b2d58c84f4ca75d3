import { randomBytes } from 'node:crypto';
import {
  addMinutes,
  asInstant,
  defaultBreakSettings,
  type BreakSettings,
  type DailyBreakStats,
} from '@psoas/core';
import type { BreaksApi } from '../api-client.ts';
import { runBreaks, type Timers } from '../breaks/breaks-runner.ts';
import { createJsonView, createTextView } from '../breaks/breaks-view.ts';
import type { BreaksConfig } from '../breaks/config.ts';
import { chooseIdleProbe, type IdleProbe } from '../breaks/idle.ts';
import { createNotifier, type Notifier } from '../breaks/notify.ts';
import { findExecutable } from '../executables.ts';
import { createOutbox } from '../breaks/outbox.ts';
import { formatDailyStats } from '../breaks/status-line.ts';
import { CliError, EXIT, formatErrorLine } from '../errors.ts';
import type { FormatOptions } from '../format/style.ts';
import type { KeyInput } from '../session/key-input.ts';

/**
 * `psoas breaks`: the sitting-break reminder for people who live in a terminal (issue 6). It
 * loads the settings from the server (the defaults when the server is down, and says so), runs
 * core's scheduler here so a reminder is never late for a slow network, and sends every event
 * to the server, which keeps the log the statistics come from. `--status` prints today's.
 */

export type BreaksOptions = {
  readonly status?: boolean;
  readonly json?: boolean;
  /** Minutes already spent sitting when it starts. */
  readonly sitting?: number;
};

export type BreaksDeps = {
  readonly client: BreaksApi;
  readonly config: BreaksConfig;
  readonly format: FormatOptions;
  readonly writeOut: (text: string) => void;
  readonly writeErr: (text: string) => void;
  readonly isTTY: boolean;
  readonly keys: KeyInput | null;
  /** The computer's time zone, for the default settings when the server is down. */
  readonly timeZone: string;
  /** Resolves on SIGINT or SIGTERM: stop, send what waits, exit. */
  readonly stopSignal: Promise<void>;
  readonly wallNow?: () => number;
  readonly timers?: Timers;
  readonly notifier?: Notifier;
  readonly idle?: IdleProbe;
};

function isUnreachable(error: unknown): boolean {
  return (
    error instanceof CliError &&
    (error.failure.kind === 'server-unreachable' || error.failure.kind === 'server-timeout')
  );
}

/** Today's statistics: the last day of the server's default range. */
async function today(client: BreaksApi): Promise<{ day: DailyBreakStats; json: unknown }> {
  const { data, json } = await client.getBreakStats();
  const day = data.days.at(-1);
  if (!day) throw new CliError({ kind: 'usage', message: 'the server sent no days' });
  const days = (json as { days?: unknown[] }).days;
  return { day, json: Array.isArray(days) ? days.at(-1) : day };
}

export async function runStatus(deps: BreaksDeps, json: boolean): Promise<number> {
  const { day, json: raw } = await today(deps.client);
  deps.writeOut(json ? `${JSON.stringify(raw, null, 2)}\n` : formatDailyStats(day, deps.format));
  return EXIT.ok;
}

/** The server's settings, or the defaults in this computer's zone when it cannot be reached. */
async function loadSettings(deps: BreaksDeps): Promise<BreakSettings> {
  try {
    return (await deps.client.getBreakSettings()).data.settings;
  } catch (error) {
    if (!isUnreachable(error)) throw error;
    deps.writeErr(
      `${formatErrorLine(`the server cannot be reached: using the default settings (${deps.timeZone}); events are kept and sent when it is back`)}\n`,
    );
    return defaultBreakSettings(deps.timeZone);
  }
}

async function breaksSoFar(client: BreaksApi): Promise<number> {
  try {
    const { day } = await today(client);
    return day.breaksTaken + day.naturalBreaks;
  } catch {
    return 0;
  }
}

export async function runBreaksCommand(options: BreaksOptions, deps: BreaksDeps): Promise<number> {
  if (options.status === true) return runStatus(deps, options.json === true);
  const wallNow = deps.wallNow ?? Date.now;
  const settings = await loadSettings(deps);
  const breaksToday = await breaksSoFar(deps.client);
  const view =
    options.json === true
      ? createJsonView(deps.writeOut)
      : createTextView(deps.writeOut, deps.format, deps.isTTY && deps.keys !== null);
  // The bell goes to stderr under --json, so stdout stays NDJSON.
  const bell =
    options.json === true ? () => deps.writeErr('\u0007') : () => deps.writeOut('\u0007');
  const notifier =
    deps.notifier ??
    createNotifier(
      deps.config.hasDisplay ? findExecutable('notify-send', deps.config.pathDirs) : null,
      bell,
    );
  const idle = deps.idle ?? (await chooseIdleProbe(deps.config, wallNow));
  const outbox = createOutbox({
    runId: `cli-${randomBytes(6).toString('hex')}`,
    post: async (request) => (await deps.client.postBreakEvents(request)).data,
  });
  const startAt = addMinutes(asInstant(wallNow()), -(options.sitting ?? 0));
  const result = await runBreaks({
    settings,
    wallNow,
    startAt,
    outbox,
    notifier,
    idle,
    keys: deps.keys,
    view,
    breaksToday,
    stopSignal: deps.stopSignal,
    ...(deps.timers ? { timers: deps.timers } : {}),
  });
  return result.unsent > 0 ? EXIT.unreachable : EXIT.ok;
}
