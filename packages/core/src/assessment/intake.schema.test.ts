import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intakeSchema, isOverFifty } from './intake.schema.ts';
import { selfTestResultsSchema } from './self-tests.ts';
import { intakeArbitrary, selfTestsArbitrary } from './test-support/intake.arbitrary.ts';
import { anIntake } from './test-support/intake.builder.ts';

describe('intakeSchema', () => {
  it('accepts every intake the arbitrary generates', () => {
    fc.assert(
      fc.property(intakeArbitrary, (intake) => {
        expect(intakeSchema.safeParse(intake).success).toBe(true);
      }),
    );
  });

  it('accepts the builder default', () => {
    expect(intakeSchema.safeParse(anIntake().build()).success).toBe(true);
  });

  it.each([
    ['an unknown top-level key', (i: object) => ({ ...i, extra: 1 })],
    [
      'an unknown nested key',
      (i: ReturnType<typeof base>) => ({ ...i, habits: { ...i.habits, coffee: 3 } }),
    ],
    [
      'a session length other than 5, 10 or 20',
      (i: ReturnType<typeof base>) => ({
        ...i,
        preferences: { ...i.preferences, minutesPerSession: 15 },
      }),
    ],
    [
      'pain above 10',
      (i: ReturnType<typeof base>) => ({ ...i, symptoms: { ...i.symptoms, painNow: 11 } }),
    ],
    [
      'an unknown time zone',
      (i: ReturnType<typeof base>) => ({ ...i, about: { ...i.about, timeZone: 'Mars/Olympus' } }),
    ],
    [
      'the same area twice',
      (i: ReturnType<typeof base>) => ({
        ...i,
        symptoms: {
          ...i.symptoms,
          areas: [
            { area: 'hip', side: 'left' },
            { area: 'hip', side: 'right' },
          ],
        },
      }),
    ],
    [
      'no goal',
      (i: ReturnType<typeof base>) => ({ ...i, preferences: { ...i.preferences, goals: [] } }),
    ],
  ])('rejects %s', (_name, change) => {
    expect(intakeSchema.safeParse(change(base())).success).toBe(false);
  });

  it('counts only 51 and older as over 50', () => {
    expect(isOverFifty('35-50')).toBe(false);
    expect(isOverFifty('51-64')).toBe(true);
    expect(isOverFifty('65-plus')).toBe(true);
  });
});

describe('selfTestResultsSchema', () => {
  it('accepts every result the arbitrary generates', () => {
    fc.assert(
      fc.property(selfTestsArbitrary, (results) => {
        expect(selfTestResultsSchema.safeParse(results).success).toBe(true);
      }),
    );
  });

  it('rejects an angle that contradicts its category', () => {
    const side = {
      thigh: 'below-horizontal',
      knee: 'hangs-down',
      thighDriftsOut: false,
      hipAngleDegrees: 10,
    };
    expect(selfTestResultsSchema.safeParse({ thomas: { left: side, right: side } }).success).toBe(
      false,
    );
  });
});

function base() {
  return anIntake().build();
}
