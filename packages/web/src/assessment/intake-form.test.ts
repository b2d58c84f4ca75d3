import { intakeSchema, type Intake } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import {
  emptyIntakeForm,
  firstInvalidStep,
  formFromIntake,
  intakeFromForm,
  parseNumber,
  validateStep,
  type IntakeForm,
} from './intake-form.ts';

const INTAKE: Intake = {
  about: { ageBand: '35-50', pregnancy: 'no', timeZone: 'Europe/Paris' },
  habits: {
    hoursSittingPerDay: 8,
    longestUnbrokenSittingMinutes: 120,
    deskType: 'sit',
    hoursDrivingPerDay: 1,
    leansForward: 'often',
    hooksFeetUnderChair: 'sometimes',
    crossesLegs: 'often',
    legOnTop: 'left',
    sleepsOnStomach: 'never',
    asymmetricSports: 'none',
    hardCoreTraining: 'never',
    standsOrWalks: 'every-few-hours',
  },
  symptoms: {
    areas: [{ area: 'low-back', side: 'middle' }],
    painNow: 3,
    duration: '2-6-weeks',
    aggravatingFactors: ['standing-up-after-sitting'],
    stiffness: 'mild',
  },
  preferences: {
    goals: ['less-pain'],
    minutesPerSession: 10,
    sessionsPerDay: 1,
    equipment: ['none', 'mat'],
  },
};

describe('intake form', () => {
  it('round-trips a saved intake through the form', () => {
    expect(intakeFromForm(formFromIntake(INTAKE))).toEqual(INTAKE);
  });

  it('always includes "none" in the equipment and never twice', () => {
    const form: IntakeForm = { ...formFromIntake(INTAKE), equipment: ['mat', 'none'] };
    expect(intakeFromForm(form)?.preferences.equipment).toEqual(['none', 'mat']);
  });

  it('reports every unanswered field of a blank step, and nothing for a complete one', () => {
    const blank = emptyIntakeForm('UTC');
    expect(Object.keys(validateStep('about', blank)).sort()).toEqual(['ageBand', 'pregnancy']);
    expect(validateStep('about', formFromIntake(INTAKE))).toEqual({});
    expect(firstInvalidStep(blank)).toBe('about');
    expect(intakeFromForm(blank)).toBeNull();
  });

  it('explains out-of-range and unreadable numbers in plain words', () => {
    const form = {
      ...formFromIntake(INTAKE),
      hoursSittingPerDay: '25',
      longestUnbrokenSittingMinutes: 'a lot',
    };
    const errors = validateStep('habits', form);
    expect(errors.hoursSittingPerDay).toMatch(/0 to 24/);
    expect(errors.longestUnbrokenSittingMinutes).toMatch(/whole minutes/);
  });

  it('asks which leg is on top only of people who cross their legs', () => {
    const crosses = { ...formFromIntake(INTAKE), legOnTop: '' as const };
    expect(validateStep('habits', crosses).legOnTop).toBeDefined();
    const never = { ...crosses, crossesLegs: 'never' as const, legOnTop: 'left' as const };
    expect(validateStep('habits', never)).toEqual({});
    expect(intakeFromForm(never)?.habits.legOnTop).toBeUndefined();
  });

  it('needs a side for every painful area ticked', () => {
    const form = {
      ...formFromIntake(INTAKE),
      areas: [{ area: 'hip' as const, side: '' as const }],
    };
    expect(validateStep('symptoms', form).areas).toBeDefined();
  });

  it('rejects an unknown time zone and needs at least one goal', () => {
    const form = { ...formFromIntake(INTAKE), timeZone: 'Mars/Olympus', goals: [] };
    expect(validateStep('about', form).timeZone).toBeDefined();
    expect(validateStep('goals', form).goals).toBeDefined();
  });

  it('produces intakes the core schema accepts', () => {
    const intake = intakeFromForm({ ...formFromIntake(INTAKE), hoursSittingPerDay: '7,5' });
    expect(intakeSchema.safeParse(intake).success).toBe(true);
    expect(intake?.habits.hoursSittingPerDay).toBe(7.5);
  });
});

describe('parseNumber', () => {
  it('reads blanks as missing, commas as decimal points and junk as NaN', () => {
    expect(parseNumber('  ')).toBeUndefined();
    expect(parseNumber('1,5')).toBe(1.5);
    expect(parseNumber('abc')).toBeNaN();
  });
});
