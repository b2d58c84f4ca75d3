import {
  AGE_BANDS,
  AGGRAVATING_FACTORS,
  BODY_AREAS,
  EQUIPMENT,
  GOALS,
  intakeSchema,
  timeZoneSchema,
  type Intake,
  type ScreeningAnswers,
  type ScreeningQuestion,
  type ScreeningRecord,
  type SymptomArea,
} from '@psoas/core';
import type { ApiClient } from '../api-client.ts';
import { CliError } from '../errors.ts';
import { formatJson } from '../format/json.ts';
import type { FormatOptions } from '../format/style.ts';
import { joinLines, wrapText } from '../format/text.ts';
import { choice, choices, createAsker, numberIn, text, yesNo, type Asker } from './ask.ts';
import type { Conversation } from './checklist.ts';

/**
 * `psoas assess`: the intake questions (defaults in brackets: the latest intake's answers, or
 * sensible ones the first time), then the red-flag screening in plain words, both posted to the
 * server, which decides the triage. A stopped programme is a failure with its own exit code.
 */

export type AssessOptions = { readonly json?: boolean; readonly selfTests?: boolean };

const FREQUENCY = ['never', 'sometimes', 'often'] as const;

export const FIRST_INTAKE_DEFAULTS = (timeZone: string): Intake => ({
  about: { ageBand: '35-50', pregnancy: 'no', timeZone },
  habits: {
    hoursSittingPerDay: 8,
    longestUnbrokenSittingMinutes: 90,
    deskType: 'sit',
    hoursDrivingPerDay: 0,
    leansForward: 'sometimes',
    hooksFeetUnderChair: 'never',
    crossesLegs: 'sometimes',
    sleepsOnStomach: 'never',
    asymmetricSports: 'none',
    hardCoreTraining: 'never',
    standsOrWalks: 'every-few-hours',
  },
  symptoms: {
    areas: [{ area: 'low-back', side: 'middle' }],
    painNow: 2,
    duration: '2-6-weeks',
    aggravatingFactors: [],
    stiffness: 'mild',
  },
  preferences: {
    goals: ['less-pain'],
    minutesPerSession: 10,
    sessionsPerDay: 1,
    equipment: ['mat'],
  },
});

const list = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join(','));

async function askAreas(
  ask: Asker['ask'],
  previous: readonly SymptomArea[],
): Promise<SymptomArea[]> {
  const areas = await ask({
    text: `Where do you feel it? (${BODY_AREAS.join(', ')}; several with commas, or none)`,
    defaultText: list(previous.map((a) => a.area)),
    parse: choices(BODY_AREAS),
  });
  const result: SymptomArea[] = [];
  for (const area of areas) {
    const before = previous.find((a) => a.area === area)?.side;
    const side = await ask({
      text: `Which side is the ${area} pain on? (left, right, both, middle)`,
      defaultText: before ?? (area === 'low-back' ? 'middle' : 'both'),
      parse: choice(['left', 'right', 'both', 'middle'] as const),
    });
    result.push({ area, side });
  }
  return result;
}

