import { Option, type Command } from 'commander';
import { parseSittingMinutes } from './breaks/breaks-args.ts';
import { readBreaksConfig } from './breaks/config.ts';
import { runBreaksCommand, type BreaksOptions } from './commands/breaks.ts';
import { EXIT_INTERRUPTED, runSession, type SessionOptions } from './commands/session.ts';
import type { CliConfig } from './config.ts';
import { EXIT } from './errors.ts';
import type { FormatOptions } from './format/style.ts';
import type { LineInput } from './line-input.ts';
import { argParser, examples } from './program-helpers.ts';
import type { Terminal } from './program.ts';
import { readSessionConfig } from './session/config.ts';
import { signedInClient } from './signed-in-client.ts';
import { rawKeyInput } from './session/key-input.ts';
import { parseSessionNumber, parseVoiceRate } from './session/session-args.ts';
import { DEFAULT_VOICE_RATE } from './session/voice.ts';

/**
 * The two long-running commands, `psoas session` and `psoas breaks`: they own the terminal
 * (raw keys, a live view, signals) for minutes at a time, unlike the request-and-print commands
 * in program.ts, and they are tested against a real server process in a real terminal.
 */

export type LiveCommandContext = {
  readonly config: CliConfig;
  readonly terminal: Terminal;
  readonly format: FormatOptions;
  readonly conversationFor: (json: boolean | undefined) => {
    readonly input: LineInput;
    readonly write: (text: string) => void;
  };
  readonly setExitCode: (code: number) => void;
  readonly timeZone: string;
};

export function addSessionCommand(program: Command, ctx: LiveCommandContext): void {
  const { config, terminal, format, conversationFor, setExitCode } = ctx;
  program
    .command('session')
    .description(
      "run today's session hands-free: live countdown, spoken and bell cues, then your feedback",
    )
    .addOption(
      new Option(
        '--session <n>',
        "which of today's sessions: 1, the main one (default), 2...",
      ).argParser(argParser(parseSessionNumber)),
    )
    .option('--json', "print the player's steps and cues as JSON lines (questions go to stderr)")
    .option('--no-voice', 'no spoken cues, only the bell and the text')
    .addOption(
      new Option('--voice-rate <wpm>', 'speaking rate in words per minute, 80-450')
        .argParser(argParser(parseVoiceRate))
        .default(DEFAULT_VOICE_RATE),
    )
    .option('--no-feedback', 'skip the questions at the end (the session is still saved)')
    .addHelpText(
      'after',
      `${examples(
        'psoas session',
        'psoas session --no-voice --voice-rate 140',
        'psoas session --session 2',
        'psoas session --json --no-feedback | jq -c \'select(.type == "cue")\'',
      )}
Keys: space pause/resume, s or → skip, b or ← back, Enter rep done, q end early, Ctrl-C stop
without saving (exit ${EXIT_INTERRUPTED}). Cues ring the terminal bell and are spoken by espeak-ng when it is
installed. Refused like \`psoas today\` (exit ${EXIT.stopped}, ${EXIT.assessmentMissing}, ${EXIT.rescreenDue}). When the server cannot be
reached at the end, the session is kept (exit ${EXIT.unreachable}) and sent the next time.
`,
    )
    .action(async (options: SessionOptions, command: Command) => {
      // The session log's methods are not in ApiClient (so test fakes of other commands need
      // not grow); this command is tested against a real server process instead.
      const baseUrl = command.optsWithGlobals<{ server?: string }>().server ?? config.serverUrl;
      const code = await runSession(options, {
        client: signedInClient(config, baseUrl),
        config: readSessionConfig(),
        format,
        writeOut: terminal.writeOut,
        writeErr: terminal.writeErr,
        isTTY: terminal.isTTY,
        keys: rawKeyInput(process.stdin),
        conversation: conversationFor(options.json),
      });
      setExitCode(code);
    });
}

export function addBreaksCommand(program: Command, ctx: LiveCommandContext): void {
  const { config, terminal, format, setExitCode } = ctx;
  program
    .command('breaks')
    .description(
      'sitting-break reminders in the terminal: notifications, idle-aware, meeting mode, stats',
    )
    .option('--status', "print today's break statistics and exit")
    .addOption(
      new Option('--sitting <minutes>', 'minutes you have already been sitting (default 0)')
        .argParser(argParser(parseSittingMinutes))
        .conflicts('status'),
    )
    .option('--json', 'print NDJSON events (with --status: the day as JSON)')
    .addHelpText(
      'after',
      `${examples('psoas breaks', 'psoas breaks --sitting 20', 'psoas breaks --status', 'psoas breaks --json')}
Keys: t take a break (then w walk, s stand, r stretch; Enter walks), z snooze, k skip,
m meeting on/off, q quit. Reminders use notify-send when it is installed, the terminal bell
otherwise; time away comes from xprintidle or logind when they can see your desktop session.
Events are sent to the server, and kept while it cannot be reached (exit ${EXIT.unreachable} if some
were still unsent at the end).
`,
    )
    .action(async (options: BreaksOptions, command: Command) => {
      // Like the session log, the break API is not in ApiClient; a real server tests it.
      const baseUrl = command.optsWithGlobals<{ server?: string }>().server ?? config.serverUrl;
      const stopSignal = new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      const code = await runBreaksCommand(options, {
        client: signedInClient(config, baseUrl),
        config: readBreaksConfig(),
        format,
        writeOut: terminal.writeOut,
        writeErr: terminal.writeErr,
        isTTY: terminal.isTTY,
        keys: options.status === true ? null : rawKeyInput(process.stdin),
        timeZone: ctx.timeZone,
        stopSignal,
      });
      setExitCode(code);
    });
}
