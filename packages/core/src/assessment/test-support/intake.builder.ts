import type { Equipment } from '../../catalogue/exercise.schema.ts';
import type { AgeBand, Habits, Intake, SessionMinutes } from '../intake.schema.ts';

/** Test data: a valid intake with fluent overrides. */
export class IntakeBuilder {
  private intake: Intake = {
    about: { ageBand: '35-50', pregnancy: 'no', timeZone: 'Europe/London' },
    habits: {
      hoursSittingPerDay: 8,
      longestUnbrokenSittingMinutes: 120,
      deskType: 'sit',
      hoursDrivingPerDay: 1,
      leansForward: 'often',
      hooksFeetUnderChair: 'never',
      crossesLegs: 'often',
      legOnTop: 'right',
      sleepsOnStomach: 'never',
      asymmetricSports: 'none',
      hardCoreTraining: 'never',
      standsOrWalks: 'rarely',
    },
    symptoms: {
      areas: [{ area: 'low-back', side: 'middle' }],
      painNow: 3,
      duration: '6-12-weeks',
      aggravatingFactors: ['standing-up-after-sitting'],
      stiffness: 'mild',
    },
    preferences: {
      goals: ['less-pain', 'sit-comfortably'],
      minutesPerSession: 10,
      sessionsPerDay: 1,
      equipment: ['mat', 'foam-roller'],
    },
  };

  age(ageBand: AgeBand): this {
    this.intake = { ...this.intake, about: { ...this.intake.about, ageBand } };
    return this;
  }
  minutes(minutesPerSession: SessionMinutes): this {
    return this.prefs({ minutesPerSession });
  }
  sessionsPerDay(sessionsPerDay: number): this {
    return this.prefs({ sessionsPerDay });
  }
  equipment(...equipment: Equipment[]): this {
    return this.prefs({ equipment });
  }
  habits(patch: Partial<Habits>): this {
    this.intake = { ...this.intake, habits: { ...this.intake.habits, ...patch } };
    return this;
  }
  private prefs(patch: Partial<Intake['preferences']>): this {
    this.intake = { ...this.intake, preferences: { ...this.intake.preferences, ...patch } };
    return this;
  }
  build(): Intake {
    return this.intake;
  }
}

export const anIntake = (): IntakeBuilder => new IntakeBuilder();