/** Asks the intake questions, each with its current answer as the default. */
export async function askIntake(asker: Asker, d: Intake): Promise<Intake> {
  const { ask, say } = asker;
  say('About you\n');
  const ageBand = await ask({
    text: `Age band (${AGE_BANDS.join(', ')})`,
    defaultText: d.about.ageBand,
    parse: choice(AGE_BANDS),
  });
  const pregnancy = await ask({
    text: 'Pregnant or gave birth recently? (no, pregnant, gave-birth-in-last-6-months)',
    defaultText: d.about.pregnancy,
    parse: choice(['no', 'pregnant', 'gave-birth-in-last-6-months'] as const),
  });
  const timeZone = await ask({
    text: 'Time zone',
    defaultText: d.about.timeZone,
    parse: text(
      (v) => timeZoneSchema.safeParse(v).success,
      'Please give a time zone like Europe/Paris or UTC.',
    ),
  });

  say('\nYour day and habits\n');
  const h = d.habits;
  const hoursSittingPerDay = await ask({
    text: 'Hours sitting per day (0-24)',
    defaultText: String(h.hoursSittingPerDay),
    parse: numberIn(0, 24),
  });
  const longestUnbrokenSittingMinutes = await ask({
    text: 'Longest stretch sitting without getting up, in minutes',
    defaultText: String(h.longestUnbrokenSittingMinutes),
    parse: numberIn(0, 1440, true),
  });
  const deskType = await ask({
    text: 'Desk (sit, sit-stand, no-desk)',
    defaultText: h.deskType,
    parse: choice(['sit', 'sit-stand', 'no-desk'] as const),
  });
  const hoursDrivingPerDay = await ask({
    text: 'Hours driving per day (0-24)',
    defaultText: String(h.hoursDrivingPerDay),
    parse: numberIn(0, 24),
  });
  const often = (what: string, value: (typeof FREQUENCY)[number]) =>
    ask({
      text: `${what} (never, sometimes, often)`,
      defaultText: value,
      parse: choice(FREQUENCY),
    });
  const leansForward = await often('Do you lean forward as you work?', h.leansForward);
  const hooksFeetUnderChair = await often(
    'Do you hook your feet under the chair?',
    h.hooksFeetUnderChair,
  );
  const crossesLegs = await often('Do you cross your legs?', h.crossesLegs);
  const legOnTop =
    crossesLegs === 'never'
      ? undefined
      : await ask({
          text: 'Which leg is usually on top? (left, right, either)',
          defaultText: h.legOnTop ?? 'either',
          parse: choice(['left', 'right', 'either'] as const),
        });
  const sleepsOnStomach = await often('Do you sleep on your stomach?', h.sleepsOnStomach);
  const asymmetricSports = await ask({
    text: 'One-sided sports, like racket sports or golf? (none, left-dominant, right-dominant)',
    defaultText: h.asymmetricSports,
    parse: choice(['none', 'left-dominant', 'right-dominant'] as const),
  });
  const hardCoreTraining = await often('Do you do many sit-ups or crunches?', h.hardCoreTraining);
  const standsOrWalks = await ask({
    text: 'How often do you stand up or walk at work? (rarely, every-few-hours, hourly, every-30-minutes)',
    defaultText: h.standsOrWalks,
    parse: choice(['rarely', 'every-few-hours', 'hourly', 'every-30-minutes'] as const),
  });

  say('\nYour symptoms\n');
  const s = d.symptoms;
  const areas = await askAreas(ask, s.areas);
  const painNow = await ask({
    text: 'Pain right now, 0 (none) to 10 (worst imaginable)',
    defaultText: String(s.painNow),
    parse: numberIn(0, 10, true),
  });
  const duration = await ask({
    text: 'For how long? (none, under-2-weeks, 2-6-weeks, 6-12-weeks, over-12-weeks)',
    defaultText: s.duration,
    parse: choice(['none', 'under-2-weeks', '2-6-weeks', '6-12-weeks', 'over-12-weeks'] as const),
  });
  const aggravatingFactors = await ask({
    text: `What makes it worse? (${AGGRAVATING_FACTORS.join(', ')}; several with commas, or none)`,
    defaultText: list(s.aggravatingFactors),
    parse: choices(AGGRAVATING_FACTORS),
  });
  const stiffness = await ask({
    text: 'Stiffness (none, mild, moderate, severe)',
    defaultText: s.stiffness,
    parse: choice(['none', 'mild', 'moderate', 'severe'] as const),
  });

  say('\nYour goals and time\n');
  const p = d.preferences;
  const goals = await ask({
    text: `Goals (${GOALS.join(', ')}; several with commas)`,
    defaultText: list(p.goals),
    parse: choices(GOALS, false),
  });
  const minutesPerSession = await ask({
    text: 'Minutes per session (5, 10 or 20)',
    defaultText: String(p.minutesPerSession),
    parse: choice(['5', '10', '20'] as const),
  });
  const sessionsPerDay = await ask({
    text: 'Sessions per day (1-3)',
    defaultText: String(p.sessionsPerDay),
    parse: numberIn(1, 3, true),
  });
  const equipment = await ask({
    text: `Equipment at hand (${EQUIPMENT.filter((e) => e !== 'none').join(', ')}; several with commas, or none)`,
    defaultText: list(p.equipment.filter((e) => e !== 'none')),
    parse: choices(EQUIPMENT),
  });

  return intakeSchema.parse({
    about: { ageBand, pregnancy, timeZone },
    habits: {
      hoursSittingPerDay,
      longestUnbrokenSittingMinutes,
      deskType,
      hoursDrivingPerDay,
      leansForward,
      hooksFeetUnderChair,
      crossesLegs,
      ...(legOnTop === undefined ? {} : { legOnTop }),
      sleepsOnStomach,
      asymmetricSports,
      hardCoreTraining,
      standsOrWalks,
    },
    symptoms: { areas, painNow, duration, aggravatingFactors, stiffness },
    preferences: { goals, minutesPerSession: Number(minutesPerSession), sessionsPerDay, equipment },
  });
}

