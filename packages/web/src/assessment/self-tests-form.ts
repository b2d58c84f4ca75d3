import {
  bridgeHoldSideSchema,
  kneeBandFromAngle,
  kneeToChestSideSchema,
  pelvicTiltSideSchema,
  selfTestResultsSchema,
  thighPositionFromAngle,
  thomasSideSchema,
  type KneeBand,
  type PelvicTiltSide,
  type SelfTestResults,
  type Side,
  type ThighPosition,
} from '@psoas/core';
import { parseNumber } from './intake-form.ts';

/**
 * The self-tests' form state and its mapping to core's results. Each test can be skipped; a
 * test that is done needs both sides. Core's schemas decide validity (including that an
 * entered angle matches the chosen category).
 */

export const SELF_TESTS = ['thomas', 'kneeToChest', 'pelvicTilt', 'bridgeHold'] as const;
export type SelfTest = (typeof SELF_TESTS)[number];
export const SIDES: readonly Side[] = ['left', 'right'];

type YesNo = 'yes' | 'no' | '';

export type ThomasSideForm = {
  readonly thigh: ThighPosition | '';
  readonly knee: KneeBand | '';
  readonly driftsOut: YesNo;
  readonly hipAngle: string;
  readonly kneeAngle: string;
};
export type KneeToChestSideForm = { readonly lifts: YesNo };
export type PelvicTiltSideForm = { readonly tilt: PelvicTiltSide['tilt'] | '' };
export type BridgeSideForm = { readonly seconds: string };

type PerSide<T> = { readonly left: T; readonly right: T };

export type SelfTestForm = {
  readonly skipped: readonly SelfTest[];
  readonly thomas: PerSide<ThomasSideForm>;
  readonly kneeToChest: PerSide<KneeToChestSideForm>;
  readonly pelvicTilt: PerSide<PelvicTiltSideForm>;
  readonly bridgeHold: PerSide<BridgeSideForm>;
};

const both = <T>(value: T): PerSide<T> => ({ left: value, right: value });

export function emptySelfTestForm(): SelfTestForm {
  return {
    skipped: [],
    thomas: both({ thigh: '', knee: '', driftsOut: '', hipAngle: '', kneeAngle: '' }),
    kneeToChest: both({ lifts: '' }),
    pelvicTilt: both({ tilt: '' }),
    bridgeHold: both({ seconds: '' }),
  };
}

/** Typing an angle picks the matching category, so the two can only disagree on purpose. */
export function withHipAngle(side: ThomasSideForm, text: string): ThomasSideForm {
  const degrees = parseNumber(text);
  const valid = degrees !== undefined && !Number.isNaN(degrees);
  return { ...side, hipAngle: text, ...(valid ? { thigh: thighPositionFromAngle(degrees) } : {}) };
}

export function withKneeAngle(side: ThomasSideForm, text: string): ThomasSideForm {
  const degrees = parseNumber(text);
  const valid = degrees !== undefined && !Number.isNaN(degrees);
  return { ...side, kneeAngle: text, ...(valid ? { knee: kneeBandFromAngle(degrees) } : {}) };
}

/** Errors keyed "test.side.field", e.g. "thomas.left.thigh". */
export type SelfTestErrors = Readonly<Record<string, string>>;

const yesNo = (value: YesNo) => (value === '' ? undefined : value === 'yes');
const choice = <T extends string>(value: T | '') => (value === '' ? undefined : value);

function draftSide(test: SelfTest, form: SelfTestForm, side: Side): unknown {
  switch (test) {
    case 'thomas': {
      const s = form.thomas[side];
      const hip = parseNumber(s.hipAngle);
      const knee = parseNumber(s.kneeAngle);
      return {
        thigh: choice(s.thigh),
        knee: choice(s.knee),
        thighDriftsOut: yesNo(s.driftsOut),
        ...(hip === undefined ? {} : { hipAngleDegrees: hip }),
        ...(knee === undefined ? {} : { kneeAngleDegrees: knee }),
      };
    }
    case 'kneeToChest':
      return { straightLegLifts: yesNo(form.kneeToChest[side].lifts) };
    case 'pelvicTilt':
      return { tilt: choice(form.pelvicTilt[side].tilt) };
    case 'bridgeHold':
      return { seconds: parseNumber(form.bridgeHold[side].seconds) };
  }
}

const SCHEMAS = {
  thomas: thomasSideSchema,
  kneeToChest: kneeToChestSideSchema,
  pelvicTilt: pelvicTiltSideSchema,
  bridgeHold: bridgeHoldSideSchema,
} as const;

const MESSAGES: Readonly<Record<string, string>> = {
  'thomas.thigh': 'Choose where the thigh rested.',
  'thomas.knee': 'Choose how the lower leg hung.',
  'thomas.thighDriftsOut': 'Say whether the thigh drifted out.',
  'thomas.hipAngleDegrees': 'Enter the thigh angle in degrees, from -60 to 90, or leave it empty.',
  'thomas.kneeAngleDegrees': 'Enter the knee angle in degrees, from 0 to 160, or leave it empty.',
  'kneeToChest.straightLegLifts': 'Say whether the straight leg lifted.',
  'pelvicTilt.tilt': 'Choose how the pelvis sat.',
  'bridgeHold.seconds': 'Enter the seconds held, from 0 to 600, or use the timer.',
};

/** The form field an issue path points at; a failed angle check points at the category. */
function fieldOf(test: SelfTest, path: readonly PropertyKey[], message: string): string {
  const first = path[0];
  if (typeof first === 'string') return first;
  if (test === 'thomas') return message.includes('knee') ? 'knee' : 'thigh';
  return '';
}

const MISMATCH: Readonly<Record<string, string>> = {
  thigh: 'This does not match the angle you entered: change one of them.',
  knee: 'This does not match the angle you entered: change one of them.',
};

/** The problems with one test's answers; empty when it is complete or skipped. */
export function validateTest(test: SelfTest, form: SelfTestForm): SelfTestErrors {
  if (form.skipped.includes(test)) return {};
  const errors: Record<string, string> = {};
  for (const side of SIDES) {
    const result = SCHEMAS[test].safeParse(draftSide(test, form, side));
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const field = fieldOf(test, issue.path, issue.message);
      const key = `${test}.${side}.${field}`;
      if (errors[key]) continue;
      const fromPath = typeof issue.path[0] === 'string';
      errors[key] = fromPath
        ? (MESSAGES[`${test}.${field}`] ?? issue.message)
        : (MISMATCH[field] ?? issue.message);
    }
  }
  return errors;
}

/** Core's results for every test done; null when a test that was not skipped is incomplete. */
export function resultsFromForm(form: SelfTestForm): SelfTestResults | null {
  const results: Record<string, unknown> = {};
  for (const test of SELF_TESTS) {
    if (form.skipped.includes(test)) continue;
    const left = SCHEMAS[test].safeParse(draftSide(test, form, 'left'));
    const right = SCHEMAS[test].safeParse(draftSide(test, form, 'right'));
    if (!left.success || !right.success) return null;
    results[test] = { left: left.data, right: right.data };
  }
  const parsed = selfTestResultsSchema.safeParse(results);
  return parsed.success ? parsed.data : null;
}
