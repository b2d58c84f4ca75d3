import { randomUUID } from 'node:crypto';
import { CHECKLISTS_BY_ID, EXPORT_FORMAT, EXPORT_KINDS, EXPORT_VERSION } from '@psoas/core';
import { anIntake, answers } from '../assessment-app.ts';
import { TEST_PASSWORD, type TestPerson } from '../accounts.ts';
import type { Access } from '../../../src/auth/principal.ts';
import {
  CHECKLIST,
  OWNER_TIME_ZONE,
  aBreakEvent,
  aPushSubscription,
  aSelfTest,
  aSessionLog,
  marker,
  type Cast,
} from './cast.ts';

/**
 * The authorization matrix: for every operation of /api/openapi.json, a valid request and
 * what each caller gets for it. The test fails for an operation without an entry here (a new
 * route must say who may call it) and for an entry whose operation is gone.
 *
 * Callers: `anonymous`; `other`, a signed-in person who is not the owner; `admin`, the
 * install's first account, who on personal routes is just another person; and the `owner`,
 * who has records of every kind. They are played in that order, the owner last, so an owner's
 * success after the others tried proves the others changed nothing of theirs.
 */

export type Outcome = {
  readonly status: number;
  /** The problem's code, for a refusal. */
  readonly code?: string;
  /** Parts the JSON answer must have (toMatchObject). */
  readonly body?: Readonly<Record<string, unknown>> | ((cast: Cast) => Record<string, unknown>);
};

export type MatrixRequest = {
  /** The URL, path parameters filled in. */
  readonly url: string;
  readonly payload?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
};

export type MatrixEntry = {
  /** What the route declares; must agree with the document (public routes have no security). */
  readonly access: Access;
  /** A valid request as `actor` (null: anonymous) would send it; credentials are added after. */
  readonly request: (cast: Cast, actor: TestPerson | null) => MatrixRequest;
  readonly expect: {
    readonly anonymous: Outcome;
    readonly other: Outcome;
    readonly admin: Outcome;
    readonly owner: Outcome;
  };
  /**
   * The request aims at the owner's records: when `other` or `admin` send it, not one row may
   * be added or removed anywhere.
   */
  readonly aimsAtOwner?: true;
  /**
   * A read that is recorded in the audit log: a 2xx answer adds exactly one audit event and
   * nothing else (any other read must store nothing at all).
   */
  readonly audited?: true;
  /**
   * It ends the credential it is sent with (sign-out: each caller sends it with a token made
   * for the purpose) or the caller's whole account. Played after every other entry, accounts
   * last; afterwards the credential must be refused.
   */
  readonly ends?: 'credential' | 'account';
};

const status = (code: number, body?: Outcome['body']): Outcome =>
  body === undefined ? { status: code } : { status: code, body };
const refused = (code: number, problemCode: string): Outcome => ({
  status: code,
  code: problemCode,
});
const SIGN_IN_FIRST = refused(401, 'AUTHENTICATION_REQUIRED');
const NOT_ADMIN = refused(403, 'FORBIDDEN');

/** The same outcome for every caller (public routes). */
const everyone = (outcome: Outcome) => ({
  anonymous: outcome,
  other: outcome,
  admin: outcome,
  owner: outcome,
});
/** A personal route each signed-in caller may use on their own data, with the same outcome. */
const eachOwn = (outcome: Outcome) => ({
  anonymous: SIGN_IN_FIRST,
  other: outcome,
  admin: outcome,
  owner: outcome,
});
/** A personal read: the owner gets theirs, the others `nothing` (an empty list, a 404...). */
const ownerOnly = (owner: Outcome, nothing: Outcome) => ({
  anonymous: SIGN_IN_FIRST,
  other: nothing,
  admin: nothing,
  owner,
});

