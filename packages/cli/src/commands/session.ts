import { randomUUID } from 'node:crypto';
import {
  buildSteps,
  sessionTiming,
  summarizeSession,
  type PlanResponse,
  type PlanSession,
} from '@psoas/core';
import type { ApiClient, SessionLogApi } from '../api-client.ts';
import type { AccountApi } from '../auth/account-api.ts';
import { CliError, EXIT, formatErrorLine } from '../errors.ts';
import type { FormatOptions } from '../format/style.ts';
import { joinLines, plural } from '../format/text.ts';
import { monotonicClock } from '../session/clock.ts';
import type { SessionConfig } from '../session/config.ts';
import { deliverSession, sendPending } from '../session/deliver.ts';
import type { KeyInput } from '../session/key-input.ts';
import {
  formatPendingReport,
  formatSaved,
  formatSessionEnd,
  keptMessage,
} from '../session/report.ts';
import { runPlayer, type ViewMode } from '../session/run-player.ts';
import { buildSessionLog } from '../session/session-log.ts';
import { NO_FEEDBACK, askSessionFeedback, exercisesToRate } from '../session/session-feedback.ts';
import { findExecutable } from '../executables.ts';
import { SILENT, createEspeakVoice, type Voice } from '../session/voice.ts';
import type { Conversation } from './checklist.ts';

/**
 * `psoas session`: today's plan, hands-free in the terminal. Loads the plan (refused like
 * `psoas today` when the programme is stopped or an assessment is missing or due), runs its
 * steps with core's session machine (live view, NDJSON with --json, or a line per step when
 * not in a terminal), asks the same questions as the web player at the end, and records the
 * session once, keeping it for the next run when the server cannot be reached. Sessions kept
 * from earlier runs are sent first.
 */

export type SessionOptions = {
  /** 1-based, among today's sessions; the first (the main one) by default. */
  readonly session?: number;
  readonly json?: boolean;
  readonly voice: boolean;
  readonly voiceRate: number;
  readonly feedback: boolean;
};

export type SessionDeps = {
  readonly client: ApiClient & SessionLogApi & Pick<AccountApi, 'getMe'>;
  readonly config: SessionConfig;
  readonly format: FormatOptions;
  readonly writeOut: (text: string) => void;
  readonly writeErr: (text: string) => void;
  /** Whether stdout is a terminal: the live view needs one (and keys). */
  readonly isTTY: boolean;
  readonly keys: KeyInput | null;
  /** Questions after the session: to stdout, or stderr under --json. */
  readonly conversation: Conversation;
  readonly wallClock?: () => Date;
  readonly newKey?: () => string;
};

/** The exit code of a session stopped with Ctrl-C: 128 + SIGINT, as shells report it. */
export const EXIT_INTERRUPTED = EXIT.interrupted;

/** The session to run: null on a rest day; a usage error for a --session that is not there. */
export function chooseSession(plan: PlanResponse, wanted: number | undefined): PlanSession | null {
  const sessions = plan.today.sessions.filter((s) => s.items.length > 0);
  if (sessions.length === 0) return null;
  const session = sessions[(wanted ?? 1) - 1];
  if (session === undefined) {
    const range =
      sessions.length === 1
        ? 'there is 1 session today'
        : `there are ${sessions.length} sessions today; use --session 1 to ${sessions.length}`;
    throw new CliError({ kind: 'usage', message: `no session ${wanted ?? 1}: ${range}` });
  }
  return session;
}

export function chooseMode(json: boolean, isTTY: boolean, hasKeys: boolean): ViewMode {
  if (json) return 'json';
  return isTTY && hasKeys ? 'live' : 'plain';
}

function chooseVoice(options: SessionOptions, config: SessionConfig): Voice {
  if (!options.voice) return SILENT;
  const espeak = findExecutable('espeak-ng', config.pathDirs);
  return espeak === null ? SILENT : createEspeakVoice(espeak, options.voiceRate);
}

