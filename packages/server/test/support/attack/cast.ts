import { randomBytes, randomUUID } from 'node:crypto';
import {
  CHECKLISTS_BY_ID,
  createdTokenSchema,
  intakeRecordSchema,
  planResponseSchema,
  pushSubscriptionCreatedSchema,
  screeningRecordSchema,
  selfTestRecordSchema,
  sessionLogSchema,
  type ChecklistId,
} from '@psoas/core';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { anIntake, answers } from '../assessment-app.ts';
import { signUpPerson, type TestPerson } from '../accounts.ts';
import { ATTACK_NOW } from './attack-app.ts';

/**
 * The people every attack is played with: an admin (the first account of the install), the
 * owner of real records of every kind, and another person who has none. What the owner stored
 * is remembered: the ids to aim at, and the distinctive values that must never show up in an
 * answer to anyone else.
 */

/** A time zone nobody else uses: if it appears in another person's answer, it leaked. */
export const OWNER_TIME_ZONE = 'Pacific/Chatham';
export const CHECKLIST: ChecklistId = 'abdominal-release';

export type OwnerRecords = {
  readonly intakeId: string;
  readonly screeningId: string;
  readonly selfTestIds: readonly string[];
  readonly sessionId: string;
  readonly sessionNote: string;
  readonly sessionKey: string;
  readonly exerciseId: string;
  readonly planDate: string;
  readonly breakEventIds: readonly string[];
  readonly pushEndpoint: string;
  readonly pushSubscriptionId: string;
  /** A token made only to be revoked by DELETE /api/auth/tokens/{id}. */
  readonly spareTokenId: string;
  readonly spareTokenName: string;
};

export type Cast = {
  readonly app: FastifyInstance;
  readonly admin: TestPerson;
  readonly owner: TestPerson;
  readonly other: TestPerson;
  readonly records: OwnerRecords;
};

export type Role = 'anonymous' | 'other' | 'owner' | 'admin';

export function memberOf(cast: Cast, role: Role): TestPerson | null {
  return role === 'anonymous' ? null : cast[role];
}

/** Something unique to put in a free-text field: `${label}-<random hex>`. */
export function marker(label: string): string {
  return `${label}-${randomBytes(6).toString('hex')}`;
}

async function expectStatus(
  what: string,
  response: Promise<LightMyRequestResponse>,
  status: number,
): Promise<LightMyRequestResponse> {
  const answer = await response;
  if (answer.statusCode !== status) {
    throw new Error(`${what}: expected ${status}, got ${answer.statusCode} ${answer.body}`);
  }
  return answer;
}

/** A valid push subscription body; the endpoint is a closed local port, so sending fails fast. */
export function aPushSubscription(endpoint: string) {
  return {
    endpoint,
    keys: {
      p256dh: randomBytes(65).toString('base64url'),
      auth: randomBytes(16).toString('base64url'),
    },
  };
}

/** A valid session log of `exerciseId` on `date`, finished at the attack clock's now. */
export function aSessionLog(exerciseId: string, date: string, note: string) {
  const done = { sets: 1, reps: 1, heldSeconds: 30, skippedSteps: 0 };
  return {
    date,
    startedAt: new Date(ATTACK_NOW - 12 * 60_000).toISOString(),
    finishedAt: new Date(ATTACK_NOW).toISOString(),
    outcome: 'completed',
    plannedSeconds: 600,
    activeSeconds: 540,
    items: [
      { exerciseId, side: 'left', planned: { sets: 1, repsPerSet: 1, holdSeconds: 30 }, done },
    ],
    feedback: [{ exerciseId, rating: 'about-right', pain: 1 }],
    painNow: 2,
    note,
  };
}

export function aSelfTest() {
  const side = { thigh: 'below-horizontal', knee: 'hangs-down', thighDriftsOut: false };
  return {
    thomas: { left: { ...side, thigh: 'above-horizontal' }, right: side },
    bridgeHold: { left: { seconds: 40 }, right: { seconds: 20 } },
  };
}

export function aBreakEvent(id: string) {
  return { id, event: { kind: 'activity', now: new Date(ATTACK_NOW - 60_000).toISOString() } };
}

function anOwnerIntake() {
  const intake = anIntake({ painNow: 3 });
  return { ...intake, about: { ...intake.about, timeZone: OWNER_TIME_ZONE } };
}

