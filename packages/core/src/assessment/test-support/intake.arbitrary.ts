import fc from 'fast-check';
import { EQUIPMENT } from '../../catalogue/exercise.schema.ts';
import {
  AGE_BANDS,
  AGGRAVATING_FACTORS,
  BODY_AREAS,
  GOALS,
  SESSION_MINUTES,
  frequencySchema,
  habitsSchema,
  pregnancySchema,
  symptomAreaSchema,
  symptomsSchema,
  type Intake,
} from '../intake.schema.ts';
import {
  kneeBandFromAngle,
  thighPositionFromAngle,
  type SelfTestResults,
  type ThomasSide,
} from '../self-tests.ts';

/**
 * fast-check arbitraries built from the intake schema's own enums and bounds, so a new option
 * in the schema is generated here too. Every generated value is checked against the schema in
 * intake.schema.test.ts.
 */

const frequency = fc.constantFrom(...frequencySchema.options);
const uniqueOf = <T>(values: readonly T[], minLength = 0) =>
  fc.uniqueArray(fc.constantFrom(...values), { minLength, maxLength: values.length });

export const aboutArbitrary = fc.record({
  ageBand: fc.constantFrom(...AGE_BANDS),
  pregnancy: fc.constantFrom(...pregnancySchema.options),
  timeZone: fc.constantFrom('UTC', 'Europe/Paris', 'America/New_York', 'Asia/Tokyo'),
});

export const habitsArbitrary = fc.record(
  {
    hoursSittingPerDay: fc.integer({ min: 0, max: 48 }).map((h) => h / 2),
    longestUnbrokenSittingMinutes: fc.integer({ min: 0, max: 24 * 60 }),
    deskType: fc.constantFrom(...habitsSchema.shape.deskType.options),
    hoursDrivingPerDay: fc.integer({ min: 0, max: 24 }),
    leansForward: frequency,
    hooksFeetUnderChair: frequency,
    crossesLegs: frequency,
    legOnTop: fc.constantFrom('left', 'right', 'either'),
    sleepsOnStomach: frequency,
    asymmetricSports: fc.constantFrom(...habitsSchema.shape.asymmetricSports.options),
    hardCoreTraining: frequency,
    standsOrWalks: fc.constantFrom(...habitsSchema.shape.standsOrWalks.options),
  },
  {
    requiredKeys: [
      'hoursSittingPerDay',
      'longestUnbrokenSittingMinutes',
      'deskType',
      'hoursDrivingPerDay',
      'leansForward',
      'hooksFeetUnderChair',
      'crossesLegs',
      'sleepsOnStomach',
      'asymmetricSports',
      'hardCoreTraining',
      'standsOrWalks',
    ],
  },
);

export const symptomsArbitrary = fc.record({
  areas: fc.uniqueArray(
    fc.record({
      area: fc.constantFrom(...BODY_AREAS),
      side: fc.constantFrom(...symptomAreaSchema.shape.side.options),
    }),
    { selector: (a) => a.area, maxLength: BODY_AREAS.length },
  ),
  painNow: fc.integer({ min: 0, max: 10 }),
  duration: fc.constantFrom(...symptomsSchema.shape.duration.options),
  aggravatingFactors: uniqueOf(AGGRAVATING_FACTORS),
  stiffness: fc.constantFrom(...symptomsSchema.shape.stiffness.options),
});

export const preferencesArbitrary = fc.record({
  goals: uniqueOf(GOALS, 1),
  minutesPerSession: fc.constantFrom(...SESSION_MINUTES),
  sessionsPerDay: fc.integer({ min: 1, max: 3 }),
  equipment: uniqueOf(EQUIPMENT),
});

export const intakeArbitrary: fc.Arbitrary<Intake> = fc.record({
  about: aboutArbitrary,
  habits: habitsArbitrary,
  symptoms: symptomsArbitrary,
  preferences: preferencesArbitrary,
});

const thomasSide: fc.Arbitrary<ThomasSide> = fc.oneof(
  fc.record({
    thigh: fc.constantFrom('above-horizontal', 'level', 'below-horizontal'),
    knee: fc.constantFrom('hangs-down', 'partly-out', 'sticks-out'),
    thighDriftsOut: fc.boolean(),
  }),
  fc
    .record({
      hip: fc.integer({ min: -60, max: 90 }),
      knee: fc.integer({ min: 0, max: 160 }),
      drift: fc.boolean(),
    })
    .map(({ hip, knee, drift }) => ({
      thigh: thighPositionFromAngle(hip),
      knee: kneeBandFromAngle(knee),
      thighDriftsOut: drift,
      hipAngleDegrees: hip,
      kneeAngleDegrees: knee,
    })),
);

const both = <T>(side: fc.Arbitrary<T>) => fc.record({ left: side, right: side });

export const selfTestsArbitrary: fc.Arbitrary<SelfTestResults> = fc.record(
  {
    thomas: both(thomasSide),
    kneeToChest: both(fc.record({ straightLegLifts: fc.boolean() })),
    pelvicTilt: both(
      fc.record({ tilt: fc.constantFrom('tilted-forward', 'neutral', 'tilted-back') }),
    ),
    bridgeHold: both(fc.record({ seconds: fc.integer({ min: 0, max: 600 }) })),
  },
  { requiredKeys: [] },
);
