import { EQUIPMENT, MUSCLES, PHASES, type ExerciseId } from '@psoas/core';
import { Command, CommanderError, Option } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { hostname } from 'node:os';
import { addAccountCommands } from './account-commands.ts';
import type { ApiClient } from './api-client.ts';
import {
  LEVELS,
  parseEquipment,
  parseDate,
  parseExerciseId,
  parseLevel,
  parseMuscle,
  parsePhase,
  parsePort,
  parseSearch,
  parseServerUrl,
} from './args.ts';
import { runAssess, type AssessOptions } from './commands/assess.ts';
import { runExercise, type ExerciseOptions } from './commands/exercise.ts';
import { runFeedback, runUndo, type FeedbackOptions } from './commands/feedback.ts';
import { runSelfTests } from './commands/self-tests.ts';
import { runToday, type TodayOptions } from './commands/today.ts';
import { runExercises, type ExercisesOptions } from './commands/exercises.ts';
import { runServe, type ServeOptions } from './commands/serve.ts';
import type { CliConfig } from './config.ts';
import { EXIT, describeError, formatErrorLine } from './errors.ts';
import { createStyle, type FormatOptions } from './format/style.ts';
import type { LineInput } from './line-input.ts';
import { addBreaksCommand, addSessionCommand, type LiveCommandContext } from './live-commands.ts';
import { argParser, examples } from './program-helpers.ts';
import type { RawTerminal } from './auth/terminal-line.ts';
import { signedInClient } from './signed-in-client.ts';

/**
 * The program's wiring: commands, flags, help, and the single place where any failure becomes
 * one `psoas: ...` line on stderr and an exit code. Everything it touches comes in as `deps`,
 * so the whole program runs in a test without a terminal.
 */

export type Terminal = {
  readonly writeOut: (text: string) => void;
  readonly writeErr: (text: string) => void;
  /** Whether stdout is a terminal (colours) and how wide it is (wrapping). */
  readonly isTTY: boolean;
  readonly columns: number | undefined;
};

export type ProgramDeps = {
  readonly config: CliConfig;
  readonly terminal: Terminal;
  /** Lines from stdin, read by `exercise --checklist`, `assess` and `feedback` for answers. */
  readonly input: LineInput;
  /** The computer's time zone, the first intake's default; Intl's when not given. */
  readonly timeZone?: string;
  /** stdin when it is a terminal, for `psoas login`'s password with echo off; else null. */
  readonly tty?: RawTerminal | null;
  /** Names the token `psoas login` makes; the OS's host name when not given. */
  readonly hostname?: string;
  readonly createClient?: (baseUrl: string) => ApiClient;
  readonly serve?: (options: ServeOptions) => Promise<number>;
};

/** Wider than 100 columns, prose gets hard to read; narrower than 40, wrapping does more harm. */
function formatOptions(config: CliConfig, terminal: Terminal): FormatOptions {
  const width = Math.min(Math.max(terminal.columns ?? 80, 40), 100);
  return { style: createStyle(terminal.isTTY && config.colourAllowed), width };
}

