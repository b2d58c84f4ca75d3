import {
  RED_FLAG_QUESTIONS,
  assertNever,
  redFlagIdSchema,
  screeningAnswerSchema,
  type RedFlagId,
  type ScreeningAnswer,
  type ScreeningAnswers,
} from '@psoas/core';
import { INTAKE_STEPS, emptyIntakeForm, type IntakeForm, type IntakeStep } from './intake-form.ts';

/**
 * The assessment wizard as a pure reducer: four intake steps, then the screening. The state
 * is saved to sessionStorage after every change, so a reload (or a phone that drops the tab)
 * does not lose the answers; it is cleared once everything has been sent.
 */

export const WIZARD_STEPS = [...INTAKE_STEPS, 'screening'] as const;
/** The steps before the screening. */
export const INTAKE_STEP_COUNT = INTAKE_STEPS.length;
export type WizardStep = IntakeStep | 'screening';

export type WizardState = {
  readonly step: number;
  readonly form: IntakeForm;
  readonly answers: ScreeningAnswers;
  /** Where the answers came from: blank, the last saved intake, or a draft of this visit. */
  readonly source: 'blank' | 'latest-intake' | 'draft';
};

export type WizardEvent =
  | { readonly type: 'edit'; readonly changes: Partial<IntakeForm> }
  | { readonly type: 'answer'; readonly id: RedFlagId; readonly answer: ScreeningAnswer }
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  | { readonly type: 'go'; readonly step: number }
  | { readonly type: 'prefill'; readonly form: IntakeForm };

export function initialWizardState(timeZone: string): WizardState {
  return { step: 0, form: emptyIntakeForm(timeZone), answers: {}, source: 'blank' };
}

export function stepAt(index: number): WizardStep {
  return WIZARD_STEPS[Math.min(Math.max(index, 0), WIZARD_STEPS.length - 1)] ?? 'about';
}

export function transition(state: WizardState, event: WizardEvent): WizardState {
  switch (event.type) {
    case 'edit':
      return { ...state, form: { ...state.form, ...event.changes } };
    case 'answer':
      return { ...state, answers: { ...state.answers, [event.id]: event.answer } };
    case 'next':
      return { ...state, step: Math.min(state.step + 1, WIZARD_STEPS.length - 1) };
    case 'back':
      return { ...state, step: Math.max(state.step - 1, 0) };
    case 'go':
      return { ...state, step: Math.min(Math.max(event.step, 0), WIZARD_STEPS.length - 1) };
    case 'prefill':
      // Only a blank wizard takes the saved intake; a draft in progress wins.
      return state.source === 'blank'
        ? { ...state, form: event.form, source: 'latest-intake' }
        : state;
    default:
      return assertNever(event);
  }
}

/** The screening questions not answered yet, in the order they are asked. */
export function unansweredQuestions(answers: ScreeningAnswers): RedFlagId[] {
  return RED_FLAG_QUESTIONS.filter((question) => answers[question.id] === undefined).map(
    (question) => question.id,
  );
}

export const DRAFT_KEY = 'psoas-coach.assessment-draft';
const DRAFT_VERSION = 1;

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function saveDraft(storage: DraftStorage, state: WizardState): void {
  const { step, form, answers } = state;
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify({ version: DRAFT_VERSION, step, form, answers }));
  } catch {
    // Storage full or switched off: the wizard still works, it just won't survive a reload.
  }
}

export function clearDraft(storage: DraftStorage): void {
  try {
    storage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to clear.
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readAnswers(value: unknown): ScreeningAnswers {
  if (!isRecord(value)) return {};
  const answers: ScreeningAnswers = {};
  for (const [key, raw] of Object.entries(value)) {
    const id = redFlagIdSchema.safeParse(key);
    const answer = screeningAnswerSchema.safeParse(raw);
    if (id.success && answer.success) answers[id.data] = answer.data;
  }
  return answers;
}

/**
 * The saved draft, or null. Anything that does not look like this version's draft is dropped:
 * the fields are re-checked by the step validation before anything is sent, so only the shape
 * matters here.
 */
export function loadDraft(storage: DraftStorage, timeZone: string): WizardState | null {
  let raw: string | null;
  try {
    raw = storage.getItem(DRAFT_KEY);
  } catch {
    return null;
  }
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || parsed['version'] !== DRAFT_VERSION || !isRecord(parsed['form'])) {
    return null;
  }
  const blank = emptyIntakeForm(timeZone);
  const form = { ...blank };
  const saved = parsed['form'];
  for (const key of Object.keys(blank) as (keyof typeof blank)[]) {
    const value = saved[key];
    if (typeof value === typeof blank[key] && Array.isArray(value) === Array.isArray(blank[key])) {
      Object.assign(form, { [key]: value });
    }
  }
  const step = typeof parsed['step'] === 'number' ? parsed['step'] : 0;
  return {
    step: Math.min(Math.max(Math.trunc(step), 0), WIZARD_STEPS.length - 1),
    form,
    answers: readAnswers(parsed['answers']),
    source: 'draft',
  };
}
