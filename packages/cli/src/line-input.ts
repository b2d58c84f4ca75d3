import { createInterface, type Interface } from 'node:readline';

/**
 * Lines typed (or piped) on stdin, one at a time, for the questions `--checklist` asks. The
 * program gets this through its deps, so tests script the answers without a process.
 */
export type LineInput = {
  /** The next line without its line break, or undefined once the input has ended. */
  readonly readLine: () => Promise<string | undefined>;
  /** Whether a person types the answers (they see them); piped answers are echoed instead. */
  readonly isTTY: boolean;
};

/** Answers from a list, for tests: each readLine takes the next, then the input has ended. */
export function scriptedInput(lines: readonly string[], isTTY = false): LineInput {
  const remaining = [...lines];
  return { readLine: () => Promise.resolve(remaining.shift()), isTTY };
}

/**
 * Reads lines from a stream, opening it only on the first read: a command that asks nothing
 * never touches stdin, so it neither waits on it nor keeps the process alive. `close` lets the
 * process exit after a run that asked questions and stopped before the input ended.
 */
export function streamInput(
  stream: NodeJS.ReadableStream,
  isTTY: boolean,
): LineInput & { readonly close: () => void } {
  let lines: { readonly reader: Interface; readonly next: AsyncIterator<string> } | undefined;
  return {
    isTTY,
    readLine: async () => {
      if (lines === undefined) {
        const reader = createInterface({ input: stream, terminal: false, crlfDelay: Infinity });
        lines = { reader, next: reader[Symbol.asyncIterator]() };
      }
      const result = await lines.next.next();
      return result.done === true ? undefined : result.value;
    },
    close: () => lines?.reader.close(),
  };
}
