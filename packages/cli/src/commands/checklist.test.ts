import { CHECKLISTS_BY_ID } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import { CliError } from '../errors.ts';
import { PLAIN } from '../format/style.ts';
import { scriptedInput } from '../line-input.ts';
import { askChecklist, parseAnswer } from './checklist.ts';

const plain = { style: PLAIN, width: 80 };
const checklist = CHECKLISTS_BY_ID['abdominal-release'];
const count = checklist.questions.length;

function ask(lines: readonly string[], isTTY = false) {
  const output: string[] = [];
  const done = askChecklist(
    checklist,
    { input: scriptedInput(lines, isTTY), write: (text) => output.push(text) },
    plain,
  );
  return { done, output: () => output.join('') };
}

describe('parseAnswer', () => {
  it.each([
    ['y', 'yes'],
    ['YES', 'yes'],
    [' Yes ', 'yes'],
    ['n', 'no'],
    ['No', 'no'],
    ['no\r', 'no'],
  ])('reads %j as %s', (line, expected) => {
    expect(parseAnswer(line)).toBe(expected);
  });

  it.each(['', 'maybe', 'yess', 'nope', 'y n', '1'])('has no answer for %j', (line) => {
    expect(parseAnswer(line)).toBeUndefined();
  });
});

describe('askChecklist', () => {
  it('asks every question in order and returns the answers by question id', async () => {
    const lines = checklist.questions.map((_, index) => (index === 2 ? 'y' : 'n'));
    const { done, output } = ask(lines);
    const answers = await done;
    expect(Object.keys(answers)).toEqual(checklist.questions.map((q) => q.id));
    expect(Object.values(answers).filter((a) => a === 'yes')).toHaveLength(1);
    expect(answers[checklist.questions[2]?.id ?? '']).toBe('yes');
    for (const q of checklist.questions) {
      expect(output().replace(/\s+/g, ' ')).toContain(q.question);
    }
  });

  it('asks again after anything but y/yes/n/no, without counting it', async () => {
    const { done, output } = ask(['maybe', '', ...Array<string>(count).fill('no')]);
    const answers = await done;
    expect(Object.values(answers)).toEqual(Array<string>(count).fill('no'));
    // The first question is shown three times: twice unanswered, once answered.
    expect(output().split(`(1/${count})`)).toHaveLength(4);
  });

  it('fails (exit 1) when the input ends before every question is answered', async () => {
    const { done } = ask(['n', 'n']);
    const error: unknown = await done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect(error instanceof CliError && error.failure).toEqual({
      kind: 'input-ended',
      answered: 2,
      total: count,
    });
  });

  it('echoes piped answers but not typed ones, which the terminal already shows', async () => {
    const piped = ask(Array<string>(count).fill('n'));
    await piped.done;
    expect(piped.output()).toMatch(/\[y\/n\] n\n/);
    const typed = ask(Array<string>(count).fill('n'), true);
    await typed.done;
    expect(typed.output()).not.toMatch(/\[y\/n\] n/);
  });
});
