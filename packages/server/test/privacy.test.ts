import { randomUUID } from 'node:crypto';
import {
  CHECKLISTS_BY_ID,
  EXERCISES,
  EXPORT_KINDS,
  SESSION_COOKIE,
  auditLogSchema,
  detailedProblemSchema,
  importResponseSchema,
  personalExportSchema,
  planResponseSchema,
  type PersonalExport,
  type PlanItem,
} from '@psoas/core';
import { count, eq, getTableColumns, getTableName, is } from 'drizzle-orm';
import { PgTable, type PgColumn } from 'drizzle-orm/pg-core';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { createCatalogueService } from '../src/catalogue/catalogue.service.ts';
import type { Db } from '../src/db/database.ts';
import * as schema from '../src/db/schema.ts';
import { accounts, pushDeliveries, pushSubscriptions } from '../src/db/schema.ts';
import { csvCell, toCsv } from '../src/privacy/csv.ts';
import { PERSON_TABLES, personColumn, personTableNames } from '../src/privacy/person-tables.ts';
import { localDate } from '../src/plan/plan.service.ts';
import {
  TEST_PASSWORD,
  browserWriteHeaders,
  signInBrowser,
  signUpPerson,
  type TestPerson,
} from './support/accounts.ts';
import { anIntake, answers, fakeClock } from './support/assessment-app.ts';
import { TEST_INSTANCE_ID } from './support/test-app.ts';
import { openTestDatabase } from './support/test-database.ts';

/** RFC 4180 read back, so the test does not trust the writer it checks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c ?? '';
  }
  if (cell !== '' || row.length > 0) throw new Error('the CSV does not end with CRLF');
  return rows;
}

describe('PERSON_TABLES', () => {
  it('names every table of schema.ts that has a person_id column, once', () => {
    const owned = Object.values(schema)
      .filter((value: unknown): value is PgTable => is(value, PgTable))
      .filter((table) => {
        const columns: Record<string, PgColumn> = getTableColumns(table);
        return Object.values(columns).some((c) => c.name === 'person_id');
      })
      .map((table) => getTableName(table));
    const listed = personTableNames();
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...owned].sort());
    expect(owned.length).toBeGreaterThan(10);
  });

  it('gives every export kind but the audit log exactly one table', () => {
    const kinds = PERSON_TABLES.flatMap((e) => (e.kind ? [e.kind] : []));
    expect([...kinds, 'auditEvents'].sort()).toEqual([...EXPORT_KINDS].sort());
  });
});

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    [-3, '-3'],
    [true, 'true'],
    [null, ''],
    [{ a: [1, '=x'] }, '"{""a"":[1,""=x""]}"'],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes a header row and a line per row, CRLF-terminated', () => {
    const text = toCsv(['id', 'note'], [{ id: 'a', note: 'x,y', extra: 1 }, { id: 'b' }]);
    expect(text).toBe('id,note\r\na,"x,y"\r\nb,\r\n');
    expect(parseCsv(text)).toEqual([
      ['id', 'note'],
      ['a', 'x,y'],
      ['b', ''],
    ]);
  });
});

// ------------------------------------------------------------------------- the routes

const clock = fakeClock();
let app: FastifyInstance;
let db: Db;
let ana: TestPerson;
let bo: TestPerson;
/** Ana's export, her answers before the deletion, and Bo's row counts. */
let anaExport: PersonalExport;
let anaBefore: { plan: unknown; sessions: unknown; settings: unknown };
let boCounts: Record<string, number>;

async function rowCounts(personId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const entry of PERSON_TABLES) {
    const [row] = await db
      .select({ n: count() })
      .from(entry.table)
      .where(eq(personColumn(entry.table), personId));
    counts[getTableName(entry.table)] = row?.n ?? 0;
  }
  return counts;
}

function problemOf(res: LightMyRequestResponse, status: number) {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  return detailedProblemSchema.parse(res.json());
}

/** Record ids change on import; everything else must not. */
function withoutIds(body: unknown): unknown {
  return JSON.parse(
    JSON.stringify(body).replace(
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
      '<id>',
    ),
  );
}

