import { CliError } from '../errors.ts';
import type { LineInput } from '../line-input.ts';
import { readTerminalLine, type RawTerminal } from './terminal-line.ts';

/**
 * Asking for the email and the password of `psoas login`. In a terminal the password is typed
 * with echo off; without one (a script piping `printf 'secret\n' | psoas login --email ...`)
 * each answer is a line of stdin. The password never comes from the command line, where `ps`
 * and the shell history would show it to others.
 */

export type LoginPromptDeps = {
  /** Lines of stdin, used when stdin is not a terminal. */
  readonly input: LineInput;
  /** The terminal in raw mode, when stdin is one. */
  readonly tty: RawTerminal | null;
  /** Where the questions go (stderr, so stdout carries only the result). */
  readonly write: (text: string) => void;
};

export type LoginAnswers = { readonly email: string; readonly password: string };

async function ask(
  deps: LoginPromptDeps,
  question: string,
  secret: boolean,
): Promise<string | undefined> {
  if (deps.tty !== null) {
    deps.write(question);
    return readTerminalLine(deps.tty, deps.write, { echo: !secret });
  }
  // Piped: nobody sees the question, and the password is not written back.
  return deps.input.readLine();
}

export async function askLogin(
  deps: LoginPromptDeps,
  givenEmail: string | undefined,
): Promise<LoginAnswers> {
  const total = givenEmail === undefined ? 2 : 1;
  const ended = (answered: number) =>
    new CliError({ kind: 'input-ended', answered, total, what: 'sign-in' });

  let email = givenEmail;
  // An empty answer is asked again in a terminal; piped, it would only loop on the same input.
  while (email === undefined || email.trim() === '') {
    email = await ask(deps, 'Email: ', false);
    if (email === undefined) throw ended(0);
    if (deps.tty === null) break;
  }
  let password: string | undefined;
  while (password === undefined || password === '') {
    password = await ask(deps, 'Password (not shown): ', true);
    if (password === undefined) throw ended(total - 1);
    if (deps.tty === null) break;
  }
  return { email: email.trim(), password };
}
