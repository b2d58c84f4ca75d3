import { signedIn } from './support/accounts.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  asInstant,
  breakEvents,
  breakSettingsSchema,
  EXERCISES,
  pushPayloadSchema,
  routineForBreak,
  type BreakSettings,
} from '@psoas/core';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { advanceBreakState } from '../src/breaks/breaks.service.ts';
import { createCatalogueService } from '../src/catalogue/catalogue.service.ts';
import type { PushConfig } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { breakLog, pushDeliveries, pushSubscriptions } from '../src/db/schema.ts';
import { isEndpointAllowed } from '../src/push/push-endpoint.ts';
import { reminderMessage } from '../src/push/push-payload.ts';
import { loadOrCreateVapidKeys } from '../src/push/vapid-keys.repository.ts';
import {
  startPushEndpoint,
  eventually,
  zoneAtNoon,
  type PushEndpoint,
} from './support/push-endpoint.ts';
import { createTestApp, TEST_INSTANCE_ID } from './support/test-app.ts';
import { openTestDatabase } from './support/test-database.ts';

/**
 * Web Push for break reminders, end to end in one process: the real app listening on a port
 * (the queue starts once it listens), the real database (PGlite, or PostgreSQL with
 * TEST_DATABASE_URL), pg-boss, web-push, and a local https push endpoint that records what
 * arrives. Each scenario gets a fresh database, because the routes act for the one local person.
 */

const MINUTE = 60_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let endpoint: PushEndpoint;
const open: FastifyInstance[] = [];

beforeAll(async () => {
  endpoint = await startPushEndpoint();
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((app) => app.close()));
});
afterAll(async () => {
  await endpoint.close();
});

function pushConfig(patch: Partial<PushConfig> = {}): PushConfig {
  return {
    enabled: true,
    subject: 'mailto:test@psoas.invalid',
    allowLocalEndpoints: true,
    caFile: endpoint.caFile,
    ...patch,
  };
}

async function startPushApp(
  options: {
    readonly database?: Database;
    readonly listen?: boolean;
    readonly keep?: boolean;
  } = {},
): Promise<{ app: FastifyInstance; database: Database; personId: string }> {
  const database = options.database ?? (await openTestDatabase());
  const catalogue = await createCatalogueService(database.db, EXERCISES);
  const app = await buildApp({
    database,
    catalogue,
    instanceId: TEST_INSTANCE_ID,
    version: '0.0.0-test',
    push: pushConfig(),
  });
  if (!options.keep) open.push(app);
  const { app: acting, person } = await signedIn(app);
  if (options.listen ?? true) await app.listen({ port: 0, host: '127.0.0.1' });
  return { app: acting, database, personId: person.accountId };
}

/** Every day, all day, 15-minute intervals, in a zone where it is about noon now. */
function allDaySettings(): BreakSettings {
  return breakSettingsSchema.parse({
    intervalMinutes: 15,
    workingHours: {
      timeZone: zoneAtNoon(),
      days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
      start: '00:00',
      end: '23:59',
    },
  });
}

/**
 * The person's scheduler as a tab would have left it: sitting since `sittingSince`, so the
 * break is due 15 minutes later. Stored through the dispatcher's own entry point, which does
 * not count as a client reporting in.
 */
async function sittingSince(database: Database, personId: string, at: number): Promise<void> {
  await advanceBreakState(database.db, personId, Date.now(), [
    breakEvents.settingsChanged(asInstant(at), allDaySettings()),
  ]);
}

async function subscribe(app: FastifyInstance, name: string) {
  const subscription = endpoint.subscribe(name);
  const response = await app.inject({
    method: 'POST',
    url: '/api/push/subscriptions',
    payload: { ...subscription, expirationTime: null },
  });
  expect(response.statusCode).toBe(201);
  return { ...subscription, id: response.json<{ id: string }>().id };
}

describe('VAPID key pair', () => {
  it('is made on the first start and the same after a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'psoas-push-keys-'));
    try {
      const first = await startPushApp({
        database: await openDatabase({ kind: 'pglite', dataDir }),
        listen: false,
      });
      const key = (await first.app.inject('/api/push/public-key')).json<{ publicKey: string }>();
      expect(key.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
      await open.splice(0).at(0)?.close();
      const again = await startPushApp({
        database: await openDatabase({ kind: 'pglite', dataDir }),
        listen: false,
      });
      expect((await again.app.inject('/api/push/public-key')).json()).toEqual(key);
    } finally {
      await Promise.all(open.splice(0).map((app) => app.close()));
      await rm(dataDir, { recursive: true, force: true });
    }
    // Two starts on a data directory on disk, each signing a person up: slow on a busy machine.
  }, 90_000);

  it('is one pair when two starts race for it', async () => {
    const database = await openTestDatabase();
    try {
      const pairs = await Promise.all(
        Array.from({ length: 4 }, () => loadOrCreateVapidKeys(database.db, Date.now())),
      );
      expect(new Set(pairs.map((p) => p.publicKey)).size).toBe(1);
      expect(new Set(pairs.map((p) => p.privateKey)).size).toBe(1);
    } finally {
      await database.close();
    }
  });
});

