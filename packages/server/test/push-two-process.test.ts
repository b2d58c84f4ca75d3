import { randomBytes } from 'node:crypto';
import { asInstant, breakEvents, breakSettingsSchema } from '@psoas/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceBreakState } from '../src/breaks/breaks.service.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { pushDeliveries } from '../src/db/schema.ts';
import { upsertSubscription } from '../src/push/push-subscription.repository.ts';
import {
  eventually,
  startPushEndpoint,
  zoneAtNoon,
  type PushEndpoint,
} from './support/push-endpoint.ts';
import { startServer, type ServerProcess } from './support/server-process.ts';

/**
 * Exactly once across processes (issue 6, "Done when"): two real server processes share one
 * PostgreSQL database and one local push endpoint. Some people's reminders are already due
 * when both start (both tick everyone at start-up, racing for the same rows); the others come
 * due while both poll the queue. Every person's reminder must arrive once, not zero times and
 * not twice. Run with `npm run test:pg -- packages/server/test/push-two-process.test.ts`.
 */

const adminUrl = process.env.TEST_DATABASE_URL;
const MINUTE = 60_000;
const DUE_NOW = 4;
const DUE_LATER = 6;
const LATER_MS = 40_000;

describe.skipIf(!adminUrl)(
  `push dispatch with two server processes on PostgreSQL${adminUrl ? '' : ' (skipped: TEST_DATABASE_URL is not set; run npm run test:pg -- packages/server/test/push-two-process.test.ts)'}`,
  () => {
    const name = `psoas_push_${randomBytes(6).toString('hex')}`;
    let url: string;
    let database: Database;
    let endpoint: PushEndpoint;
    const servers: ServerProcess[] = [];

    async function admin(statement: string): Promise<void> {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(statement);
      } finally {
        await client.end();
      }
    }

    beforeAll(async () => {
      await admin(`create database ${name}`);
      const parsed = new URL(adminUrl ?? '');
      parsed.pathname = `/${name}`;
      url = parsed.toString();
      database = await openDatabase({ kind: 'postgres', url });
      endpoint = await startPushEndpoint();
    });

    afterAll(async () => {
      await Promise.all(servers.map((s) => s.stop()));
      await database?.close();
      await endpoint?.close();
      await admin(`drop database if exists ${name} with (force)`);
    });

    it('delivers each due reminder exactly once', { timeout: 120_000 }, async () => {
      const settings = breakSettingsSchema.parse({
        intervalMinutes: 15,
        workingHours: {
          timeZone: zoneAtNoon(),
          days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
          start: '00:00',
          end: '23:59',
        },
      });
      const start = Date.now();
      // Already due, and due 40-45 s from now (after both processes are up), spread out.
      const people = [
        ...Array.from({ length: DUE_NOW }, (_, i) => ({
          id: `due-now-${i}`,
          dueAt: start - i * 1_000,
        })),
        ...Array.from({ length: DUE_LATER }, (_, i) => ({
          id: `due-later-${i}`,
          dueAt: start + LATER_MS + i * 1_000,
        })),
      ];
      for (const person of people) {
        const sittingFrom = asInstant(person.dueAt - settings.intervalMinutes * MINUTE);
        await advanceBreakState(database.db, person.id, start, [
          breakEvents.settingsChanged(sittingFrom, settings),
        ]);
        const subscription = endpoint.subscribe(person.id);
        await upsertSubscription(database.db, {
          personId: person.id,
          endpoint: subscription.endpoint,
          p256dh: subscription.keys.p256dh,
          auth: subscription.keys.auth,
          userAgent: null,
          now: start,
        });
      }

      const env = {
        DATABASE_URL: url,
        PSOAS_PUSH: 'on',
        PSOAS_PUSH_ALLOW_LOCAL_ENDPOINTS: 'true',
        PSOAS_PUSH_CA_FILE: endpoint.caFile,
        PSOAS_PUSH_SUBJECT: 'mailto:test@psoas.invalid',
      };
      servers.push(...(await Promise.all([startServer(env), startServer(env)])));
      // The later ones come due while both processes poll (on a very slow machine they may
      // already be due at start-up, which is the other path and still must be exactly once).
      if (Date.now() > start + LATER_MS) console.warn('servers started after the later reminders');

      await eventually(
        () => people.every((p) => endpoint.receivedBy(p.id).length > 0),
        'a push for every person',
        LATER_MS + 30_000,
      );
      await new Promise((resolve) => setTimeout(resolve, 3_000)); // several more polls by both
      for (const person of people) {
        expect(endpoint.receivedBy(person.id), person.id).toHaveLength(1);
      }
      const deliveries = await database.db.select().from(pushDeliveries);
      expect(deliveries).toHaveLength(people.length);
      expect(deliveries.every((d) => d.status === 'sent')).toBe(true);
      for (const d of deliveries.filter((row) => row.personId.startsWith('due-later'))) {
        expect((d.sentAt?.getTime() ?? Infinity) - d.dueAt.getTime()).toBeLessThan(5_000);
      }

      for (const server of servers.splice(0)) {
        expect(await server.stop(), server.output()).toBe(0);
      }
    });
  },
);
