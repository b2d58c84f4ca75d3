import { EXERCISES } from '@psoas/core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/app.ts';
import { createCatalogueService } from '../../../src/catalogue/catalogue.service.ts';
import type { Db } from '../../../src/db/database.ts';
import { TEST_INSTANCE_ID } from '../test-app.ts';
import { openTestDatabase } from '../test-database.ts';

/** Monday 23 November 2026, 09:00 UTC: the attack suites' fixed clock. */
export const ATTACK_NOW = Date.UTC(2026, 10, 23, 9, 0, 0);

export type AttackApp = {
  readonly app: FastifyInstance;
  /** The app's own database, for counting rows before and after an attack. */
  readonly db: Db;
};

/**
 * The real app on a fresh database, with Web Push switched on so the push routes are the
 * real ones (with push off they answer PUSH_DISABLED before looking at whose subscription it
 * is). It never listens, so the reminder queue never starts; loopback endpoints are allowed so
 * a test notification fails at once against a closed local port instead of going out.
 */
export async function startAttackApp(): Promise<AttackApp> {
  const database = await openTestDatabase();
  const catalogue = await createCatalogueService(database.db, EXERCISES);
  const app = await buildApp({
    database,
    catalogue,
    instanceId: TEST_INSTANCE_ID,
    version: '0.0.0-test',
    now: () => ATTACK_NOW,
    push: {
      enabled: true,
      subject: 'mailto:attack@psoas.invalid',
      allowLocalEndpoints: true,
      caFile: undefined,
    },
  });
  return { app, db: database.db };
}
