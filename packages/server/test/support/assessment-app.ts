import {
  EXERCISES,
  RED_FLAG_QUESTIONS,
  type Intake,
  type RedFlagId,
  type ScreeningAnswers,
} from '@psoas/core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { createCatalogueService } from '../../src/catalogue/catalogue.service.ts';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { TEST_INSTANCE_ID } from './test-app.ts';
import { openTestDatabase } from './test-database.ts';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A clock the test moves by hand; it starts on a Monday morning in London. */
export type FakeClock = {
  readonly now: () => number;
  readonly advanceDays: (days: number) => void;
  readonly set: (ms: number) => void;
};

export function fakeClock(start = Date.UTC(2026, 10, 23, 9, 0, 0)): FakeClock {
  let current = start;
  return {
    now: () => current,
    advanceDays: (days) => {
      current += days * DAY_MS;
    },
    set: (ms) => {
      current = ms;
    },
  };
}

/** The real app on a fresh test database (or a PGlite data dir), driven by `clock`. */
export async function createClockedApp(
  clock: FakeClock,
  options: { readonly dataDir?: string } = {},
): Promise<FastifyInstance> {
  const database: Database = options.dataDir
    ? await openDatabase({ kind: 'pglite', dataDir: options.dataDir })
    : await openTestDatabase();
  const catalogue = await createCatalogueService(database.db, EXERCISES);
  return buildApp({
    database,
    catalogue,
    instanceId: TEST_INSTANCE_ID,
    version: '0.0.0-test',
    now: clock.now,
  });
}

/** A valid intake with fluent-ish overrides. */
export function anIntake(
  patch: {
    painNow?: number;
    minutes?: 5 | 10 | 20;
    ageBand?: Intake['about']['ageBand'];
    equipment?: Intake['preferences']['equipment'];
  } = {},
): Intake {
  return {
    about: { ageBand: patch.ageBand ?? '35-50', pregnancy: 'no', timeZone: 'Europe/London' },
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
      painNow: patch.painNow ?? 3,
      duration: '6-12-weeks',
      aggravatingFactors: ['standing-up-after-sitting'],
      stiffness: 'mild',
    },
    preferences: {
      goals: ['less-pain', 'sit-comfortably'],
      minutesPerSession: patch.minutes ?? 10,
      sessionsPerDay: 1,
      equipment: patch.equipment ?? ['mat', 'foam-roller'],
    },
  };
}

/** Every question answered "no", except those named, answered "yes". */
export function answers(...yes: RedFlagId[]): ScreeningAnswers {
  return Object.fromEntries(
    RED_FLAG_QUESTIONS.map((q) => [q.id, yes.includes(q.id) ? 'yes' : 'no']),
  );
}

export async function post(app: FastifyInstance, url: string, payload: unknown) {
  return app.inject({ method: 'POST', url, payload: payload as object });
}
