import { CliError } from '../errors.ts';
import type { FormatOptions } from '../format/style.ts';
import { wrapText } from '../format/text.ts';
import type { Conversation } from './checklist.ts';

/**
 * One question at a time on the terminal, for `assess` and `feedback`: the answers are read as
 * lines, so they can be typed or piped. An empty line takes the default shown in brackets; an
 * answer that does not parse is asked again with a hint; an input that ends early is a failure
 * (nothing is sent).
 */

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly hint: string };

export type Question<T> = {
  readonly text: string;
  /** Shown in brackets; an empty answer takes it. Without one, an answer is required. */
  readonly defaultText?: string | undefined;
  readonly parse: (answer: string) => Parsed<T>;
};

/** Counts questions asked, for the "input ended after n of m" message. */
export type Asker = {
  readonly ask: <T>(question: Question<T>) => Promise<T>;
  readonly say: (text: string) => void;
};

export function createAsker(
  conversation: Conversation,
  options: FormatOptions,
  what: string,
  total: () => number,
): Asker {
  const { input, write } = conversation;
  let answered = 0;
  return {
    say: (text) => write(text),
    ask: async <T>(question: Question<T>): Promise<T> => {
      const suffix = question.defaultText === undefined ? '' : ` [${question.defaultText}]`;
      const prompt = wrapText(`${question.text}${suffix}`, options.width, '  ').join('\n');
      for (;;) {
        write(`${prompt} `);
        const line = await input.readLine();
        if (line === undefined) {
          write('\n');
          throw new CliError({ kind: 'input-ended', answered, total: total(), what });
        }
        const given = line.trim();
        // Typed answers are on the screen already; piped ones are echoed (an empty one as the
        // default it took), so the transcript reads as a conversation.
        if (!input.isTTY) write(`${given === '' ? (question.defaultText ?? '') : line}\n`);
        const parsed = question.parse(
          given === '' && question.defaultText !== undefined ? question.defaultText : given,
        );
        if (parsed.ok) {
          answered += 1;
          return parsed.value;
        }
        write(`${options.style.warn(parsed.hint)}\n`);
      }
    },
  };
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (hint: string): Parsed<never> => ({ ok: false, hint });

/** One of `choices`, by its name or its number in the list (1-based). */
export function choice<T extends string>(choices: readonly T[]) {
  return (answer: string): Parsed<T> => {
    const word = answer.toLowerCase();
    const byNumber = /^\d+$/.test(word) ? choices[Number(word) - 1] : undefined;
    const found = byNumber ?? choices.find((c) => c === word);
    return found === undefined ? fail(`Please answer one of: ${choices.join(', ')}.`) : ok(found);
  };
}

/** Several of `choices`, separated by commas or spaces; "none" (or "-") for none. */
export function choices<T extends string>(all: readonly T[], allowNone = true) {
  return (answer: string): Parsed<T[]> => {
    const words = answer
      .toLowerCase()
      .split(/[\s,]+/)
      .filter((w) => w !== '');
    if (
      allowNone &&
      (words.length === 0 || (words.length === 1 && (words[0] === 'none' || words[0] === '-')))
    ) {
      return ok([]);
    }
    const picked: T[] = [];
    for (const word of words) {
      const found = all.find((c) => c === word);
      if (found === undefined) {
        return fail(`"${word}" is not one of: ${all.join(', ')}${allowNone ? ' (or none)' : ''}.`);
      }
      if (!picked.includes(found)) picked.push(found);
    }
    return picked.length === 0
      ? fail(`Please name at least one of: ${all.join(', ')}.`)
      : ok(picked);
  };
}

/** A number between `min` and `max`; whole numbers only when `integer`. */
export function numberIn(min: number, max: number, integer = false) {
  return (answer: string): Parsed<number> => {
    const value = Number(answer);
    const valid =
      answer !== '' &&
      Number.isFinite(value) &&
      value >= min &&
      value <= max &&
      (!integer || Number.isInteger(value));
    return valid
      ? ok(value)
      : fail(`Please answer a ${integer ? 'whole ' : ''}number from ${min} to ${max}.`);
  };
}

/** A number in range, or nothing (an empty answer) when it is optional. */
export function optionalNumberIn(min: number, max: number, integer = false) {
  const parse = numberIn(min, max, integer);
  return (answer: string): Parsed<number | null> => (answer === '' ? ok(null) : parse(answer));
}

/** y/yes or n/no; nothing else. */
export function yesNo(answer: string): Parsed<boolean> {
  const word = answer.toLowerCase();
  if (word === 'y' || word === 'yes') return ok(true);
  if (word === 'n' || word === 'no') return ok(false);
  return fail('Please answer y or n.');
}

/** Any text the `check` accepts. */
export function text(check: (value: string) => boolean, hint: string) {
  return (answer: string): Parsed<string> => (check(answer) ? ok(answer) : fail(hint));
}
