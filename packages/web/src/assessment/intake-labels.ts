import type {
  AgeBand,
  AggravatingFactor,
  BodyArea,
  Frequency,
  Goal,
  Habits,
  Pregnancy,
  SymptomArea,
  Symptoms,
} from '@psoas/core';

/** Plain words for every intake answer, in one place so the wizard and summaries agree. */

export const AGE_BAND_LABELS: Readonly<Record<AgeBand, string>> = {
  'under-18': 'Under 18',
  '18-19': '18 or 19',
  '20-34': '20 to 34',
  '35-50': '35 to 50',
  '51-64': '51 to 64',
  '65-plus': '65 or over',
};

export const PREGNANCY_LABELS: Readonly<Record<Pregnancy, string>> = {
  no: 'No',
  pregnant: 'I am pregnant',
  'gave-birth-in-last-6-months': 'I gave birth in the past 6 months',
};

export const FREQUENCY_LABELS: Readonly<Record<Frequency, string>> = {
  never: 'Never',
  sometimes: 'Sometimes',
  often: 'Often',
};

export const DESK_LABELS: Readonly<Record<Habits['deskType'], string>> = {
  sit: 'A sitting desk',
  'sit-stand': 'A sit-stand desk',
  'no-desk': 'I don’t work at a desk',
};

export const LEG_ON_TOP_LABELS: Readonly<Record<NonNullable<Habits['legOnTop']>, string>> = {
  left: 'Usually the left',
  right: 'Usually the right',
  either: 'Either',
};

export const SPORT_LABELS: Readonly<Record<Habits['asymmetricSports'], string>> = {
  none: 'No one-sided sport',
  'left-dominant': 'Yes, led by my left side',
  'right-dominant': 'Yes, led by my right side',
};

export const STANDS_LABELS: Readonly<Record<Habits['standsOrWalks'], string>> = {
  rarely: 'Rarely',
  'every-few-hours': 'Every few hours',
  hourly: 'About every hour',
  'every-30-minutes': 'About every 30 minutes',
};

export const AREA_LABELS: Readonly<Record<BodyArea, string>> = {
  'low-back': 'Low back',
  hip: 'Hip',
  groin: 'Groin',
  thigh: 'Thigh',
  knee: 'Knee',
};

export const SIDE_LABELS: Readonly<Record<SymptomArea['side'], string>> = {
  left: 'Left',
  right: 'Right',
  both: 'Both sides',
  middle: 'In the middle',
};

export const DURATION_LABELS: Readonly<Record<Symptoms['duration'], string>> = {
  none: 'I have no pain',
  'under-2-weeks': 'Less than 2 weeks',
  '2-6-weeks': '2 to 6 weeks',
  '6-12-weeks': '6 to 12 weeks',
  'over-12-weeks': 'More than 12 weeks',
};

export const AGGRAVATING_LABELS: Readonly<Record<AggravatingFactor, string>> = {
  'standing-up-after-sitting': 'Standing up after sitting',
  'sitting-long': 'Sitting for a long time',
  'standing-long': 'Standing for a long time',
  walking: 'Walking',
  'lying-flat': 'Lying flat on my back',
  'bending-forward': 'Bending forward',
  twisting: 'Twisting',
  stairs: 'Stairs',
  running: 'Running',
};

export const STIFFNESS_LABELS: Readonly<Record<Symptoms['stiffness'], string>> = {
  none: 'None',
  mild: 'Mild',
  moderate: 'Moderate',
  severe: 'Severe',
};

export const GOAL_LABELS: Readonly<Record<Goal, string>> = {
  'less-pain': 'Less pain',
  'move-freely': 'Move more freely',
  'sit-comfortably': 'Sit comfortably',
  'stand-up-easily': 'Stand up easily after sitting',
  'stronger-hips': 'Stronger hips',
  'better-habits': 'Better desk habits',
  sport: 'Get back to my sport',
};