export function createProgram(deps: ProgramDeps, setExitCode: (code: number) => void): Command {
  const { config, terminal } = deps;
  const createClient = deps.createClient ?? ((baseUrl) => signedInClient(config, baseUrl));
  const format = formatOptions(config, terminal);
  const clientFor = (command: Command): ApiClient =>
    createClient(command.optsWithGlobals<{ server?: string }>().server ?? config.serverUrl);

  const program = new Command('psoas')
    .description(
      'Psoas Coach in the terminal: assess, follow your plan, browse the exercises, or run the server.',
    )
    .version(packageJson.version, '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'show help for a command')
    .addOption(
      // The default comes from config.ts, which read PSOAS_URL, so help shows what will be used.
      new Option('--server <url>', 'base URL of the Psoas Coach server (env PSOAS_URL)')
        .argParser(argParser(parseServerUrl))
        .default(config.serverUrl),
    )
    // Errors are printed by run() as one line; commander must neither print nor exit itself.
    .configureOutput({
      writeOut: terminal.writeOut,
      writeErr: terminal.writeErr,
      outputError: () => undefined,
    })
    .exitOverride()
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      examples(
        'psoas login',
        'psoas assess',
        'psoas today',
        'psoas exercises',
        'psoas exercise kneeling-hip-flexor-stretch',
        'psoas --server http://coach.example.org:8080 exercises --json',
        'psoas serve --port 8080',
      ),
    );

  program
    .command('exercises')
    .description('list the exercise catalogue, grouped by phase in the order of the care method')
    .addOption(
      new Option('--phase <phase>', `only this phase: ${PHASES.join(', ')}`).argParser(
        argParser(parsePhase),
      ),
    )
    .addOption(
      new Option(
        '--equipment <equipment>',
        `only exercises using: ${EQUIPMENT.join(', ')}`,
      ).argParser(argParser(parseEquipment)),
    )
    .addOption(
      new Option('--muscle <muscle>', `only exercises targeting: ${MUSCLES.join(', ')}`).argParser(
        argParser(parseMuscle),
      ),
    )
    .addOption(
      new Option(
        '--level <level>',
        `only this level: ${LEVELS.join(', ')} (1 is the easiest)`,
      ).argParser(argParser(parseLevel)),
    )
    .addOption(
      new Option(
        '--search <words>',
        'only exercises whose name, other names or summary contain every word',
      ).argParser(argParser(parseSearch)),
    )
    .option('--json', "print the server's JSON instead of the table")
    .addHelpText(
      'after',
      `${examples(
        'psoas exercises',
        'psoas exercises --phase stretch',
        'psoas exercises --muscle psoas --level 1',
        'psoas exercises --equipment none --phase strengthen',
        'psoas exercises --search navasana',
        'psoas exercises --json | jq .total',
      )}\nFilters combine: an exercise is listed only if it matches all of them.\n`,
    )
    .action(async (options: ExercisesOptions, command: Command) => {
      deps.terminal.writeOut(await runExercises(clientFor(command), options, format));
    });

  program
    .command('exercise')
    .description(
      'show one exercise: when not to do it, dose and why, positions, steps, cues, ladder, references',
    )
    .argument('<id>', 'the exercise id, as `psoas exercises` lists it', argParser(parseExerciseId))
    .addOption(
      new Option(
        '--checklist',
        'for a locked exercise: answer its safety checklist (y/n, typed or piped) to see the steps',
      ).conflicts('json'),
    )
    .option('--json', "print the server's JSON instead of the page (a locked one's too, as is)")
    .addHelpText(
      'after',
      `${examples(
        'psoas exercise glute-bridge',
        'psoas exercise glute-bridge --json | jq .dose',
        'psoas exercise abdominal-psoas-release --checklist',
        'psoas exercise abdominal-psoas-release --checklist < my-answers.txt',
      )}\nA locked exercise stays locked (exit ${EXIT.locked}) if any checklist answer is yes.\n`,
    )
    .action(async (id: ExerciseId, options: ExerciseOptions, command: Command) => {
      const conversation = { input: deps.input, write: terminal.writeOut };
      deps.terminal.writeOut(
        await runExercise(clientFor(command), id, options, format, conversation),
      );
    });

  /** Questions go to stdout, or to stderr under --json so stdout stays parseable. */
  const conversationFor = (json: boolean | undefined) => ({
    input: deps.input,
    write: json === true ? terminal.writeErr : terminal.writeOut,
  });
  const live: LiveCommandContext = {
    config,
    terminal,
    format,
    conversationFor,
    setExitCode,
    timeZone: deps.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  };

  program
    .command('assess')
    .description(
      'answer the intake and the red-flag safety questions (typed or piped), and see the triage',
    )
    .option('--self-tests', 'instead: do the self-tests, one side at a time, and save the results')
    .option('--json', "print the server's answers as JSON (questions then go to stderr)")
    .addHelpText(
      'after',
      `${examples(
        'psoas assess',
        'psoas assess < my-answers.txt',
        'psoas assess --json',
        'psoas assess --self-tests',
      )}
Press Enter to keep the answer in brackets (last time's answer, if any). The safety
questions have no default: answer each y or n. If the screening stops the programme, the
advice is printed and the exit code is ${EXIT.stopped}.
`,
    )
    .action(async (options: AssessOptions, command: Command) => {
      const client = clientFor(command);
      const conversation = conversationFor(options.json);
      const out = options.selfTests
        ? await runSelfTests(client, options, format, conversation)
        : await runAssess(
            client,
            options,
            format,
            conversation,
            deps.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
          );
      terminal.writeOut(out);
    });

  program
    .command('today')
    .description("today's session with the reason for each exercise, the week ahead and habits")
    .addOption(
      new Option('--date <date>', 'plan from this day, YYYY-MM-DD (default today)').argParser(
        argParser(parseDate),
      ),
    )
    .option('--json', "print the server's JSON instead")
    .addHelpText(
      'after',
      `${examples('psoas today', 'psoas today --date 2026-12-01', 'psoas today --json | jq .today')}
Refused with exit ${EXIT.stopped} when the screening stopped the programme, ${EXIT.assessmentMissing} before the first
assessment, ${EXIT.rescreenDue} when the screening is due again; \`psoas assess\` is the next step.
`,
    )
    .action(async (options: TodayOptions, command: Command) => {
      terminal.writeOut(await runToday(clientFor(command), options, format));
    });

  program
    .command('feedback')
    .description("rate each exercise of today's session; the plan progresses from it")
    .addOption(
      new Option('--date <date>', "the session's day, YYYY-MM-DD (default today)").argParser(
        argParser(parseDate),
      ),
    )
    .option('--json', "print the server's answer as JSON (questions then go to stderr)")
    .addHelpText(
      'after',
      examples('psoas feedback', "printf 'easy\n1\n' | psoas feedback", 'psoas undo'),
    )
    .action(async (options: FeedbackOptions, command: Command) => {
      terminal.writeOut(
        await runFeedback(clientFor(command), options, format, conversationFor(options.json)),
      );
    });

  addSessionCommand(program, live);
  addBreaksCommand(program, live);
  addAccountCommands(program, {
    config,
    terminal,
    input: deps.input,
    tty: deps.tty ?? null,
    hostname: deps.hostname ?? hostname(),
    setExitCode,
  });

  program
    .command('undo')
    .description('undo the last change feedback made to your plan')
    .option('--json', "print the server's answer as JSON")
    .action(async (options: { json?: boolean }, command: Command) => {
      terminal.writeOut(await runUndo(clientFor(command), options, format));
    });

  program
    .command('serve')
    .description('start the Psoas Coach server here (the same server as `npm start`)')
    .addOption(
      new Option('--port <port>', 'port to listen on (server default 8080)').argParser(
        argParser(parsePort),
      ),
    )
    .option('--host <host>', 'interface to listen on (server default localhost; 0.0.0.0 for all)')
    .option('--data-dir <dir>', 'where the embedded database lives (server default ./data)')
    .addHelpText(
      'after',
      examples(
        'psoas serve',
        'psoas serve --port 3000 --data-dir ~/.psoas',
        'psoas serve --host 0.0.0.0',
      ),
    )
    .action(async (options: ServeOptions) => {
      setExitCode(await (deps.serve ?? runServe)(options));
    });

  return program;
}

/** Commander's own exits: help and version are successes; everything else is a usage error. */
function commanderExit(error: CommanderError, terminal: Terminal): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version')
    return EXIT.ok;
  const message = error.message.replace(/^error:\s*/, '');
  terminal.writeErr(`${formatErrorLine(`${message} (see psoas --help)`)}\n`);
  return EXIT.usage;
}

/** Runs the CLI for `argv` (as process.argv: node, script, ...args) and returns the exit code. */
export async function run(argv: readonly string[], deps: ProgramDeps): Promise<number> {
  let exitCode: number = EXIT.ok;
  try {
    const program = createProgram(deps, (code) => {
      exitCode = code;
    });
    // Bare `psoas` asks what it can do: answer with help on stdout, not an error.
    if (argv.length <= 2) {
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return commanderExit(error, deps.terminal);
    const report = describeError(error);
    deps.terminal.writeErr(`${formatErrorLine(report.message)}\n`);
    return report.exitCode;
  }
}
