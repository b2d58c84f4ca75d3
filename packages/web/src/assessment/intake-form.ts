import {
  aboutSchema,
  habitsSchema,
  preferencesSchema,
  symptomsSchema,
  type AgeBand,
  type AggravatingFactor,
  type BodyArea,
  type Equipment,
  type Frequency,
  type Goal,
  type Habits,
  type Intake,
  type Pregnancy,
  type SymptomArea,
  type Symptoms,
} from '@psoas/core';

/**
 * The wizard's form state and its mapping to core's intake. Text inputs keep what was typed
 * (a half-typed number is a string, not NaN); choices not yet made are ''. The core schemas
 * decide what is valid; this module only turns their issues into sentences for people.
 */

type Choice<T extends string> = T | '';

export type IntakeForm = {
  readonly ageBand: Choice<AgeBand>;
  readonly pregnancy: Choice<Pregnancy>;
  readonly timeZone: string;
  readonly hoursSittingPerDay: string;
  readonly longestUnbrokenSittingMinutes: string;
  readonly deskType: Choice<Habits['deskType']>;
  readonly hoursDrivingPerDay: string;
  readonly leansForward: Choice<Frequency>;
  readonly hooksFeetUnderChair: Choice<Frequency>;
  readonly crossesLegs: Choice<Frequency>;
  readonly legOnTop: Choice<NonNullable<Habits['legOnTop']>>;
  readonly sleepsOnStomach: Choice<Frequency>;
  readonly asymmetricSports: Choice<Habits['asymmetricSports']>;
  readonly hardCoreTraining: Choice<Frequency>;
  readonly standsOrWalks: Choice<Habits['standsOrWalks']>;
  /** Each area ticked, with its side ('' until chosen), in the order ticked. */
  readonly areas: readonly {
    readonly area: BodyArea;
    readonly side: Choice<SymptomArea['side']>;
  }[];
  readonly painNow: string;
  readonly duration: Choice<Symptoms['duration']>;
  readonly aggravatingFactors: readonly AggravatingFactor[];
  readonly stiffness: Choice<Symptoms['stiffness']>;
  readonly goals: readonly Goal[];
  readonly minutesPerSession: Choice<'5' | '10' | '20'>;
  readonly sessionsPerDay: Choice<'1' | '2' | '3'>;
  readonly equipment: readonly Equipment[];
};

export type IntakeField = keyof IntakeForm;

export const INTAKE_STEPS = ['about', 'habits', 'symptoms', 'goals'] as const;
export type IntakeStep = (typeof INTAKE_STEPS)[number];

export const STEP_TITLES: Readonly<Record<IntakeStep, string>> = {
  about: 'About you',
  habits: 'Work and habits',
  symptoms: 'Symptoms',
  goals: 'Goals and time',
};

/** The fields of each step, in the order they appear (the first invalid one gets focus). */
export const STEP_FIELDS: Readonly<Record<IntakeStep, readonly IntakeField[]>> = {
  about: ['ageBand', 'pregnancy', 'timeZone'],
  habits: [
    'hoursSittingPerDay',
    'longestUnbrokenSittingMinutes',
    'deskType',
    'standsOrWalks',
    'hoursDrivingPerDay',
    'leansForward',
    'hooksFeetUnderChair',
    'crossesLegs',
    'legOnTop',
    'sleepsOnStomach',
    'asymmetricSports',
    'hardCoreTraining',
  ],
  symptoms: ['areas', 'painNow', 'duration', 'aggravatingFactors', 'stiffness'],
  goals: ['goals', 'minutesPerSession', 'sessionsPerDay', 'equipment'],
};

export function emptyIntakeForm(timeZone: string): IntakeForm {
  return {
    ageBand: '',
    pregnancy: '',
    timeZone,
    hoursSittingPerDay: '',
    longestUnbrokenSittingMinutes: '',
    deskType: '',
    hoursDrivingPerDay: '0',
    leansForward: '',
    hooksFeetUnderChair: '',
    crossesLegs: '',
    legOnTop: '',
    sleepsOnStomach: '',
    asymmetricSports: '',
    hardCoreTraining: '',
    standsOrWalks: '',
    areas: [],
    painNow: '',
    duration: '',
    aggravatingFactors: [],
    stiffness: '',
    goals: [],
    minutesPerSession: '',
    sessionsPerDay: '1',
    equipment: [],
  };
}

