import { EXERCISES } from '@psoas/core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { createCatalogueService } from '../../src/catalogue/catalogue.service.ts';
import { openTestDatabase } from './test-database.ts';

export const TEST_INSTANCE_ID = '00000000-0000-4000-8000-000000000001';

/** The real app on a fresh database, synced with the built-in catalogue, not listening. */
export async function createTestApp(): Promise<FastifyInstance> {
  const database = await openTestDatabase();
  const catalogue = await createCatalogueService(database.db, EXERCISES);
  return buildApp({
    database,
    catalogue,
    instanceId: TEST_INSTANCE_ID,
    version: '0.0.0-test',
    now: () => Date.UTC(2026, 10, 23, 9, 0, 0),
  });
}
