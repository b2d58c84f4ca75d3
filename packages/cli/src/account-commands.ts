import { EXPORT_KINDS } from '@psoas/core';
import { Option, type Command } from 'commander';
import type { RawTerminal } from './auth/terminal-line.ts';
import {
  EXPORT_FORMATS,
  parseExportKind,
  runExport,
  runImport,
  type ExportOptions,
} from './commands/export.ts';
import { runLogin, runLogout, runWhoami, type AccountCommandDeps } from './commands/login.ts';
import type { CliConfig } from './config.ts';
import { EXIT } from './errors.ts';
import type { LineInput } from './line-input.ts';
import { argParser, examples } from './program-helpers.ts';
import type { Terminal } from './program.ts';
import { clientWith, signedInClient } from './signed-in-client.ts';

/**
 * The account commands: `login`, `logout`, `whoami`, `export` and `import`. Kept apart from
 * program.ts like the live commands; they are tested against a real server process.
 */

export type AccountCommandContext = {
  readonly config: CliConfig;
  readonly terminal: Terminal;
  readonly input: LineInput;
  /** stdin in raw mode for the password, when it is a terminal; null when answers are piped. */
  readonly tty: RawTerminal | null;
  readonly hostname: string;
  readonly setExitCode: (code: number) => void;
};

function serverOf(command: Command, config: CliConfig): string {
  return command.optsWithGlobals<{ server?: string }>().server ?? config.serverUrl;
}

function depsFor(command: Command, ctx: AccountCommandContext): AccountCommandDeps {
  return {
    config: ctx.config,
    serverUrl: serverOf(command, ctx.config),
    clientFor: clientWith,
    writeOut: ctx.terminal.writeOut,
    writeErr: ctx.terminal.writeErr,
  };
}

export function addAccountCommands(program: Command, ctx: AccountCommandContext): void {
  program
    .command('login')
    .description('sign in: keep a personal access token for this server in your config directory')
    .option('--email <email>', 'your email (asked for when not given)')
    .addHelpText(
      'after',
      `${examples(
        'psoas login',
        'psoas login --email ana@example.com',
        'psoas --server https://coach.example.org login',
        'printf \'%s\\n\' "$PASSWORD" | psoas login --email ana@example.com',
      )}
The password is asked with echo off, or read as one line from stdin when it is piped; it is
never taken from the command line. The token is kept in $XDG_CONFIG_HOME/psoas/token (else
~/.config/psoas/token), readable by you only, and sent only to the server that made it.
PSOAS_TOKEN, when set, is used instead (for scripts and CI).
`,
    )
    .action(async (options: { email?: string }, command: Command) => {
      const code = await runLogin(
        {
          ...depsFor(command, ctx),
          prompt: { input: ctx.input, tty: ctx.tty, write: ctx.terminal.writeErr },
          hostname: ctx.hostname,
        },
        options,
      );
      ctx.setExitCode(code);
    });

  program
    .command('logout')
    .description('sign out: revoke the kept token on its server and delete it here')
    .addHelpText(
      'after',
      `${examples('psoas logout')}
The token file is deleted even when the server cannot be reached (exit ${EXIT.unreachable}); the token then
stays valid until you revoke it in the web app's Settings.
`,
    )
    .action(async (_options: unknown, command: Command) => {
      ctx.setExitCode(await runLogout(depsFor(command, ctx)));
    });

  program
    .command('whoami')
    .description('show who you are signed in as on the server')
    .option('--json', "print the server's JSON instead")
    .addHelpText('after', examples('psoas whoami', 'psoas whoami --json | jq .account.email'))
    .action(async (options: { json?: boolean }, command: Command) => {
      const deps = depsFor(command, ctx);
      const client = signedInClient(ctx.config, deps.serverUrl);
      ctx.setExitCode(await runWhoami({ ...deps, client }, options));
    });

  program
    .command('export')
    .description('download everything the server holds about you, as JSON or one kind as CSV')
    .addOption(
      new Option('--format <format>', 'json (everything, the default) or csv (one kind)').choices(
        EXPORT_FORMATS,
      ),
    )
    .addOption(
      new Option('--kind <kind>', `with --format csv: ${EXPORT_KINDS.join(', ')}`).argParser(
        argParser(parseExportKind),
      ),
    )
    .option('--output <file>', 'write to this file (readable by you only) instead of stdout')
    .addHelpText(
      'after',
      `${examples(
        'psoas export --output psoas-export.json',
        'psoas export --format csv --kind sessionLogs > sessions.csv',
        'psoas export | jq .records.intakes',
      )}
The JSON file can be read back with \`psoas import\`, e.g. into a new account.
`,
    )
    .action(async (options: ExportOptions, command: Command) => {
      const client = signedInClient(ctx.config, serverOf(command, ctx.config));
      const { writeOut, writeErr } = ctx.terminal;
      ctx.setExitCode(await runExport({ client, writeOut, writeErr }, options));
    });

  program
    .command('import')
    .description('read a `psoas export` JSON file back into your account')
    .argument('<file>', 'a file written by `psoas export`')
    .option('--json', "print the server's answer as JSON")
    .addHelpText('after', examples('psoas import psoas-export.json'))
    .action(async (file: string, options: { json?: boolean }, command: Command) => {
      const client = signedInClient(ctx.config, serverOf(command, ctx.config));
      const { writeOut, writeErr } = ctx.terminal;
      ctx.setExitCode(await runImport({ client, writeOut, writeErr }, file, options));
    });
}
