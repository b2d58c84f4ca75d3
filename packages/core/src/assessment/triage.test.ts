import { describe, expect, it } from 'vitest';
import type { AgeBand } from './intake.schema.ts';
import {
  RED_FLAG_IDS,
  RED_FLAG_QUESTIONS,
  type RedFlagId,
  type ScreeningAnswers,
} from './red-flags.ts';
import { TRIAGE_ADVICE, triageScreening } from './triage.ts';

/** All A-C questions answered "no", then the given ids "yes". */
function answers(yes: readonly RedFlagId[] = [], withD = true): ScreeningAnswers {
  const all: ScreeningAnswers = {};
  for (const q of RED_FLAG_QUESTIONS) {
    if (q.group !== 'D' || withD) all[q.id] = 'no';
  }
  for (const id of yes) all[id] = 'yes';
  return all;
}

function triage(yes: readonly RedFlagId[], ageBand: AgeBand = '35-50') {
  const result = triageScreening(answers(yes), { ageBand });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

const A = RED_FLAG_QUESTIONS.filter((q) => q.group === 'A').map((q) => q.id);
const B = RED_FLAG_QUESTIONS.filter((q) => q.group === 'B').map((q) => q.id);
const C = RED_FLAG_QUESTIONS.filter((q) => q.group === 'C').map((q) => q.id);
const D = RED_FLAG_QUESTIONS.filter((q) => q.group === 'D').map((q) => q.id);

describe('the red-flag questions', () => {
  it('cover evidence.md §5.2: 7 A, 3 B, 8 C and 2 D questions, each id once', () => {
    expect([A.length, B.length, C.length, D.length]).toEqual([7, 3, 8, 2]);
    expect(RED_FLAG_QUESTIONS.map((q) => q.id)).toEqual([...RED_FLAG_IDS]);
  });
});

describe('triageScreening', () => {
  it('clears a screening with no "yes"', () => {
    expect(triage([])).toEqual({
      level: 'clear',
      programme: 'full',
      triggeredBy: [],
      alsoFlagged: [],
      cautions: [],
    });
  });

  it.each(A.filter((id) => id !== 'a-sexual-function'))(
    'stops for an emergency on A answer %s',
    (id) => {
      expect(triage([id])).toMatchObject({
        level: 'emergency',
        programme: 'stopped',
        triggeredBy: [id],
      });
    },
  );

  it.each(B)('stops for a same-day doctor on B answer %s', (id) => {
    expect(triage([id])).toMatchObject({
      level: 'same-day',
      programme: 'stopped',
      triggeredBy: [id],
    });
  });

  it.each(C)('allows only the gentle programme on one C answer %s, age 50 or under', (id) => {
    expect(triage([id])).toMatchObject({ level: 'gentle', programme: 'gentle', triggeredBy: [id] });
  });

  it.each(C)('escalates one C answer %s to urgent above 50', (id) => {
    for (const age of ['51-64', '65-plus'] as const) {
      expect(triage([id], age)).toMatchObject({
        level: 'urgent',
        programme: 'stopped',
        triggeredBy: [id],
      });
    }
  });

  it.each([
    [
      'two C answers',
      ['c-cancer-history', 'c-weight-loss'],
      'urgent',
      ['c-cancer-history', 'c-weight-loss'],
      [],
    ],
    [
      'A beats B and C',
      ['b-injury', 'a-both-legs', 'c-upper-back'],
      'emergency',
      ['a-both-legs'],
      ['b-injury', 'c-upper-back'],
    ],
    [
      'B beats two C',
      ['c-cancer-history', 'c-weight-loss', 'b-fever-or-unwell'],
      'same-day',
      ['b-fever-or-unwell'],
      ['c-cancer-history', 'c-weight-loss'],
    ],
    [
      'sexual function alone is same-day, not emergency (GIRFT note)',
      ['a-sexual-function'],
      'same-day',
      ['a-sexual-function'],
      [],
    ],
    [
      'sexual function with another A is an emergency',
      ['a-sexual-function', 'a-bladder-control'],
      'emergency',
      ['a-bladder-control', 'a-sexual-function'],
      [],
    ],
    [
      'sexual function with B is same-day',
      ['a-sexual-function', 'b-injury'],
      'same-day',
      ['a-sexual-function', 'b-injury'],
      [],
    ],
  ] as const)('%s', (_name, yes, level, triggeredBy, alsoFlagged) => {
    const outcome = triage(yes);
    expect(outcome.level).toBe(level);
    expect([...outcome.triggeredBy].sort()).toEqual([...triggeredBy].sort());
    expect([...outcome.alsoFlagged].sort()).toEqual([...alsoFlagged].sort());
  });

  it('reports D answers as cautions without changing the level', () => {
    expect(triage(['d-pregnancy-age-surgery', 'd-abdominal-vessels'])).toMatchObject({
      level: 'clear',
      programme: 'full',
      cautions: ['d-pregnancy-age-surgery', 'd-abdominal-vessels'],
    });
  });

  it('refuses a screening with an unanswered A, B or C question, listing them', () => {
    const partial = answers();
    delete partial['a-bowel-control'];
    delete partial['c-upper-back'];
    const result = triageScreening(partial, { ageBand: '20-34' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'SCREENING_INCOMPLETE',
        details: { unanswered: ['a-bowel-control', 'c-upper-back'] },
      },
    });
  });

  it('refuses an empty screening rather than clearing it', () => {
    expect(triageScreening({}, { ageBand: '20-34' }).ok).toBe(false);
  });

  it('does not need the D questions, which never change the level', () => {
    expect(triageScreening(answers([], false), { ageBand: '20-34' })).toMatchObject({
      ok: true,
      value: { level: 'clear' },
    });
  });

  it('never names a condition: the outcome has only levels and question ids, the advice no diagnosis', () => {
    expect(Object.keys(triage([...A, ...B, ...C])).sort()).toEqual([
      'alsoFlagged',
      'cautions',
      'level',
      'programme',
      'triggeredBy',
    ]);
    expect(JSON.stringify(TRIAGE_ADVICE)).not.toMatch(
      /cauda|cancer|fracture|infection|tumou?r|diagnos/i,
    );
  });
});
