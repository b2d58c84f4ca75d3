import { InvalidArgumentError } from 'commander';
import type { InvalidArgument } from './args.ts';

/** Small pieces every command's wiring uses (program.ts, live-commands.ts). */

/** Adapts a pure parser to commander, which reports a thrown InvalidArgumentError as usage. */
export function argParser<T>(
  parse: (value: string) => { ok: true; value: T } | { ok: false; error: InvalidArgument },
) {
  return (value: string): T => {
    const parsed = parse(value);
    if (!parsed.ok) throw new InvalidArgumentError(parsed.error.message);
    return parsed.value;
  };
}

export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}
