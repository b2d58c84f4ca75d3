import type { Dose } from '../exercise.schema.ts';
import { dose } from './build.ts';

/**
 * Shared dose numbers, each with its own reason and evidence (shared/domain/evidence.md). The
 * practitioners' values (psoas-facts.md) stay inside the ranges; where they differ from the
 * research, the default follows the research and the `why` says so.
 */

// ---- Static stretching (evidence.md §1.1, §1.2 and "What the app should encode").
export const STRETCH_HOLD = dose(
  30,
  15,
  60,
  'A 30 s hold works as well as 60 s; practitioners say 20-30 s, which fits the range.',
  ['bandy-1994', 'bandy-1997', 'practice-care-method'],
);
export const STRETCH_REPS = dose(
  3,
  2,
  4,
  'Three holds per side give about 90 s per stretch; practitioners say 2-3, also in range.',
  ['acsm-2011', 'ayala-2010', 'practice-care-method'],
);
export const STRETCH_SETS = dose(1, 1, 1, 'The holds form one round per side.', ['acsm-2011']);
export const STRETCH_REST = dose(
  10,
  0,
  30,
  'A short pause between holds is enough; studies used rests of a few seconds.',
  ['hatefi-2021'],
);
export const STRETCH_SESSIONS = dose(
  1,
  1,
  3,
  'One session a day is enough for range; practitioners suggest a couple, which may simply feel good.',
  ['bandy-1997', 'cipriani-2012', 'practice-care-method'],
);
export const STRETCH_DAYS = dose(
  5,
  2,
  7,
  'Range improves with at least five stretching days a week; two or three is the minimum.',
  ['thomas-2018', 'acsm-2011'],
);

/** The hip flexor stretch dose: 30 s x 3 per side, once a day, at least 5 days a week. */
export const HIP_FLEXOR_STRETCH_DOSE: Dose = {
  holdSeconds: STRETCH_HOLD,
  reps: STRETCH_REPS,
  sets: STRETCH_SETS,
  restSeconds: STRETCH_REST,
  sessionsPerDay: STRETCH_SESSIONS,
  daysPerWeek: STRETCH_DAYS,
  why: 'Three 30-second holds per side, once a day, at least five days a week: the research dose for range of motion. Expect a few degrees over 4 to 6 weeks; it eases stiffness but is not a posture or back pain cure.',
};

// ---- Foam rolling and ball release (evidence.md §7.1).
export const ROLL_SECONDS = dose(
  60,
  30,
  120,
  'Each set lasts 30-120 s per muscle; very short rolling did nothing in studies.',
  ['behm-2020', 'couture-2015'],
);
export const ROLL_SETS = dose(
  2,
  1,
  3,
  'Two one-minute sets make the two minutes that improved range in a study.',
  ['behm-2020', 'cheatham-2020'],
);
export const ROLL_REST = dose(15, 0, 60, 'A short pause to reposition is all you need.', [
  'practice-care-method',
]);
export const ROLL_SESSIONS = dose(
  1,
  1,
  2,
  'Roll once, right before you stretch; release comes first in the care method.',
  ['practice-care-method'],
);
export const ROLL_DAYS = dose(
  5,
  2,
  7,
  'Roll on your stretching days; gains came from programmes longer than four weeks.',
  ['konrad-2022', 'thomas-2018'],
);

export const ROLLING_DOSE: Dose = {
  holdSeconds: ROLL_SECONDS,
  reps: null,
  sets: ROLL_SETS,
  restSeconds: ROLL_REST,
  sessionsPerDay: ROLL_SESSIONS,
  daysPerWeek: ROLL_DAYS,
  why: 'One to three slow sets of 30-120 s per muscle, two to four seconds a pass, before stretching. Keep it up for more than four weeks for lasting range.',
};

// ---- Strengthening (evidence.md §3.1 and §3.3).
export const STRENGTH_REPS = dose(
  10,
  8,
  15,
  'Beginners build strength with 8-12 reps; practitioners say 10-15, so up to 15 is allowed.',
  ['ratamess-2009', 'practice-care-method'],
);
export const STRENGTH_SETS = dose(
  2,
  1,
  3,
  'Two sets suit a beginner; add a third when it feels easy.',
  ['ratamess-2009'],
);
export const STRENGTH_REST = dose(
  60,
  30,
  120,
  'Rest until the next set can be done with good form.',
  ['practice-care-method'],
);
export const STRENGTH_SESSIONS = dose(
  1,
  1,
  1,
  'One session a day is plenty; practitioners suggest once or twice daily, but strength needs rest days.',
  ['ratamess-2009', 'practice-care-method'],
);
export const STRENGTH_DAYS = dose(
  3,
  2,
  3,
  'Strength work 2-3 days a week with a rest day between; practitioners suggest daily, but the research default is followed.',
  ['ratamess-2009', 'csep-2020', 'practice-care-method'],
);
export const TOP_PAUSE = dose(
  2,
  1,
  10,
  'Pause briefly at the top; the practitioners’ 10 s squeeze is within range.',
  ['ratamess-2009', 'practice-care-method'],
);

export function strengthDose(why: string, hold = TOP_PAUSE, reps = STRENGTH_REPS): Dose {
  return {
    holdSeconds: hold,
    reps,
    sets: STRENGTH_SETS,
    restSeconds: STRENGTH_REST,
    sessionsPerDay: STRENGTH_SESSIONS,
    daysPerWeek: STRENGTH_DAYS,
    why,
  };
}

// ---- Desk breaks (evidence.md §4.1).
export const BREAKS_PER_DAY = dose(
  16,
  1,
  24,
  'A break every 30 minutes is 16 in an eight-hour day; every 20 minutes would be 24.',
  ['solomon-2018', 'dunstan-2012'],
);
export const WORK_DAYS = dose(5, 1, 7, 'On your working days, or any day you sit a lot.', [
  'buckley-2015',
]);
export const ONE_SET = dose(1, 1, 1, 'Once per break.', ['dunstan-2012']);
export const NO_REST = dose(0, 0, 0, 'Nothing to rest from: it is one continuous move.', [
  'dunstan-2012',
]);
