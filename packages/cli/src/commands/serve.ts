import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverEnvironment } from '../config.ts';
import { CliError } from '../errors.ts';

/**
 * `psoas serve`: runs the server's own entry point as a child process. The CLI never imports
 * server code (docs/architecture.md: cli talks to the server over HTTP only), so this starts
 * exactly what the README's `npm start` starts, with the flags passed as its environment.
 */

export type ServeOptions = {
  readonly port?: number | undefined;
  readonly host?: string | undefined;
  readonly dataDir?: string | undefined;
};

export type ServerLaunch = { readonly script: string; readonly nodeArgs: readonly string[] };

/**
 * The built bundle when there is one (what `npm start` runs), else the TypeScript source through
 * tsx, so `psoas serve` also works in a fresh checkout before any build.
 */
export function chooseServerLaunch(
  serverDir: string,
  exists: (path: string) => boolean,
  resolveTsx: () => string | undefined,
): ServerLaunch {
  const built = join(serverDir, 'dist', 'start.js');
  if (exists(built)) return { script: built, nodeArgs: [] };
  const source = join(serverDir, 'src', 'start.ts');
  if (!exists(source)) {
    throw new CliError({ kind: 'server-not-installed', searched: `${built} or ${source}` });
  }
  const tsx = resolveTsx();
  if (tsx === undefined) {
    throw new CliError({
      kind: 'server-start-failed',
      reason: `${built} is missing and tsx is not installed to run the source; run npm run build first`,
    });
  }
  return { script: source, nodeArgs: ['--import', tsx] };
}

/** Resolved from this file, not the working directory, so `psoas serve` works from anywhere. */
function tryResolve(specifier: string): string | undefined {
  try {
    return import.meta.resolve(specifier);
  } catch {
    return undefined;
  }
}

function findServerDir(): string {
  const packageJson = tryResolve('@psoas/server/package.json');
  if (packageJson === undefined) {
    throw new CliError({ kind: 'server-not-installed', searched: 'the @psoas/server package' });
  }
  return dirname(fileURLToPath(packageJson));
}

/** The shell convention for a process killed by a signal: 128 + the signal's number. */
export function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  return signal === null ? 1 : 128 + (constants.signals[signal] ?? 0);
}

/**
 * What we send the server for each signal we receive. The server shuts down gracefully on
 * SIGINT and SIGTERM; a hangup (terminal closed) should do the same rather than kill it outright.
 */
const FORWARD: Readonly<Partial<Record<NodeJS.Signals, NodeJS.Signals>>> = {
  SIGINT: 'SIGINT',
  SIGTERM: 'SIGTERM',
  SIGHUP: 'SIGTERM',
};
const FORWARDED: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Where the installed server is and how to run it. */
export function locateServer(): ServerLaunch {
  return chooseServerLaunch(findServerDir(), existsSync, () => tryResolve('tsx'));
}

/** Starts the server, waits for it to exit, and resolves with the exit code to pass on. */
export function runServe(options: ServeOptions, locate = locateServer): Promise<number> {
  const launch = locate();
  const env = serverEnvironment({
    PORT: options.port === undefined ? undefined : String(options.port),
    HOST: options.host,
    PSOAS_DATA_DIR: options.dataDir,
  });
  const child = spawn(process.execPath, [...launch.nodeArgs, launch.script], {
    stdio: 'inherit',
    env,
    // Its own process group, so Ctrl-C in the terminal reaches only us and we forward it once.
    // Sharing our group, the server would get every Ctrl-C twice, and it treats a second signal
    // as "stop now", skipping the graceful close that flushes the embedded database. (Not on
    // Windows, where detached means a new console window.)
    detached: process.platform !== 'win32',
  });

  const forward = (signal: NodeJS.Signals): void => {
    child.kill(FORWARD[signal] ?? signal);
  };
  // Should we die without waiting (a bug), do not leave a server running with nobody to stop it.
  const stopOrphan = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  for (const signal of FORWARDED) process.on(signal, forward);
  process.on('exit', stopOrphan);
  const detach = (): void => {
    for (const signal of FORWARDED) process.off(signal, forward);
    process.off('exit', stopOrphan);
  };

  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      detach();
      reject(new CliError({ kind: 'server-start-failed', reason: error.message }));
    });
    child.once('exit', (code, signal) => {
      detach();
      resolve(exitCodeOf(code, signal));
    });
  });
}
