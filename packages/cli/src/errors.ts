import { TRIAGE_ADVICE, assertNever, type DetailedProblem, type TriageLevel } from '@psoas/core';
import { plural } from './format/text.ts';

/**
 * The one place where the CLI's failures become human text and exit codes. Commands throw a
 * CliError carrying a typed failure; main prints `psoas: <one line>` and exits with the code.
 * Tests assert on `kind` and exit codes, never on the wording here.
 */

/** Exit codes, documented in README.md. Scripts branch on these, so they are a contract. */
export const EXIT = {
  ok: 0,
  /** Anything unexpected: a 5xx, an answer that does not match the schema, a bug. */
  failure: 1,
  /** Bad command line or environment: unknown flag, bad --phase, bad --server URL. */
  usage: 2,
  /** The server could not be reached, or did not answer in time. */
  unreachable: 3,
  /** The thing asked for does not exist (e.g. an unknown exercise id). */
  notFound: 4,
  /** A locked exercise stays locked: a checklist answer was "yes" (`exercise --checklist`). */
  locked: 5,
  /** The red-flag screening stopped the programme (`assess`, `today`, `feedback`). */
  stopped: 6,
  /** No assessment yet: no intake or no screening (`today`, `feedback`). */
  assessmentMissing: 7,
  /** The screening is due again: 4 weeks old, or pain rose by 2 or more (`today`). */
  rescreenDue: 8,
  /**
   * Not signed in, or the sign-in failed: no token for this server, a token the server no longer
   * accepts, a wrong email or password, too many attempts, or a token file that is not safe.
   */
  auth: 9,
  /** Stopped with Ctrl-C (128 + SIGINT, as shells report it). */
  interrupted: 130,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export type CliFailure =
  | { readonly kind: 'usage'; readonly message: string }
  | { readonly kind: 'server-unreachable'; readonly url: string; readonly reason: string }
  | { readonly kind: 'server-timeout'; readonly url: string; readonly seconds: number }
  | { readonly kind: 'problem'; readonly problem: DetailedProblem }
  | {
      readonly kind: 'programme-stopped';
      readonly level: TriageLevel;
    }
  | {
      readonly kind: 'unexpected-response';
      readonly url: string;
      readonly status: number;
      readonly reason: string;
    }
  | {
      readonly kind: 'checklist-not-cleared';
      readonly exerciseName: string;
      /** How many questions were answered "yes", and how many the server saw no answer to. */
      readonly yes: number;
      readonly unanswered: number;
      /** The checklist's own advice for a "yes" (`ifAnyYes`). */
      readonly advice: string;
    }
  | {
      readonly kind: 'input-ended';
      readonly answered: number;
      readonly total: number;
      /** What was being answered; a checklist unless said otherwise. */
      readonly what?: string;
    }
  | {
      readonly kind: 'sign-in-required';
      readonly server: string;
      /**
       * Why: no token at all; one stored for another server (`signedInTo`); a stored token or
       * PSOAS_TOKEN that the server refused (revoked, expired, or from another install).
       */
      readonly reason: 'not-signed-in' | 'other-server' | 'token-rejected' | 'env-token-rejected';
      readonly signedInTo?: string;
    }
  | { readonly kind: 'too-many-attempts'; readonly retryAfterSeconds: number | null }
  | {
      readonly kind: 'token-file';
      readonly path: string;
      /** `insecure`: other users may read or write it (mode in `detail`); `unreadable`: bad. */
      readonly problem: 'insecure' | 'unreadable';
      readonly detail: string;
    }
  | { readonly kind: 'interrupted' }
  | { readonly kind: 'server-not-installed'; readonly searched: string }
  | { readonly kind: 'server-start-failed'; readonly reason: string };

export class CliError extends Error {
  readonly failure: CliFailure;

  constructor(failure: CliFailure) {
    super(failure.kind);
    this.name = 'CliError';
    this.failure = failure;
  }
}

export type ErrorReport = { readonly message: string; readonly exitCode: ExitCode };

const TRIAGE_LEVELS_KNOWN: readonly string[] = Object.keys(TRIAGE_ADVICE);

/** The plan's refusals: one line saying why, and the next step to take. */
function describeRefusal(problem: DetailedProblem): ErrorReport | undefined {
  switch (problem.code) {
    case 'PLAN_STOPPED_BY_TRIAGE': {
      const level = problem.details?.level;
      const headline =
        typeof level === 'string' && TRIAGE_LEVELS_KNOWN.includes(level)
          ? TRIAGE_ADVICE[level as TriageLevel].headline
          : problem.detail;
      return {
        message: `your programme is stopped by your last screening. ${headline} When a doctor has seen you, answer the screening again with \`psoas assess\`.`,
        exitCode: EXIT.stopped,
      };
    }
    case 'INTAKE_MISSING':
    case 'SCREENING_MISSING':
      return {
        message:
          'there is no plan yet: answer the intake and screening questions first with `psoas assess`.',
        exitCode: EXIT.assessmentMissing,
      };
    case 'RESCREEN_DUE':
      return {
        message: `${problem.detail.replace(/\.$/, '')}, with \`psoas assess\`.`,
        exitCode: EXIT.rescreenDue,
      };
    case 'INVALID_CREDENTIALS':
      // The server says the same for an unknown email, on purpose; so do we.
      return { message: 'wrong email or password.', exitCode: EXIT.auth };
    case 'NOTHING_TO_UNDO':
      return { message: 'there is no progression change to undo.', exitCode: EXIT.failure };
    default:
      return undefined;
  }
}

function describeProblem(problem: DetailedProblem): ErrorReport {
  const refusal = describeRefusal(problem);
  if (refusal) return refusal;
  const fieldErrors = (problem.errors ?? []).map((e) => `${e.path}: ${e.message}`).join('; ');
  const detail = fieldErrors === '' ? problem.detail : `${problem.detail} (${fieldErrors})`;
  if (problem.code === 'EXERCISE_NOT_FOUND' || problem.status === 404) {
    return { message: detail, exitCode: EXIT.notFound };
  }
  // A 400 means the server refused our input. We validate locally first, so this points at a
  // CLI and server of different versions; it is still the user's request that was refused.
  if (problem.status === 400 || problem.status === 422) {
    return { message: detail, exitCode: EXIT.usage };
  }
  return {
    message: `the server answered ${problem.status} ${problem.title}: ${detail}`,
    exitCode: EXIT.failure,
  };
}

export function describeFailure(failure: CliFailure): ErrorReport {
  switch (failure.kind) {
    case 'usage':
      return { message: failure.message, exitCode: EXIT.usage };
    case 'server-unreachable':
      return {
        message: `cannot reach the Psoas Coach server at ${failure.url} (${failure.reason}); is it running? Start it with \`psoas serve\`, or point to it with --server or PSOAS_URL`,
        exitCode: EXIT.unreachable,
      };
    case 'server-timeout':
      return {
        message: `the Psoas Coach server at ${failure.url} did not answer within ${failure.seconds} s; is it overloaded or stuck?`,
        exitCode: EXIT.unreachable,
      };
    case 'problem':
      return describeProblem(failure.problem);
    case 'unexpected-response':
      return {
        message: `unexpected answer from ${failure.url} (HTTP ${failure.status}): ${failure.reason}; are the CLI and the server the same version?`,
        exitCode: EXIT.failure,
      };
    case 'checklist-not-cleared': {
      const reasons = [
        failure.yes > 0 ? `you answered yes to ${plural(failure.yes, 'question')}` : '',
        failure.unanswered > 0 ? `${plural(failure.unanswered, 'question')} went unanswered` : '',
      ].filter((reason) => reason !== '');
      return {
        message: `${failure.exerciseName} stays locked because ${reasons.length === 0 ? 'the server did not clear the answers' : reasons.join(' and ')}. ${failure.advice}`,
        exitCode: EXIT.locked,
      };
    }
    case 'input-ended':
      return {
        message: `the input ended after ${failure.answered} of ${failure.total} ${failure.what ?? 'checklist'} answers; nothing is ${failure.what === undefined ? 'shown' : 'sent'} until every question is answered`,
        exitCode: EXIT.failure,
      };
    case 'programme-stopped':
      return {
        message: `your programme is stopped. ${TRIAGE_ADVICE[failure.level].headline} Answer the screening again with \`psoas assess\` once a doctor has seen you.`,
        exitCode: EXIT.stopped,
      };
    case 'sign-in-required':
      return { message: describeSignInRequired(failure), exitCode: EXIT.auth };
    case 'too-many-attempts': {
      const wait = failure.retryAfterSeconds;
      const when =
        wait === null
          ? 'later'
          : wait < 90
            ? `in ${plural(wait, 'second')}`
            : `in ${plural(Math.ceil(wait / 60), 'minute')}`;
      return {
        message: `too many failed sign-ins: the server refuses more for now. Try again ${when}.`,
        exitCode: EXIT.auth,
      };
    }
    case 'token-file':
      return {
        message:
          failure.problem === 'insecure'
            ? `${failure.path} holds your sign-in token but other users may read or change it (${failure.detail}); run \`psoas logout\` and \`psoas login\` to replace it (the new file is private), or \`chmod 600 ${failure.path}\` if nobody else uses this computer`
            : `${failure.path} is not a token file psoas can use (${failure.detail}); run \`psoas login\` to replace it`,
        exitCode: EXIT.auth,
      };
    case 'interrupted':
      return { message: 'stopped with Ctrl-C.', exitCode: EXIT.interrupted };
    case 'server-not-installed':
      return {
        message: `cannot find the Psoas Coach server (looked for ${failure.searched}); run psoas serve from a checkout of the project`,
        exitCode: EXIT.failure,
      };
    case 'server-start-failed':
      return {
        message: `could not start the Psoas Coach server: ${failure.reason}`,
        exitCode: EXIT.failure,
      };
    default:
      return assertNever(failure);
  }
}

function describeSignInRequired(
  failure: Extract<CliFailure, { kind: 'sign-in-required' }>,
): string {
  const login =
    failure.server === failure.signedInTo || failure.reason !== 'other-server'
      ? '`psoas login`'
      : `\`psoas --server ${failure.server} login\``;
  switch (failure.reason) {
    case 'not-signed-in':
      return `this needs you signed in to ${failure.server}: run ${login} (scripts can set PSOAS_TOKEN).`;
    case 'other-server':
      return `you are signed in to ${failure.signedInTo ?? 'another server'}, not to ${failure.server}: run ${login} to sign in there.`;
    case 'token-rejected':
      return `${failure.server} no longer accepts your sign-in (the token was revoked or has expired): run ${login} again.`;
    case 'env-token-rejected':
      return `${failure.server} does not accept the token in PSOAS_TOKEN (revoked, expired, or made for another server): make a new one with ${login}.`;
    default:
      return assertNever(failure.reason);
  }
}

/** Any thrown value to one report. Unknown errors are bugs: say so briefly, no stack trace. */
export function describeError(error: unknown): ErrorReport {
  if (error instanceof CliError) return describeFailure(error.failure);
  const text = error instanceof Error ? error.message : String(error);
  return { message: `internal error: ${text}`, exitCode: EXIT.failure };
}

/** The single stderr line: prefixed, and with any line breaks from server text folded away. */
export function formatErrorLine(message: string): string {
  return `psoas: ${message.replace(/\s+/g, ' ').trim()}`;
}
