import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

/**
 * A bare Chrome DevTools Protocol connection to Debian's Chromium over its debugging pipe.
 *
 * Why not Playwright here: Playwright keeps every page it drives "visible and focused" (it
 * emulates focus so tests behave alike), so a tab can never go to the background and Chromium
 * never throttles its timers. The session benchmark has to measure exactly that throttling, so
 * it talks to the browser directly: a tab covered by another tab reports `visibilityState`
 * "hidden" and gets background timer throttling, in headless mode too.
 */

type Message = {
  id?: number;
  method?: string;
  sessionId?: string;
  result?: unknown;
  error?: { message: string };
};

export type Cdp = {
  /** Sends a command, to the browser or (with `sessionId`) to an attached page. */
  send<T = unknown>(method: string, params?: object, sessionId?: string): Promise<T>;
  /** Opens a tab on `url` in a fresh browser context and attaches to it. */
  openTab(url: string, options?: TabOptions): Promise<Tab>;
  close(): Promise<void>;
};

export type TabOptions = {
  /** A script run in the page before its own scripts. */
  readonly beforeLoad?: string;
  /** Cookies for the tab's fresh context, e.g. a signed-in session. */
  readonly cookies?: readonly {
    readonly name: string;
    readonly value: string;
    readonly url: string;
  }[];
};

export type Tab = {
  readonly targetId: string;
  readonly sessionId: string;
  readonly browserContextId: string;
  /** Evaluates an expression in the page (with a user gesture, so speech and audio may start). */
  evaluate<T>(expression: string): Promise<T>;
};

export async function launchCdp(): Promise<Cdp> {
  const profile = await mkdtemp(join(tmpdir(), 'psoas-bench-chromium-'));
  const child: ChildProcess = spawn(
    '/usr/bin/chromium',
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    // Chromium reads commands on fd 3 and writes answers on fd 4.
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const input = child.stdio[3] as Writable;
  const output = child.stdio[4] as Readable;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let buffer = '';
  output.setEncoding('utf8');
  output.on('data', (chunk: string) => {
    buffer += chunk;
    for (let end = buffer.indexOf('\0'); end !== -1; end = buffer.indexOf('\0')) {
      const message = JSON.parse(buffer.slice(0, end)) as Message;
      buffer = buffer.slice(end + 1);
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiting || message.id === undefined) continue;
      pending.delete(message.id);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result);
    }
  });

  const send = <T>(method: string, params: object = {}, sessionId?: string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      input.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });

  const openTab = async (url: string, options: TabOptions = {}): Promise<Tab> => {
    const { browserContextId } = await send<{ browserContextId: string }>(
      'Target.createBrowserContext',
    );
    if (options.cookies) {
      await send('Storage.setCookies', { cookies: options.cookies, browserContextId });
    }
    const { targetId } = await send<{ targetId: string }>('Target.createTarget', {
      url: 'about:blank',
      browserContextId,
    });
    const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', {
      targetId,
      flatten: true,
    });
    await send('Page.enable', {}, sessionId);
    if (options.beforeLoad) {
      await send(
        'Page.addScriptToEvaluateOnNewDocument',
        { source: options.beforeLoad },
        sessionId,
      );
    }
    await send('Page.navigate', { url }, sessionId);
    const evaluate = async <T>(expression: string): Promise<T> => {
      const answer = await send<{
        result: { value?: unknown };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      }>(
        'Runtime.evaluate',
        { expression, returnByValue: true, awaitPromise: true, userGesture: true },
        sessionId,
      );
      if (answer.exceptionDetails) {
        const { text, exception } = answer.exceptionDetails;
        throw new Error(exception?.description ?? text);
      }
      return answer.result.value as T;
    };
    return { targetId, sessionId, browserContextId, evaluate };
  };

  const close = async (): Promise<void> => {
    await send('Browser.close').catch(() => undefined);
    if (child.exitCode === null) child.kill('SIGKILL');
    await rm(profile, { recursive: true, force: true });
  };

  return { send, openTab, close };
}