async function exportOf(person: TestPerson): Promise<PersonalExport> {
  const res = await person.inject('/api/me/export');
  expect(res.statusCode).toBe(200);
  return personalExportSchema.parse(res.json());
}

async function answersOf(person: TestPerson) {
  const get = async (url: string) => {
    const res = await person.inject(url);
    expect(res.statusCode, url).toBe(200);
    return withoutIds(res.json());
  };
  return {
    plan: await get('/api/plan'),
    sessions: await get('/api/sessions'),
    settings: await get('/api/breaks/settings'),
  };
}

function importInto(person: TestPerson, body: unknown) {
  return person.inject({ method: 'POST', url: '/api/me/import', payload: body as object });
}

/** Everything a person records: intake, screening, self-tests, a clearance, a session... */
async function recordEverything(person: TestPerson, note: string): Promise<void> {
  const post = async (url: string, payload: object, headers: Record<string, string> = {}) => {
    const res = await person.inject({ method: 'POST', url, payload, headers });
    expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(300);
    return res;
  };
  await post('/api/intakes', anIntake({ painNow: 3 }));
  await post('/api/screenings', { answers: answers(), ageBand: '35-50' });
  await post('/api/self-tests', { bridgeHold: { left: { seconds: 40 }, right: { seconds: 20 } } });
  const checklist = CHECKLISTS_BY_ID['abdominal-release'];
  await post(`/api/checklists/${checklist.id}/answers`, {
    answers: Object.fromEntries(checklist.questions.map((q) => [q.id, 'no'])),
  });
  const plan = planResponseSchema.parse((await person.inject('/api/plan')).json());
  const item: PlanItem | undefined = plan.today.sessions[0]?.items[0];
  if (!item) throw new Error('the plan has no item');
  const today = localDate(clock.now(), 'Europe/London');
  await post('/api/feedback', {
    date: today,
    items: [{ exerciseId: item.exerciseId, rating: 'about-right', pain: 2 }],
  });
  const done = { sets: item.sets, reps: item.sets, heldSeconds: null, skippedSteps: 0 };
  await post(
    '/api/sessions',
    {
      date: today,
      startedAt: new Date(clock.now() - 600_000).toISOString(),
      finishedAt: new Date(clock.now()).toISOString(),
      outcome: 'completed',
      plannedSeconds: item.estimatedSeconds,
      activeSeconds: item.estimatedSeconds,
      items: [
        {
          exerciseId: item.exerciseId,
          side: 'left',
          planned: { sets: item.sets, repsPerSet: 1, holdSeconds: null },
          done,
        },
      ],
      feedback: [{ exerciseId: item.exerciseId, rating: 'too-easy', pain: 1 }],
      painNow: 2,
      // Text a person typed, exported as is and guarded in CSV.
      note,
    },
    { 'idempotency-key': `key-${randomUUID()}` },
  );
  const put = await person.inject({
    method: 'PUT',
    url: '/api/breaks/settings',
    payload: { intervalMinutes: 40, workingHours: { timeZone: 'Europe/London', start: '08:00' } },
  });
  expect(put.statusCode).toBe(200);
  const at = (minutes: number) => new Date(clock.now() - minutes * 60_000).toISOString();
  await post('/api/breaks/events', {
    source: 'cli',
    events: [
      { id: 'evt-0001', event: { kind: 'activity', now: at(50) } },
      {
        id: 'evt-0002',
        event: { kind: 'break-taken', now: at(10), minutes: 3, breakKind: 'walk' },
      },
    ],
  });
  // A browser's push subscription and one delivery: device keys, deleted but never exported.
  const subscriptionId = randomUUID();
  await db.insert(pushSubscriptions).values({
    id: subscriptionId,
    personId: person.accountId,
    createdAt: new Date(clock.now()),
    endpoint: `https://push.example.test/${subscriptionId}`,
    p256dh: 'device-key-p256dh',
    auth: 'device-key-auth',
  });
  await db.insert(pushDeliveries).values({
    id: randomUUID(),
    subscriptionId,
    personId: person.accountId,
    dueAt: new Date(clock.now()),
    reason: 'due',
    claimedAt: new Date(clock.now()),
    status: 'sent',
  });
}