describe('push subscriptions', () => {
  // One app for these: they do not depend on a person's break state.
  let app: FastifyInstance;
  let database: Database;
  beforeAll(async () => {
    ({ app, database } = await startPushApp({ listen: false, keep: true }));
  });
  afterAll(async () => {
    await app.close();
  });

  it('stores one row per endpoint, refreshes it, and forgets it', async () => {
    const first = await subscribe(app, 'laptop');
    const again = await app.inject({
      method: 'POST',
      url: '/api/push/subscriptions',
      payload: { endpoint: first.endpoint, keys: endpoint.subscribe('laptop').keys },
    });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual({ id: first.id });
    const rows = await database.db.select().from(pushSubscriptions);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.p256dh).not.toBe(first.keys.p256dh);

    for (let i = 0; i < 2; i++) {
      const gone = await app.inject({
        method: 'DELETE',
        url: '/api/push/subscriptions',
        payload: { endpoint: first.endpoint },
      });
      expect(gone.statusCode).toBe(204);
    }
    expect(await database.db.select().from(pushSubscriptions)).toEqual([]);
  });

  it.each([
    ['an http endpoint', { endpoint: 'http://127.0.0.1/push/x' }],
    ['no endpoint', { endpoint: undefined }],
    ['a short p256dh', { keys: { p256dh: 'abc', auth: 'A'.repeat(22) } }],
    ['a long auth', { keys: { p256dh: 'B'.repeat(87), auth: 'A'.repeat(30) } }],
    ['an unknown field', { extra: true }],
  ])('refuses %s with a validation problem and stores nothing', async (_, patch) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/push/subscriptions',
      payload: { ...endpoint.subscribe('bad'), ...patch },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await database.db.select().from(pushSubscriptions)).toEqual([]);
  });

  it('refuses loopback and private hosts unless the server allows them', () => {
    for (const url of [
      'https://127.0.0.1/x',
      'https://localhost:8443/x',
      'https://[::1]/x',
      'https://10.1.2.3/x',
      'https://192.168.0.9/x',
      'https://169.254.169.254/latest',
    ]) {
      expect(isEndpointAllowed(url, false)).toBe(false);
      expect(isEndpointAllowed(url, true)).toBe(true);
    }
    expect(isEndpointAllowed('https://fcm.googleapis.com/fcm/send/abc', false)).toBe(true);
    expect(isEndpointAllowed('http://fcm.googleapis.com/x', true)).toBe(false);
  });

  it('answers PUSH_DISABLED when the server runs without push', async () => {
    const app = await createTestApp();
    open.push(app);
    const response = await app.inject('/api/push/public-key');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'PUSH_DISABLED' });
  });
});

