import type { RedFlagGroup, RedFlagId } from '@psoas/core';

/**
 * Each "yes" as a short statement the person can show a doctor. They describe what the
 * person reported, in the first person; none names a condition (the app refers, never
 * diagnoses).
 */
export const RED_FLAG_SUMMARIES: Readonly<Record<RedFlagId, string>> = {
  'a-starting-to-pee':
    'Since the pain began, it has become hard to start peeing, the stream is weaker, or I cannot feel the urine passing.',
  'a-bladder-control': 'I have started leaking urine, or cannot empty my bladder.',
  'a-bowel-control': 'I have lost control of my bowels, or no longer feel when I need to go.',
  'a-saddle-numbness':
    'I have new numbness, tingling or odd feeling between my legs, around my bottom or genitals, or on my inner buttocks.',
  'a-sexual-function': 'I have noticed a new problem with sexual function or feeling.',
  'a-both-legs': 'The pain or sciatica is now in both legs, or spread from one leg to both.',
  'a-weakness-worsening':
    'My legs are getting weaker (foot slapping or dropping, tripping, knee giving way) or numbness is spreading.',
  'b-fever-or-unwell':
    'Along with the back pain I have a fever, chills or night sweats, or feel unwell.',
  'b-infection-risk':
    'My immune system is weakened, I inject drugs, or I recently had an infection, a spinal injection or a spinal operation.',
  'b-injury':
    'The pain started after an accident or a fall, or a small fall or lift with thin bones.',
  'c-cancer-history': 'I have had cancer in the past.',
  'c-weight-loss': 'I have lost weight without trying.',
  'c-age-new-pain': 'I am over 50 and this back pain is new for me, or I am under 20.',
  'c-constant-or-night-pain':
    'The pain is constant, not eased by lying down or moving, or worst at night.',
  'c-upper-back': 'The pain is mainly in my upper or middle back.',
  'c-steroids-or-osteoporosis': 'I have taken steroid tablets for a long time, or have thin bones.',
  'c-no-improvement': 'Four to six weeks of looking after it myself have not helped.',
  'c-morning-stiffness':
    'The back pain began before I was 45, and I am stiff for over half an hour in the morning.',
  'd-pregnancy-age-surgery':
    'I am pregnant or gave birth recently, am under 18, or had back or belly surgery recently.',
  'd-abdominal-vessels':
    'I have a blood-vessel condition, a pulsing lump in my belly or a hernia, or take blood thinners.',
};

/** Gentle headings for the screening's groups; no group is called "emergency" to the person. */
export const GROUP_TITLES: Readonly<Record<RedFlagGroup, string>> = {
  A: 'Bladder, bowel and feeling in your legs',
  B: 'Feeling unwell, infections and injuries',
  C: 'Other things a doctor would want to know',
  D: 'Before exercises that press on the belly',
};