/** Every red-flag question, y or n; there is no default, so nothing is assumed. */
export async function askScreening(
  asker: Asker,
  questions: readonly ScreeningQuestion[],
): Promise<ScreeningAnswers> {
  asker.say(
    '\nSafety questions\nThese check for signs that need a doctor rather than exercise. Answer each y or n.\n',
  );
  const answers: Record<string, 'yes' | 'no'> = {};
  for (const [index, question] of questions.entries()) {
    const yes = await asker.ask({
      text: `(${index + 1}/${questions.length}) ${question.text} [y/n]`,
      parse: yesNo,
    });
    answers[question.id] = yes ? 'yes' : 'no';
  }
  return answers;
}

export function formatTriage(
  record: ScreeningRecord,
  questions: readonly ScreeningQuestion[],
  options: FormatOptions,
): string {
  const { style, width } = options;
  const stopped = record.outcome.programme === 'stopped';
  const headline = stopped
    ? style.warn(record.advice.headline)
    : style.heading(record.advice.headline);
  const { triggeredBy, alsoFlagged, cautions } = record.outcome;
  const yes = [...triggeredBy, ...alsoFlagged, ...cautions];
  const answered = questions.filter((q) => yes.includes(q.id));
  return joinLines([
    '',
    headline,
    ...wrapText(record.advice.action, width),
    ...(answered.length === 0
      ? []
      : [
          '',
          'You answered yes to:',
          ...answered.flatMap((q) => wrapText(q.text, width, '    ', '  - ')),
        ]),
  ]);
}

/** Runs the whole assessment; returns what to print. Throws when the programme is stopped. */
export async function runAssess(
  client: ApiClient,
  options: AssessOptions,
  format: FormatOptions,
  conversation: Conversation,
  systemTimeZone: string,
): Promise<string> {
  const [latest, questions] = await Promise.all([
    client.getLatestIntake(),
    client.getScreeningQuestions(),
  ]);
  const intakeQuestionCount = 28;
  const asker = createAsker(
    conversation,
    format,
    'assessment',
    () => intakeQuestionCount + questions.data.items.length,
  );
  if (latest)
    asker.say('Your answers from last time are in brackets: press Enter to keep one.\n\n');
  const intake = await askIntake(
    asker,
    latest?.data.intake ?? FIRST_INTAKE_DEFAULTS(systemTimeZone),
  );
  const answers = await askScreening(asker, questions.data.items);

  const savedIntake = await client.postIntake(intake);
  const screening = await client.postScreening({ answers, ageBand: intake.about.ageBand });
  const out = options.json
    ? formatJson({ intake: savedIntake.json, screening: screening.json })
    : formatTriage(screening.data, questions.data.items, format);
  if (screening.data.outcome.programme === 'stopped') {
    conversation.write(out);
    throw new CliError({ kind: 'programme-stopped', level: screening.data.outcome.level });
  }
  return out;
}