beforeAll(async () => {
  const database = await openTestDatabase();
  db = database.db;
  const catalogue = await createCatalogueService(db, EXERCISES);
  app = await buildApp({
    database,
    catalogue,
    instanceId: TEST_INSTANCE_ID,
    version: '0.0.0-test',
    now: clock.now,
  });
  ana = await signUpPerson(app, { email: 'ana@example.test', name: 'Ana' });
  bo = await signUpPerson(app, { email: 'bo@example.test', name: 'Bo' });
  await recordEverything(ana, '=cmd|" /C calc"!A0 felt looser');
  await recordEverything(bo, 'Bo was here');
  boCounts = await rowCounts(bo.accountId);
});
afterAll(async () => {
  await app.close();
});

describe('GET /api/me/export', () => {
  it('holds the account and every record of the person, as an attachment', async () => {
    const res = await ana.inject('/api/me/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="psoas-coach-export-2026-11-23.json"',
    );
    anaExport = personalExportSchema.parse(res.json());
    expect(anaExport.account).toEqual({
      email: 'ana@example.test',
      name: 'Ana',
      role: 'admin',
      createdAt: new Date(clock.now()).toISOString(),
    });
    const counts = await rowCounts(ana.accountId);
    for (const entry of PERSON_TABLES) {
      const stored = counts[getTableName(entry.table)];
      if (entry.kind) expect(anaExport.records[entry.kind], entry.kind).toHaveLength(stored ?? -1);
    }
    for (const kind of EXPORT_KINDS) {
      expect(anaExport.records[kind].length, kind).toBeGreaterThan(0);
    }
    const [log] = anaExport.records.sessionLogs;
    expect(log).toMatchObject({ recordedAt: new Date(clock.now()).toISOString() });
    expect(log?.data).toMatchObject({ note: '=cmd|" /C calc"!A0 felt looser', painNow: 2 });
    expect(anaExport.records.screeningAnswers[0]?.screeningId).toBe(
      anaExport.records.screenings[0]?.id,
    );
    // Device keys stay on the server; the owner column is the account itself.
    expect(res.body).not.toContain('device-key');
    expect(res.body).not.toContain('personId');
    expect(res.body).not.toContain('passwordHash');
  });

  it('records the export in the audit log', async () => {
    const log = auditLogSchema.parse((await ana.inject('/api/me/audit')).json());
    expect(log.events.map((e) => e.kind)).toContain('export');
  });

  it('holds none of the records of another person', async () => {
    const other = await exportOf(bo);
    expect(other.account.email).toBe('bo@example.test');
    const anaIds = new Set(
      EXPORT_KINDS.flatMap((kind) => anaExport.records[kind].map((row) => row.id)),
    );
    for (const kind of EXPORT_KINDS) {
      // break settings and state have no id of their own (the person is their key).
      for (const row of other.records[kind]) {
        if (row.id !== undefined) expect(anaIds.has(row.id), kind).toBe(false);
      }
    }
    expect(JSON.stringify(other)).not.toContain('felt looser');
  });

  it.each(EXPORT_KINDS)('answers %s as CSV that reads back to the JSON rows', async (kind) => {
    const res = await ana.inject(`/api/me/export?format=csv&kind=${kind}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="psoas-coach-export-2026-11-23-${kind}.csv"`,
    );
    const [header, ...lines] = parseCsv(res.body);
    const rows = anaExport.records[kind];
    // The JSON export was taken earlier: the audit log has grown since, by the exports.
    expect(lines.length).toBeGreaterThanOrEqual(rows.length);
    expect(header).toEqual(Object.keys(rows[0] ?? {}));
    for (const [i, row] of rows.entries()) {
      const cells = Object.fromEntries((header ?? []).map((name, j) => [name, lines[i]?.[j]]));
      for (const [name, value] of Object.entries(row)) {
        const cell = cells[name];
        if (value !== null && typeof value === 'object') {
          expect(JSON.parse(cell ?? ''), `${kind}.${name}`).toEqual(value);
        } else if (typeof value === 'string' && /^[=+\-@]/.test(value)) {
          expect(cell).toBe(`'${value}`);
        } else {
          // What is left is text, a number or null (the row came through JSON).
          const text =
            typeof value === 'string' ? value : value === null ? '' : JSON.stringify(value);
          expect(cell, `${kind}.${name}`).toBe(text);
        }
      }
    }
  });

  it('guards a cell that would start a spreadsheet formula', async () => {
    // The audit log keeps the User-Agent as sent: text anyone can choose.
    const agent = '=HYPERLINK("https://evil.example","open me")';
    await ana.inject({
      url: '/api/me/export?format=csv&kind=intakes',
      headers: { 'user-agent': agent },
    });
    const res = await ana.inject('/api/me/export?format=csv&kind=auditEvents');
    const [header, ...lines] = parseCsv(res.body);
    const clients = lines.map((line) => line[header?.indexOf('client') ?? -1]);
    expect(clients).toContain(`'${agent}`);
    expect(clients).not.toContain(agent);
  });

  it.each([
    ['format=csv&kind=passwords', 'EXPORT_KIND_UNKNOWN'],
    ['format=csv', 'EXPORT_KIND_UNKNOWN'],
    ['format=xml', 'VALIDATION_FAILED'],
    ['kind=intakes', 'VALIDATION_FAILED'],
    ['format=json&everything=1', 'VALIDATION_FAILED'],
  ])('refuses ?%s with 400 %s', async (query, code) => {
    expect(problemOf(await ana.inject(`/api/me/export?${query}`), 400).code).toBe(code);
  });

  it('is documented with both of its formats', async () => {
    const doc = (await app.inject('/api/openapi.json')).json<{
      paths: Record<
        string,
        Record<string, { tags?: string[]; responses: Record<string, { content?: object }> }>
      >;
    }>();
    const get = doc.paths['/api/me/export']?.get;
    expect(get?.tags).toEqual(['privacy']);
    expect(Object.keys(get?.responses['200']?.content ?? {}).sort()).toEqual([
      'application/json',
      'text/csv',
    ]);
    expect(doc.paths['/api/me/import']?.post?.tags).toEqual(['privacy']);
    expect(doc.paths['/api/me']?.delete?.tags).toEqual(['privacy']);
  });

  it('needs a signed-in caller', async () => {
    expect(problemOf(await app.inject('/api/me/export'), 401).code).toBe('AUTHENTICATION_REQUIRED');
  });
});