describe('push dispatch', () => {
  it('pushes a due reminder once, with a short TTL and a VAPID signature', async () => {
    const { app, database, personId } = await startPushApp();
    await sittingSince(database, personId, Date.now() - 16 * MINUTE);
    const { publicKey } = (await app.inject('/api/push/public-key')).json<{
      publicKey: string;
    }>();
    const phone = await subscribe(app, 'due-once');

    await eventually(() => endpoint.receivedBy('due-once').length > 0, 'the reminder push');
    await pause(2_000); // two more polls of the queue: nothing else may arrive
    const pushes = endpoint.receivedBy('due-once');
    expect(pushes).toHaveLength(1);
    const headers = pushes[0]?.headers ?? {};
    expect(headers.ttl).toBe('300');
    expect(headers.urgency).toBe('normal');
    expect(headers.topic).toBe('break-reminder');
    expect(headers['content-encoding']).toBe('aes128gcm');
    expect(String(headers.authorization)).toMatch(/^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=/);
    expect(String(headers.authorization)).toContain(`k=${publicKey}`);
    expect(pushes[0]?.bodyBytes).toBeGreaterThan(100);

    const deliveries = await database.db.select().from(pushDeliveries);
    expect(deliveries).toHaveLength(1);
    const delivery = deliveries[0];
    expect(delivery).toMatchObject({ subscriptionId: phone.id, status: 'sent', reason: 'due' });
    const lateness = (delivery?.sentAt?.getTime() ?? Infinity) - (delivery?.dueAt.getTime() ?? 0);
    expect(lateness).toBeGreaterThanOrEqual(0);
    expect(lateness).toBeLessThan(5_000);
    const [subscription] = await database.db.select().from(pushSubscriptions);
    expect(subscription?.lastSuccessAt).not.toBeNull();
  });

  it('does not push while a tab or terminal reported in the last 90 s', async () => {
    const { app, database, personId } = await startPushApp();
    // Due 4 s from now; a tab reports activity just before.
    await sittingSince(database, personId, Date.now() - 15 * MINUTE + 4_000);
    await subscribe(app, 'client-running');
    const posted = await app.inject({
      method: 'POST',
      url: '/api/breaks/events',
      payload: {
        source: 'web',
        events: [
          { id: 'activity-0001', event: { kind: 'activity', now: new Date().toISOString() } },
        ],
      },
    });
    expect(posted.statusCode).toBe(200);

    // The queue's tick makes the reminder (the log says so) but leaves it to the tab.
    await eventually(async () => {
      const log = await database.db.select().from(breakLog).where(eq(breakLog.kind, 'reminded'));
      return log.length > 0;
    }, 'the reminder to be made');
    await pause(1_500);
    expect(endpoint.receivedBy('client-running')).toEqual([]);
    expect(await database.db.select().from(pushDeliveries)).toEqual([]);
  });

  it('sends again after a failure the push service gets over, and delivers once', async () => {
    const { app, database, personId } = await startPushApp();
    await sittingSince(database, personId, Date.now() - 16 * MINUTE);
    endpoint.answerNext('flaky-phone', 503);
    await subscribe(app, 'flaky-phone');

    await eventually(async () => {
      const [row] = await database.db.select().from(pushDeliveries);
      return row?.status === 'sent';
    }, 'the reminder to be sent on the second try');
    // The 503 and the retry reached the endpoint; the person got one reminder.
    expect(endpoint.receivedBy('flaky-phone')).toHaveLength(2);
    const deliveries = await database.db.select().from(pushDeliveries);
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ status: 'sent', statusCode: 201 });
  });

  it('switches a subscription off when the push service answers 410 Gone', async () => {
    const { app, database, personId } = await startPushApp();
    await sittingSince(database, personId, Date.now() - 16 * MINUTE);
    endpoint.answer('gone-phone', 410);
    await subscribe(app, 'gone-phone');

    await eventually(async () => {
      const [row] = await database.db.select().from(pushSubscriptions);
      return row?.active === false;
    }, 'the subscription to be switched off');
    expect(endpoint.receivedBy('gone-phone')).toHaveLength(1);
    const [delivery] = await database.db.select().from(pushDeliveries);
    expect(delivery).toMatchObject({ status: 'gone', statusCode: 410, sentAt: null });

    // Nothing more is sent to it, not even a test.
    const test = await app.inject({ method: 'POST', url: '/api/push/test' });
    expect(test.json()).toEqual({ results: [] });
  });

  it('sends a test notification to every subscription and reports each', async () => {
    const { app } = await startPushApp({ listen: false });
    const ok = await subscribe(app, 'test-ok');
    const failing = await subscribe(app, 'test-failing');
    endpoint.answer('test-failing', 500);

    const response = await app.inject({ method: 'POST', url: '/api/push/test' });
    expect(response.statusCode).toBe(200);
    const { results } = response.json<{
      results: { subscriptionId: string; outcome: string; statusCode: number | null }[];
    }>();
    expect(results).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subscriptionId: ok.id, outcome: 'sent', statusCode: 201 }),
        expect.objectContaining({ subscriptionId: failing.id, outcome: 'failed', statusCode: 500 }),
      ]),
    );
    expect(endpoint.receivedBy('test-ok')).toHaveLength(1);
    expect(endpoint.receivedBy('test-ok')[0]?.headers.ttl).toBe('60');
  });

  it('builds payloads the service worker can read', () => {
    const message = reminderMessage(
      {
        kind: 'reminder',
        at: asInstant(1_000),
        dueAt: asInstant(1_000),
        urgency: 'insistent',
        reason: 'repeat',
        canSnooze: false,
        routine: routineForBreak(0, 2),
      },
      asInstant(Date.UTC(2026, 0, 5, 10)),
    );
    const payload = pushPayloadSchema.parse(message.payload);
    expect(payload).toMatchObject({
      type: 'break-reminder',
      urgency: 'insistent',
      reason: 'repeat',
    });
    expect(payload.dueAt).toBe('2026-01-05T10:00:00.000Z');
    expect(message.urgency).toBe('high');
    expect(Buffer.byteLength(JSON.stringify(payload))).toBeLessThan(3_000);
  });
});
