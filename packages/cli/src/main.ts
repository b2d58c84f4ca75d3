import { readConfig } from './config.ts';
import { EXIT, describeError, formatErrorLine } from './errors.ts';
import { streamInput } from './line-input.ts';
import { run } from './program.ts';

/**
 * The process entry point of `psoas` (bin/psoas.js imports it, built or from source). It binds
 * the program to the real terminal and sets the exit code; the program itself is in program.ts.
 */

// `psoas exercises | head` closes the pipe early: that is the reader's choice, not our failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  throw error;
});

async function main(): Promise<number> {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    const report = describeError(error);
    process.stderr.write(`${formatErrorLine(report.message)}\n`);
    return report.exitCode;
  }
  const input = streamInput(process.stdin, process.stdin.isTTY === true);
  try {
    return await run(process.argv, {
      config,
      terminal: {
        writeOut: (text) => process.stdout.write(text),
        writeErr: (text) => process.stderr.write(text),
        isTTY: process.stdout.isTTY === true,
        columns: process.stdout.columns,
      },
      input,
      tty: process.stdin.isTTY ? process.stdin : null,
    });
  } finally {
    // Stop reading stdin (if a checklist read it), so nothing keeps the process alive.
    input.close();
  }
}

// Set the code rather than calling process.exit(), so piped output is flushed before we leave.
process.exitCode = await main();