const get = (url: string) => () => ({ url });
/** The email and password of the caller, or of `other` when nobody is signed in. */
const credentialsOf = (cast: Cast, actor: TestPerson | null) => {
  const who = actor ?? cast.other;
  return { email: who.email, password: who.password };
};
const isOwner = (cast: Cast, actor: TestPerson | null) => actor?.accountId === cast.owner.accountId;
/** An export file holding one intake, for POST /api/me/import. */
function anExport(actor: TestPerson | null) {
  const records = Object.fromEntries(EXPORT_KINDS.map((kind) => [kind, [] as unknown[]]));
  records.intakes = [
    { id: randomUUID(), recordedAt: '2026-11-01T08:00:00.000Z', data: anIntake() },
  ];
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: '2026-11-02T08:00:00.000Z',
    account: {
      email: actor?.email ?? 'nobody@example.test',
      name: 'Imported',
      role: 'person',
      createdAt: '2026-10-01T08:00:00.000Z',
    },
    records,
  };
}
const allNo = Object.fromEntries(CHECKLISTS_BY_ID[CHECKLIST].questions.map((q) => [q.id, 'no']));

export const MATRIX: Readonly<Record<string, MatrixEntry>> = {
  'GET /healthz': { access: 'public', request: get('/healthz'), expect: everyone(status(200)) },

  // ------------------------------------------------------------------ accounts
  'POST /api/auth/signup': {
    access: 'public',
    request: () => ({
      url: '/api/auth/signup',
      payload: {
        email: `signup-${randomUUID()}@example.test`,
        password: TEST_PASSWORD,
        name: 'New',
      },
    }),
    expect: everyone(status(201, { account: { role: 'person' } })),
  },
  'POST /api/auth/login': {
    access: 'public',
    request: (cast, actor) => ({ url: '/api/auth/login', payload: credentialsOf(cast, actor) }),
    expect: everyone(status(200)),
  },
  'POST /api/auth/tokens': {
    access: 'public',
    request: (cast, actor) => ({
      url: '/api/auth/tokens',
      payload: { ...credentialsOf(cast, actor), name: 'matrix' },
    }),
    expect: everyone(status(201)),
  },
  'POST /api/auth/logout': {
    access: 'person',
    request: () => ({ url: '/api/auth/logout' }),
    expect: eachOwn(status(204)),
    ends: 'credential',
  },
  'GET /api/me': {
    access: 'person',
    request: get('/api/me'),
    expect: {
      anonymous: SIGN_IN_FIRST,
      other: status(200, (cast) => ({ account: { id: cast.other.accountId, role: 'person' } })),
      admin: status(200, (cast) => ({ account: { id: cast.admin.accountId, role: 'admin' } })),
      owner: status(200, (cast) => ({ account: { id: cast.owner.accountId, role: 'person' } })),
    },
  },
  'GET /api/me/audit': {
    access: 'person',
    request: get('/api/me/audit'),
    expect: eachOwn(status(200)),
  },
  'GET /api/auth/tokens': {
    access: 'person',
    request: get('/api/auth/tokens'),
    expect: eachOwn(status(200)),
  },
  'DELETE /api/auth/tokens/{id}': {
    access: 'person',
    request: (cast) => ({ url: `/api/auth/tokens/${cast.records.spareTokenId}` }),
    expect: ownerOnly(status(204), refused(404, 'TOKEN_NOT_FOUND')),
    aimsAtOwner: true,
  },
  'GET /api/admin/accounts': {
    access: 'admin',
    request: get('/api/admin/accounts'),
    expect: { anonymous: SIGN_IN_FIRST, other: NOT_ADMIN, admin: status(200), owner: NOT_ADMIN },
  },
  'PUT /api/admin/accounts/{id}/role': {
    access: 'admin',
    // Everyone tries to make the owner an admin; only an admin may, and leaves them a person.
    request: (cast) => ({
      url: `/api/admin/accounts/${cast.owner.accountId}/role`,
      payload: { role: 'person' },
    }),
    expect: {
      anonymous: SIGN_IN_FIRST,
      other: NOT_ADMIN,
      admin: status(200, { role: 'person' }),
      owner: NOT_ADMIN,
    },
  },

  // ------------------------------------------------------------------ privacy
  'GET /api/me/export': {
    access: 'person',
    request: get('/api/me/export'),
    expect: ownerOnly(
      status(200, (cast) => ({
        account: { email: cast.owner.email },
        records: {
          intakes: [{ id: cast.records.intakeId }],
          sessionLogs: [{ id: cast.records.sessionId }],
        },
      })),
      status(200, { records: { intakes: [], sessionLogs: [], selfTests: [], breakEvents: [] } }),
    ),
    audited: true,
  },
  'POST /api/me/import': {
    access: 'person',
    request: (_cast, actor) => ({ url: '/api/me/import', payload: anExport(actor) }),
    expect: eachOwn(status(200, { imported: { intakes: 1 } })),
  },
  'DELETE /api/me': {
    access: 'person',
    request: (_cast, actor) => ({
      url: '/api/me',
      payload: { password: actor?.password ?? TEST_PASSWORD },
    }),
    expect: eachOwn(status(204)),
    ends: 'account',
  },

  // ------------------------------------------------------------------ catalogue
  'GET /api/exercises': {
    access: 'public',
    request: get('/api/exercises'),
    expect: everyone(status(200)),
  },
  'GET /api/exercises/{id}': {
    access: 'public',
    request: (cast) => ({ url: `/api/exercises/${cast.records.exerciseId}` }),
    expect: everyone(status(200)),
  },
  'GET /api/checklists/{id}': {
    access: 'public',
    request: get(`/api/checklists/${CHECKLIST}`),
    expect: everyone(status(200, { id: CHECKLIST })),
  },
  'POST /api/checklists/{id}/answers': {
    access: 'person',
    request: () => ({ url: `/api/checklists/${CHECKLIST}/answers`, payload: { answers: allNo } }),
    expect: eachOwn(status(200, { cleared: true })),
  },

  // ------------------------------------------------------------------ assessment
  'POST /api/intakes': {
    access: 'person',
    request: () => ({ url: '/api/intakes', payload: anIntake() }),
    expect: eachOwn(status(201)),
  },
  'GET /api/intakes': {
    access: 'person',
    request: get('/api/intakes'),
    expect: ownerOnly(
      status(200, (cast) => ({ items: [{ id: cast.records.intakeId }] })),
      status(200, { items: [] }),
    ),
  },
  'GET /api/intakes/latest': {
    access: 'person',
    request: get('/api/intakes/latest'),
    expect: ownerOnly(
      status(200, (cast) => ({ id: cast.records.intakeId })),
      refused(404, 'INTAKE_MISSING'),
    ),
  },
  'GET /api/screening/questions': {
    access: 'public',
    request: get('/api/screening/questions'),
    expect: everyone(status(200)),
  },
  'POST /api/screenings': {
    access: 'person',
    request: () => ({ url: '/api/screenings', payload: { answers: answers(), ageBand: '35-50' } }),
    expect: eachOwn(status(201)),
  },
  'GET /api/screenings/latest': {
    access: 'person',
    request: get('/api/screenings/latest'),
    expect: ownerOnly(
      status(200, (cast) => ({ id: cast.records.screeningId })),
      refused(404, 'SCREENING_MISSING'),
    ),
  },
  'POST /api/self-tests': {
    access: 'person',
    request: () => ({ url: '/api/self-tests', payload: aSelfTest() }),
    expect: eachOwn(status(201)),
  },
  'GET /api/self-tests': {
    access: 'person',
    request: get('/api/self-tests'),
    expect: ownerOnly(
      status(200, (cast) => ({
        items: [...cast.records.selfTestIds].reverse().map((id) => ({ id })),
      })),
      status(200, { items: [] }),
    ),
  },
  'GET /api/self-tests/comparison': {
    access: 'person',
    request: get('/api/self-tests/comparison'),
    expect: ownerOnly(status(200), refused(404, 'SELF_TESTS_MISSING')),
  },
  'GET /api/self-tests/latest': {
    access: 'person',
    request: get('/api/self-tests/latest'),
    expect: ownerOnly(
      status(200, (cast) => ({ id: cast.records.selfTestIds.at(-1) })),
      refused(404, 'SELF_TESTS_MISSING'),
    ),
  },

  // ------------------------------------------------------------------ plan
  'GET /api/plan': {
    access: 'person',
    request: get('/api/plan'),
    expect: ownerOnly(
      status(200, (cast) => ({ intakeId: cast.records.intakeId })),
      // Their own plan's refusal: they have no intake, whatever the owner has.
      refused(409, 'INTAKE_MISSING'),
    ),
  },
  'POST /api/feedback': {
    access: 'person',
    request: (cast) => ({
      url: '/api/feedback',
      payload: {
        date: cast.records.planDate,
        items: [{ exerciseId: cast.records.exerciseId, rating: 'too-easy', pain: 1 }],
      },
    }),
    expect: eachOwn(status(200)),
  },
  'POST /api/progression/undo': {
    access: 'person',
    request: () => ({ url: '/api/progression/undo' }),
    // The others' feedback changed nothing of theirs; nor may their undo reach the owner's.
    expect: ownerOnly(status(200), refused(409, 'NOTHING_TO_UNDO')),
  },
  'GET /api/progression': {
    access: 'person',
    request: get('/api/progression'),
    expect: eachOwn(status(200)),
  },

  // ------------------------------------------------------------------ sessions
  'POST /api/sessions': {
    access: 'person',
    // The others reuse the owner's Idempotency-Key: keys are per person, so theirs is a new
    // session (201), not a replay of the owner's (200) nor a clash with it (422).
    request: (cast, actor) => ({
      url: '/api/sessions',
      payload: aSessionLog(cast.records.exerciseId, cast.records.planDate, marker('note')),
      headers: { 'idempotency-key': isOwner(cast, actor) ? randomUUID() : cast.records.sessionKey },
    }),
    expect: eachOwn(status(201)),
  },
  'GET /api/sessions': {
    access: 'person',
    request: get('/api/sessions'),
    expect: ownerOnly(
      status(200, (cast) => ({ sessions: [{ id: cast.records.sessionId }] })),
      status(200, { sessions: [] }),
    ),
  },
  'GET /api/sessions/{id}': {
    access: 'person',
    request: (cast) => ({ url: `/api/sessions/${cast.records.sessionId}` }),
    expect: ownerOnly(
      status(200, (cast) => ({ id: cast.records.sessionId, note: cast.records.sessionNote })),
      refused(404, 'SESSION_NOT_FOUND'),
    ),
  },

  // ------------------------------------------------------------------ breaks
  'GET /api/breaks/settings': {
    access: 'person',
    request: get('/api/breaks/settings'),
    expect: ownerOnly(
      status(200, { isDefault: false, settings: { workingHours: { timeZone: OWNER_TIME_ZONE } } }),
      status(200, { isDefault: true, settings: { workingHours: { timeZone: 'UTC' } } }),
    ),
  },
  'PUT /api/breaks/settings': {
    access: 'person',
    request: (cast, actor) => ({
      url: '/api/breaks/settings',
      payload: { workingHours: { timeZone: isOwner(cast, actor) ? OWNER_TIME_ZONE : 'UTC' } },
    }),
    expect: eachOwn(status(200, { isDefault: false })),
  },
  'POST /api/breaks/events': {
    access: 'person',
    // The others send the owner's event ids: ids are per person, so theirs are new events.
    request: (cast) => ({
      url: '/api/breaks/events',
      payload: { source: 'cli', events: [aBreakEvent(cast.records.breakEventIds[0] ?? '')] },
    }),
    expect: {
      anonymous: SIGN_IN_FIRST,
      other: status(200, { accepted: 1, duplicates: 0 }),
      admin: status(200, { accepted: 1, duplicates: 0 }),
      owner: status(200, { accepted: 0, duplicates: 1 }),
    },
  },
  'GET /api/breaks/state': {
    access: 'person',
    request: get('/api/breaks/state'),
    expect: eachOwn(status(200)),
  },
  'GET /api/breaks/stats': {
    access: 'person',
    request: get('/api/breaks/stats'),
    expect: eachOwn(status(200)),
  },

  // ------------------------------------------------------------------ push
  'GET /api/push/public-key': {
    access: 'public',
    request: get('/api/push/public-key'),
    expect: everyone(status(200)),
  },
  'POST /api/push/subscriptions': {
    access: 'person',
    request: () => ({
      url: '/api/push/subscriptions',
      payload: aPushSubscription(`https://127.0.0.1:9/${marker('push')}`),
    }),
    expect: eachOwn(status(201)),
  },
  'DELETE /api/push/subscriptions': {
    access: 'person',
    // Everyone names the owner's endpoint; only the owner's request may remove it.
    request: (cast) => ({
      url: '/api/push/subscriptions',
      payload: { endpoint: cast.records.pushEndpoint },
    }),
    expect: eachOwn(status(204)),
    aimsAtOwner: true,
  },
  'POST /api/push/test': {
    access: 'person',
    request: () => ({ url: '/api/push/test' }),
    expect: eachOwn(status(200)),
  },
};
