import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/** Helpers for the integration tests: real processes, real ports, bounded waits. */

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const CLI_MAIN = 'packages/cli/src/main.ts';
export const SERVER_START = 'packages/server/src/start.ts';

/** A port that was free a moment ago (the OS picked it); also serves as a closed port. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * What a child must not inherit: what would point it at another database or server, and the
 * developer's own sign-in (PSOAS_TOKEN, and the config directory holding their token file).
 */
const INHERITED_NOT = [
  'DATABASE_URL',
  'PSOAS_URL',
  'PORT',
  'HOST',
  'PSOAS_TOKEN',
  'XDG_CONFIG_HOME',
];

/** The given environment without what would point a child at another database or server. */
export function cleanEnv(
  base: Readonly<Record<string, string | undefined>>,
  extra: Record<string, string>,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) {
    if (value !== undefined && !INHERITED_NOT.includes(key)) {
      env[key] = value;
    }
  }
  return { ...env, NO_COLOR: '1', LOG_LEVEL: 'warn', ...extra };
}

/** With `stdin`, the child reads that text and then the end of input; else stdin is closed. */
export function startNode(
  args: readonly string[],
  env: Record<string, string>,
  stdin?: string,
): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: REPO_ROOT,
    env,
    stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  // A child that exits before reading everything closes the pipe; that is its business.
  child.stdin?.on('error', () => undefined);
  child.stdin?.end(stdin);
  return child;
}

export type Finished = {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
};

export function finished(child: ChildProcess): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function runCli(
  args: readonly string[],
  env: Record<string, string>,
  stdin?: string,
): Promise<Finished> {
  return finished(startNode([CLI_MAIN, ...args], env, stdin));
}

/** Polls /healthz until it answers 200, the process dies, or the deadline passes. */
export async function waitForHealth(baseUrl: string, child: ChildProcess, deadlineMs = 45_000) {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `the server exited (${child.exitCode ?? child.signalCode}) before it was healthy`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet: poll again shortly.
    }
    await delay(100);
  }
  throw new Error(`${baseUrl}/healthz did not answer within ${deadlineMs} ms`);
}

export async function isListening(baseUrl: string): Promise<boolean> {
  try {
    await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(1_000) });
    return true;
  } catch {
    return false;
  }
}