async function sendWaiting(
  deps: SessionDeps,
  accountId: string,
  say: (text: string) => void,
): Promise<void> {
  if (deps.config.configDir === null) return;
  const report = await sendPending(deps.client, deps.config.configDir, accountId);
  const lines = formatPendingReport(report, deps.format);
  if (lines.length > 0) say(joinLines(lines));
}

export async function runSession(options: SessionOptions, deps: SessionDeps): Promise<number> {
  const json = options.json === true;
  const say = deps.conversation.write;
  const wallClock = deps.wallClock ?? (() => new Date());
  // Who is signed in: sessions kept unsent belong to their account (a 401 here says to log in).
  const accountId = (await deps.client.getMe()).data.account.id;
  await sendWaiting(deps, accountId, say);

  const plan = await deps.client.getPlan();
  const planSession = chooseSession(plan.data, options.session);
  if (planSession === null) {
    say(`${plan.data.today.date} is a rest day: there is no session to run.\n`);
    return EXIT.ok;
  }
  const catalogue = await deps.client.listExercises({});
  const steps = buildSteps(planSession, catalogue.data.items);
  const mode = chooseMode(json, deps.isTTY, deps.keys !== null);
  const voice = chooseVoice(options, deps.config);
  const count = plan.data.today.sessions.filter((s) => s.items.length > 0).length;
  const title = `Session ${options.session ?? 1} of ${count} · ${plan.data.today.date}`;
  if (mode !== 'json') {
    const about = `${plural(planSession.items.length, 'exercise')}, about ${Math.max(1, Math.round(planSession.estimatedSeconds / 60))} min`;
    const voiceNote =
      options.voice && voice === SILENT ? ' (espeak-ng is not installed: no voice, bell only)' : '';
    say(joinLines([deps.format.style.heading(`${title}: ${about}.${voiceNote}`)]));
  }

  const run = await runPlayer({
    steps,
    mode,
    title,
    clock: monotonicClock(deps.config.timeScale),
    keys: deps.keys,
    voice,
    format: deps.format,
    write: deps.writeOut,
    wallClock,
  });
  if (run.kind === 'aborted') {
    deps.writeErr(`${formatErrorLine('stopped with Ctrl-C; nothing was saved')}\n`);
    return EXIT_INTERRUPTED;
  }

  const { state } = run;
  const summary = summarizeSession(state, planSession);
  const activeMs = sessionTiming(state, state.finishedAt).activeMs;
  if (json) {
    deps.writeOut(
      `${JSON.stringify({ type: 'finished', outcome: state.outcome, finishedAt: state.finishedAt, activeMs, items: summary })}\n`,
    );
  } else {
    say(joinLines(['', deps.format.style.bold(formatSessionEnd(state, summary, activeMs))]));
  }

  let feedback = NO_FEEDBACK;
  if (options.feedback) {
    const asked = await askSessionFeedback(
      exercisesToRate(planSession, summary),
      deps.conversation,
      deps.format,
    );
    if (asked === null) say('The input ended: the session is saved without feedback.\n');
    feedback = asked ?? NO_FEEDBACK;
  }
  const request = buildSessionLog({
    date: plan.data.today.date,
    planSession,
    state,
    summary,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    feedback,
  });
  const key = (deps.newKey ?? randomUUID)();
  const keptAt = wallClock().toISOString();
  const outcome = await deliverSession(deps.client, deps.config.configDir, {
    key,
    request,
    keptAt,
    accountId,
  });
  if (outcome.kind !== 'saved') {
    deps.writeErr(`${formatErrorLine(keptMessage(outcome))}\n`);
    return outcome.kind === 'kept' ? EXIT.unreachable : EXIT.failure;
  }
  const { saved } = outcome;
  if (json) {
    deps.writeOut(
      `${JSON.stringify({ type: 'saved', replayed: saved.replayed, session: saved.json })}\n`,
    );
  } else {
    say(joinLines(['', ...formatSaved(saved.data, saved.replayed, deps.format)]));
  }
  return EXIT.ok;
}