/** The form filled in from a saved intake, so a returning person only changes what changed. */
export function formFromIntake(intake: Intake): IntakeForm {
  const { about, habits, symptoms, preferences } = intake;
  return {
    ...about,
    hoursSittingPerDay: String(habits.hoursSittingPerDay),
    longestUnbrokenSittingMinutes: String(habits.longestUnbrokenSittingMinutes),
    deskType: habits.deskType,
    hoursDrivingPerDay: String(habits.hoursDrivingPerDay),
    leansForward: habits.leansForward,
    hooksFeetUnderChair: habits.hooksFeetUnderChair,
    crossesLegs: habits.crossesLegs,
    legOnTop: habits.legOnTop ?? '',
    sleepsOnStomach: habits.sleepsOnStomach,
    asymmetricSports: habits.asymmetricSports,
    hardCoreTraining: habits.hardCoreTraining,
    standsOrWalks: habits.standsOrWalks,
    areas: symptoms.areas,
    painNow: String(symptoms.painNow),
    duration: symptoms.duration,
    aggravatingFactors: symptoms.aggravatingFactors,
    stiffness: symptoms.stiffness,
    goals: preferences.goals,
    minutesPerSession: String(preferences.minutesPerSession) as IntakeForm['minutesPerSession'],
    sessionsPerDay: String(preferences.sessionsPerDay) as IntakeForm['sessionsPerDay'],
    equipment: preferences.equipment.filter((item) => item !== 'none'),
  };
}

/** '' (not answered) becomes undefined so the schema reports it as missing. */
function chosen<T extends string>(value: Choice<T>): T | undefined {
  return value === '' ? undefined : value;
}

/** A typed number, or undefined when blank; "1,5" is read as 1.5 for comma-decimal locales. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : Number.NaN;
}

function draftAbout(form: IntakeForm) {
  return {
    ageBand: chosen(form.ageBand),
    pregnancy: chosen(form.pregnancy),
    timeZone: form.timeZone,
  };
}

function draftHabits(form: IntakeForm) {
  const legOnTop = form.crossesLegs === 'never' ? undefined : chosen(form.legOnTop);
  return {
    hoursSittingPerDay: parseNumber(form.hoursSittingPerDay),
    longestUnbrokenSittingMinutes: parseNumber(form.longestUnbrokenSittingMinutes),
    deskType: chosen(form.deskType),
    hoursDrivingPerDay: parseNumber(form.hoursDrivingPerDay),
    leansForward: chosen(form.leansForward),
    hooksFeetUnderChair: chosen(form.hooksFeetUnderChair),
    crossesLegs: chosen(form.crossesLegs),
    ...(legOnTop ? { legOnTop } : {}),
    sleepsOnStomach: chosen(form.sleepsOnStomach),
    asymmetricSports: chosen(form.asymmetricSports),
    hardCoreTraining: chosen(form.hardCoreTraining),
    standsOrWalks: chosen(form.standsOrWalks),
  };
}

function draftSymptoms(form: IntakeForm) {
  return {
    areas: form.areas.map((entry) => ({ area: entry.area, side: chosen(entry.side) })),
    painNow: parseNumber(form.painNow),
    duration: chosen(form.duration),
    aggravatingFactors: [...form.aggravatingFactors],
    stiffness: chosen(form.stiffness),
  };
}

function draftPreferences(form: IntakeForm) {
  const minutes = parseNumber(form.minutesPerSession);
  const sessions = parseNumber(form.sessionsPerDay);
  return {
    goals: [...form.goals],
    minutesPerSession: minutes,
    sessionsPerDay: sessions,
    // "none" (bare floor, own body) is always assumed; the form only lists what is extra.
    equipment: ['none', ...form.equipment.filter((item) => item !== 'none')],
  };
}

/** What each field asks for, said kindly; used whatever the schema's own wording. */
const FIELD_MESSAGES: Readonly<Record<IntakeField, string>> = {
  ageBand: 'Choose your age band.',
  pregnancy: 'Choose one answer about pregnancy.',
  timeZone: 'Enter a time zone name like Europe/Paris, or UTC.',
  hoursSittingPerDay: 'Enter the hours you sit on a usual day, from 0 to 24.',
  longestUnbrokenSittingMinutes: 'Enter whole minutes, from 0 to 1440.',
  deskType: 'Choose the kind of desk you use.',
  hoursDrivingPerDay: 'Enter the hours you drive, from 0 to 24 (0 if you don’t drive).',
  leansForward: 'Choose how often you lean forward.',
  hooksFeetUnderChair: 'Choose how often you hook your feet under the chair.',
  crossesLegs: 'Choose how often you cross your legs.',
  legOnTop: 'Choose which leg is usually on top.',
  sleepsOnStomach: 'Choose how often you sleep on your stomach.',
  asymmetricSports: 'Choose one answer about sports.',
  hardCoreTraining: 'Choose how often you do sit-ups or crunches.',
  standsOrWalks: 'Choose how often you stand up or walk.',
  areas: 'Choose a side for each area you ticked.',
  painNow: 'Enter your pain now as a whole number from 0 (none) to 10 (worst).',
  duration: 'Choose how long you have had it.',
  aggravatingFactors: 'Tick each thing once.',
  stiffness: 'Choose how stiff you feel.',
  goals: 'Choose at least one goal.',
  minutesPerSession: 'Choose how many minutes a session can take.',
  sessionsPerDay: 'Choose how many sessions a day.',
  equipment: 'Tick each item once.',
};