describe('DELETE /api/me', () => {
  it('keeps everything when the password is wrong', async () => {
    const before = await rowCounts(ana.accountId);
    const res = await ana.inject({
      method: 'DELETE',
      url: '/api/me',
      payload: { password: 'not-the-password-at-all' },
    });
    expect(problemOf(res, 401).code).toBe('INVALID_CREDENTIALS');
    expect(await rowCounts(ana.accountId)).toEqual(before);
    expect((await ana.inject('/api/me')).statusCode).toBe(200);
  });

  it('deletes every row of the person and the account, clears the cookie, and keeps the other', async () => {
    anaBefore = await answersOf(ana);
    const browser = await signInBrowser(app, ana.email);
    const res = await app.inject({
      method: 'DELETE',
      url: '/api/me',
      headers: browserWriteHeaders(browser),
      payload: { password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(204);
    const cleared = res.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cleared?.value).toBe('');
    const counts = await rowCounts(ana.accountId);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    expect(await db.select().from(accounts).where(eq(accounts.id, ana.accountId))).toEqual([]);
    expect(await rowCounts(bo.accountId)).toEqual(boCounts);
    // Her token and her cookie went with the account.
    expect((await ana.inject('/api/me')).statusCode).toBe(401);
    expect(
      (await app.inject({ url: '/api/me', headers: { cookie: browser.cookie } })).statusCode,
    ).toBe(401);
  });
});

describe('POST /api/me/import', () => {
  let again: TestPerson;

  it('reads the earlier export back: plan, sessions and break settings answer as before', async () => {
    again = await signUpPerson(app, { email: 'ana@example.test', name: 'Ana again' });
    const res = await importInto(again, anaExport);
    expect(res.statusCode).toBe(200);
    const { imported } = importResponseSchema.parse(res.json());
    for (const kind of EXPORT_KINDS) {
      if (kind !== 'auditEvents') expect(imported[kind], kind).toBe(anaExport.records[kind].length);
    }
    expect(imported.auditEvents).toBeUndefined();
    expect(await answersOf(again)).toEqual(anaBefore);
    // The audit log is the new account's own (its signup, this import), none of the file's.
    const log = auditLogSchema.parse((await again.inject('/api/me/audit')).json());
    expect(log.events.map((e) => e.kind)).toContain('import');
    expect(log.events.map((e) => e.kind)).not.toContain('export');
    const fileIds = new Set(anaExport.records.auditEvents.map((e) => e.id));
    expect(log.events.filter((e) => fileIds.has(e.id))).toEqual([]);
  });

  it('refuses a second import of the same file with 409 and changes nothing', async () => {
    const before = await rowCounts(again.accountId);
    const problem = problemOf(await importInto(again, anaExport), 409);
    expect(problem.code).toBe('IMPORT_CONFLICT');
    expect(await rowCounts(again.accountId)).toEqual(before);
    expect(await answersOf(again)).toEqual(anaBefore);
  });

  it('lets another account import the same file (new ids, no clash)', async () => {
    const carla = await signUpPerson(app);
    expect((await importInto(carla, anaExport)).statusCode).toBe(200);
    expect(await answersOf(carla)).toEqual(anaBefore);
  });

  it('imports into an account that opened the app first: its fresh break state is replaced', async () => {
    const dana = await signUpPerson(app);
    expect((await dana.inject('/api/breaks/state')).statusCode).toBe(200);
    expect(anaExport.records.breakStates).toHaveLength(1);
    expect((await importInto(dana, anaExport)).statusCode).toBe(200);
    expect(await answersOf(dana)).toEqual(anaBefore);
  });

  /** Row `index` of `kind` in `file`, which the edits below change. */
  const row = (file: PersonalExport, kind: keyof PersonalExport['records'], index: number) => {
    const found = file.records[kind][index];
    if (!found) throw new Error(`the export has no ${kind}[${index}]`);
    return found;
  };
  const broken: [string, (file: PersonalExport) => void, string, number][] = [
    [
      'a time that is not an instant',
      (f) => (row(f, 'selfTests', 0).recordedAt = 'yesterday'),
      'selfTests',
      0,
    ],
    [
      'an intake its reader would refuse',
      (f) => (row(f, 'intakes', 0).data = { about: {} }),
      'intakes',
      0,
    ],
    ['an unknown column', (f) => (row(f, 'breakLog', 0).surprise = 1), 'breakLog', 0],
    ['a missing column', (f) => delete row(f, 'feedbackEvents', 0).rating, 'feedbackEvents', 0],
    [
      'an answer of a screening not in the file',
      (f) => (row(f, 'screeningAnswers', 2).screeningId = randomUUID()),
      'screeningAnswers',
      2,
    ],
    [
      'one idempotency key twice',
      (f) => f.records.sessionLogs.push({ ...row(f, 'sessionLogs', 0), id: randomUUID() }),
      'sessionLogs',
      1,
    ],
    [
      'a second break settings row',
      (f) => f.records.breakSettings.push(row(f, 'breakSettings', 0)),
      'breakSettings',
      1,
    ],
  ];
  it.each(broken)(
    'refuses %s with 400 naming the row, storing nothing',
    async (_, edit, kind, index) => {
      const person = await signUpPerson(app);
      const file = structuredClone(anaExport);
      edit(file);
      const problem = problemOf(await importInto(person, file), 400);
      expect(problem.code).toBe('IMPORT_INVALID');
      expect(problem.details).toEqual({ kind, index });
      expect(problem.detail).toContain(`records.${kind}[${index}]`);
      expect(Object.values(await rowCounts(person.accountId)).every((n) => n === 0)).toBe(true);
    },
  );

  it('refuses a file that is not an export with a validation problem', async () => {
    const person = await signUpPerson(app);
    const res = await importInto(person, { ...anaExport, version: 99 });
    expect(problemOf(res, 400).code).toBe('VALIDATION_FAILED');
    expect(Object.values(await rowCounts(person.accountId)).every((n) => n === 0)).toBe(true);
  });
});