/** Signs the three people up (the admin first) and stores the owner's records. */
export async function assembleCast(app: FastifyInstance): Promise<Cast> {
  const admin = await signUpPerson(app, { name: 'Attack Admin' });
  const owner = await signUpPerson(app, { name: 'Attack Owner' });
  const other = await signUpPerson(app, { name: 'Attack Other' });
  const as = owner.inject;
  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    as({ method: 'POST', url, payload, headers });

  const intake = await expectStatus('intake', post('/api/intakes', anOwnerIntake()), 201);
  const screening = await expectStatus(
    'screening',
    post('/api/screenings', { answers: answers(), ageBand: '35-50' }),
    201,
  );
  const selfTestIds: string[] = [];
  for (let i = 0; i < 2; i++) {
    const selfTest = await expectStatus('self-test', post('/api/self-tests', aSelfTest()), 201);
    selfTestIds.push(selfTestRecordSchema.parse(selfTest.json()).id);
  }
  const clearance = Object.fromEntries(
    CHECKLISTS_BY_ID[CHECKLIST].questions.map((q) => [q.id, 'no']),
  );
  await expectStatus(
    'checklist',
    post(`/api/checklists/${CHECKLIST}/answers`, { answers: clearance }),
    200,
  );
  const plan = planResponseSchema.parse(
    (await expectStatus('plan', as({ method: 'GET', url: '/api/plan' }), 200)).json(),
  );
  const planDate = plan.today.date;
  const exerciseId = plan.today.sessions[0]?.items[0]?.exerciseId;
  if (!exerciseId) throw new Error("the owner's plan has no exercise today");
  // Too hard twice: the progression steps down, a change the owner (and nobody else) can undo.
  for (let i = 0; i < 2; i++) {
    await expectStatus(
      'feedback',
      post('/api/feedback', {
        date: planDate,
        items: [{ exerciseId, rating: 'too-hard', pain: 1 }],
      }),
      200,
    );
  }
  const sessionNote = marker('owner-note');
  const sessionKey = randomUUID();
  const session = await expectStatus(
    'session',
    post('/api/sessions', aSessionLog(exerciseId, planDate, sessionNote), {
      'idempotency-key': sessionKey,
    }),
    201,
  );
  await expectStatus(
    'break settings',
    as({
      method: 'PUT',
      url: '/api/breaks/settings',
      payload: { workingHours: { timeZone: OWNER_TIME_ZONE } },
    }),
    200,
  );
  const breakEventIds = [marker('owner-evt'), marker('owner-evt')];
  await expectStatus(
    'break events',
    post('/api/breaks/events', { source: 'web', events: breakEventIds.map(aBreakEvent) }),
    200,
  );
  const pushEndpoint = `https://127.0.0.1:9/${marker('owner-push')}`;
  const subscription = await expectStatus(
    'push subscription',
    post('/api/push/subscriptions', aPushSubscription(pushEndpoint)),
    201,
  );
  const spareTokenName = marker('owner-spare-token');
  const spare = await expectStatus(
    'spare token',
    app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      payload: { email: owner.email, password: owner.password, name: spareTokenName },
    }),
    201,
  );

  return {
    app,
    admin,
    owner,
    other,
    records: {
      intakeId: intakeRecordSchema.parse(intake.json()).id,
      screeningId: screeningRecordSchema.parse(screening.json()).id,
      selfTestIds,
      sessionId: sessionLogSchema.parse(session.json()).id,
      sessionNote,
      sessionKey,
      exerciseId,
      planDate,
      breakEventIds,
      pushEndpoint,
      pushSubscriptionId: pushSubscriptionCreatedSchema.parse(subscription.json()).id,
      spareTokenId: createdTokenSchema.parse(spare.json()).id,
      spareTokenName,
    },
  };
}

/**
 * What identifies the owner or their records: none of it may appear in an answer to anyone
 * but the owner (and admins on admin routes, which list accounts).
 */
export function ownerMarkers(cast: Cast): readonly string[] {
  const { records, owner } = cast;
  return [
    owner.accountId,
    owner.email,
    records.intakeId,
    records.screeningId,
    ...records.selfTestIds,
    records.sessionId,
    records.sessionNote,
    records.sessionKey,
    ...records.breakEventIds,
    records.pushEndpoint,
    records.pushSubscriptionId,
    records.spareTokenId,
    records.spareTokenName,
    OWNER_TIME_ZONE,
  ];
}