export type StepErrors = Partial<Record<IntakeField, string>>;

type Issue = { readonly path: readonly PropertyKey[] };
type Checked = { success: true } | { success: false; error: { issues: readonly Issue[] } };

function toErrors(result: Checked, fields: readonly IntakeField[]): StepErrors {
  if (result.success) return {};
  const errors: StepErrors = {};
  for (const issue of result.error.issues) {
    const field = fields.find((candidate) => candidate === issue.path[0]);
    if (field && !errors[field]) errors[field] = FIELD_MESSAGES[field];
  }
  return errors;
}

function checkStep(step: IntakeStep, form: IntakeForm): Checked {
  switch (step) {
    case 'about':
      return aboutSchema.safeParse(draftAbout(form));
    case 'habits': {
      const result = habitsSchema.safeParse(draftHabits(form));
      // Which leg is on top only matters to someone who crosses their legs.
      if (form.crossesLegs !== '' && form.crossesLegs !== 'never' && form.legOnTop === '') {
        const issues = result.success ? [] : result.error.issues;
        return { success: false, error: { issues: [...issues, { path: ['legOnTop'] }] } };
      }
      return result;
    }
    case 'symptoms':
      return symptomsSchema.safeParse(draftSymptoms(form));
    case 'goals':
      return preferencesSchema.safeParse(draftPreferences(form));
  }
}

/** The problems with one step's answers, keyed by field; empty when the step is complete. */
export function validateStep(step: IntakeStep, form: IntakeForm): StepErrors {
  return toErrors(checkStep(step, form), STEP_FIELDS[step]);
}

/** The first step with a problem, or null when the whole form makes a valid intake. */
export function firstInvalidStep(form: IntakeForm): IntakeStep | null {
  return INTAKE_STEPS.find((step) => Object.keys(validateStep(step, form)).length > 0) ?? null;
}

/** The intake the form describes, or null if any step is incomplete. */
export function intakeFromForm(form: IntakeForm): Intake | null {
  const about = aboutSchema.safeParse(draftAbout(form));
  const habits = habitsSchema.safeParse(draftHabits(form));
  const symptoms = symptomsSchema.safeParse(draftSymptoms(form));
  const preferences = preferencesSchema.safeParse(draftPreferences(form));
  if (!about.success || !habits.success || !symptoms.success || !preferences.success) return null;
  if (firstInvalidStep(form) !== null) return null;
  return {
    about: about.data,
    habits: habits.data,
    symptoms: symptoms.data,
    preferences: preferences.data,
  };
}
