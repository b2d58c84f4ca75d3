/**
 * Keys from the terminal in raw mode, for the player. Raw mode must never outlive the player:
 * a shell left in raw mode echoes nothing and ignores Enter. So `stop` restores it and is safe
 * to call any number of times, and until it is called it also runs on process exit and on
 * SIGTERM and SIGHUP (after which the signal is raised again, so the process still ends as the
 * signal says). Ctrl-C arrives as a key in raw mode; the player decides what it means.
 */

export type KeyInput = {
  /** `onStop` runs when raw mode is restored, however that happens (to show the cursor). */
  readonly start: (onKeys: (data: string) => void, onStop?: () => void) => void;
  readonly stop: () => void;
};

type RawStream = Pick<
  NodeJS.ReadStream,
  'isTTY' | 'setRawMode' | 'setEncoding' | 'on' | 'off' | 'resume' | 'pause'
>;

const SIGNALS = ['SIGTERM', 'SIGHUP'] as const;

/** Null when `stdin` is not a terminal: then there are no keys, only lines (or nothing). */
export function rawKeyInput(stdin: RawStream): KeyInput | null {
  if (stdin.isTTY !== true) return null;
  let listener: ((data: string) => void) | null = null;
  let onRestore: () => void = () => undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    stop();
    process.kill(process.pid, signal);
  };
  function stop(): void {
    if (listener === null) return;
    stdin.off('data', listener);
    listener = null;
    stdin.setRawMode(false);
    stdin.pause();
    process.off('exit', stop);
    for (const signal of SIGNALS) process.off(signal, onSignal);
    onRestore();
  }
  return {
    start(onKeys, onStop = () => undefined) {
      if (listener !== null) return;
      listener = onKeys;
      onRestore = onStop;
      stdin.setRawMode(true);
      stdin.setEncoding('utf8');
      stdin.on('data', listener);
      stdin.resume();
      process.once('exit', stop);
      for (const signal of SIGNALS) process.once(signal, onSignal);
    },
    stop,
  };
}
