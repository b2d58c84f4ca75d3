import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpPerson, type TestPerson } from './support/accounts.ts';
import { startAttackApp, type AttackApp } from './support/attack/attack-app.ts';
import { assembleCast, type Cast } from './support/attack/cast.ts';
import {
  UNKNOWN_FIELD,
  bodyCases,
  pathCases,
  queryCases,
  wrongTypeFor,
  type AttackCase,
  type ValidRequest,
} from './support/attack/fuzz-inputs.ts';
import { knownGapOf } from './support/attack/known-gaps.ts';
import { MATRIX } from './support/attack/matrix.ts';
import { listOperations, type Operation } from './support/attack/openapi-operations.ts';
import { changedCounts, countRows } from './support/attack/row-counts.ts';

/**
 * Schema-driven fuzzing of every operation (issue 7, "Tests that attack"): malformed bodies,
 * wrong content types, odd path and query parameters, each sent signed in (so validation is
 * reached) on top of the operation's valid request from the matrix. Every answer must be a
 * 4xx problem+json with a request id, an unknown field or parameter must be named, and not one
 * row may be stored or removed.
 */

const SEED = 7_2026;
const RUNS = 8;

let target: AttackApp;
let cast: Cast;
let operations: Operation[];

beforeAll(async () => {
  target = await startAttackApp();
  cast = await assembleCast(target.app);
  operations = await listOperations(target.app);
});
afterAll(async () => {
  await target?.app.close();
});

/**
 * Who sends the attacks on `operation`: an admin on admin routes (a person is refused before
 * validation), someone made for the purpose when a request that got through would end their
 * sign-in or account, else the owner of real records.
 */
async function attackerFor(operation: Operation): Promise<TestPerson> {
  const entry = MATRIX[operation.key];
  if (entry?.access === 'admin') return cast.admin;
  if (entry?.ends) return signUpPerson(cast.app);
  return cast.owner;
}

function validRequest(operation: Operation, attacker: TestPerson): ValidRequest | null {
  const entry = MATRIX[operation.key];
  if (!entry) return null;
  const request = entry.request(cast, attacker);
  return {
    url: request.url,
    payload: request.payload,
    headers: { ...request.headers, ...attacker.headers },
  };
}

async function send(operation: Operation, attack: AttackCase): Promise<LightMyRequestResponse> {
  return cast.app.inject({
    method: operation.method as 'POST',
    url: attack.url,
    headers: attack.headers,
    ...(attack.payload === undefined ? {} : { payload: attack.payload }),
  });
}

/** What is wrong with the answer to `attack`; empty when it was refused as it should be. */
function faultsOf(response: LightMyRequestResponse, attack: AttackCase): string[] {
  const faults: string[] = [];
  if (response.statusCode < 400 || response.statusCode >= 500)
    faults.push(`status ${response.statusCode}`);
  if (!String(response.headers['content-type']).startsWith('application/problem+json')) {
    faults.push(`content-type ${String(response.headers['content-type'])}`);
  }
  if (!response.headers['x-request-id']) faults.push('no x-request-id');
  if (
    attack.names !== undefined &&
    (response.statusCode !== 400 || !response.body.includes(attack.names))
  ) {
    faults.push(`does not refuse ${attack.names} by name with 400`);
  }
  return faults.length === 0 ? [] : [`${faults.join(', ')}: ${response.body.slice(0, 160)}`];
}

/**
 * Sends every case; the faults found, as "<operation> <case>: <what was wrong>". Rows are
 * counted around each case, so a stored row is blamed on the request that stored it.
 */
async function attackAll(operation: Operation, cases: readonly AttackCase[]): Promise<string[]> {
  const found: string[] = [];
  for (const attack of cases) {
    const before = await countRows(target.db);
    const response = await send(operation, attack);
    const changed = changedCounts(before, await countRows(target.db));
    const faults = faultsOf(response, attack);
    if (changed.length > 0) faults.push(`stored or removed rows: ${changed.join('; ')}`);
    for (const fault of faults) found.push(`${operation.key} ${attack.label}: ${fault}`);
  }
  return found;
}

/** Generated variants: unknown keys, non-object bodies, a property of a wrong JSON type. */
async function generatedFaults(operation: Operation, valid: ValidRequest): Promise<string[]> {
  const body = operation.body;
  if (!body) return [];
  const object = (valid.payload ?? {}) as Record<string, unknown>;
  const headers = { ...valid.headers, 'content-type': 'application/json' };
  const found: string[] = [];
  const check = async (label: string, payload: unknown, names?: string) => {
    const attack: AttackCase = {
      label,
      url: valid.url,
      headers,
      payload: JSON.stringify(payload),
      ...(names === undefined ? {} : { names }),
    };
    for (const fault of faultsOf(await send(operation, attack), attack)) {
      found.push(`${operation.key} ${label} ${JSON.stringify(payload).slice(0, 120)}: ${fault}`);
    }
  };
  const properties = Object.entries(body.properties ?? {});
  await fc.assert(
    fc.asyncProperty(
      fc.record({
        extra: fc.dictionary(
          fc.string({ maxLength: 12 }).map((k) => `${UNKNOWN_FIELD}_${k}`),
          fc.jsonValue({ maxDepth: 3 }),
          {
            minKeys: 1,
            maxKeys: 3,
          },
        ),
        notObject: fc
          .jsonValue({ maxDepth: 3 })
          .filter((v) => v === null || typeof v !== 'object' || Array.isArray(v)),
        property: properties.length === 0 ? fc.constant(null) : fc.constantFrom(...properties),
        value: fc.jsonValue({ maxDepth: 2 }),
      }),
      async ({ extra, notObject, property, value }) => {
        await check('generated unknown fields', { ...object, ...extra }, UNKNOWN_FIELD);
        await check('generated non-object body', notObject);
        if (property) {
          const [name, schema] = property;
          const wrong = wrongTypeFor(schema);
          // Only values of a JSON type the property does not take: any of those is malformed.
          if (
            wrong !== null &&
            typeof value === typeof wrong &&
            Array.isArray(value) === Array.isArray(wrong)
          ) {
            await check(`generated wrong type of ${name}`, { ...object, [name]: value });
          }
        }
      },
    ),
    { seed: SEED, numRuns: RUNS, endOnFailure: true },
  );
  return found;
}

/** Every malformed request for `operation`, built on a valid one as a fresh `attacker`. */
async function casesFor(
  operation: Operation,
): Promise<{ readonly valid: ValidRequest; readonly attacks: AttackCase[] }> {
  const valid = validRequest(operation, await attackerFor(operation));
  if (!valid) throw new Error(`${operation.key}: no valid request`);
  const body = valid.payload === undefined ? undefined : JSON.stringify(valid.payload);
  return {
    valid,
    attacks: [
      ...bodyCases(operation, valid),
      ...pathCases(operation, valid, body),
      ...queryCases(operation, valid, body),
    ],
  };
}

/**
 * Sends the requests of known-gaps.ts, each (for sign-out and deletion) by an attacker of its
 * own; a fault when one is refused by name now: the gap is closed and its entry must go.
 */
async function stillOpenGaps(operation: Operation): Promise<string[]> {
  const closed: string[] = [];
  const { attacks } = await casesFor(operation);
  for (const known of attacks.filter((c) => knownGapOf(operation, c))) {
    const fresh = MATRIX[operation.key]?.ends
      ? (await casesFor(operation)).attacks.find((c) => c.label === known.label)
      : known;
    if (!fresh) continue;
    const response = await send(operation, fresh);
    // Closed means refused for what is wrong with it: a 400 naming the field. Another refusal
    // (a replayed sign-up's EMAIL_TAKEN, an undo with nothing left) says nothing either way.
    if (response.statusCode === 400 && fresh.names && response.body.includes(fresh.names)) {
      const gap = knownGapOf(operation, known)?.id ?? '';
      closed.push(`${operation.key} ${known.label}: refused now, remove ${gap} from known-gaps.ts`);
    }
  }
  return closed;
}

/** Sign-out and deletion last: an attack that got through there would end its attacker. */
const KEYS = Object.keys(MATRIX).sort(
  (a, b) => Number(!!MATRIX[a]?.ends) - Number(!!MATRIX[b]?.ends),
);

describe('fuzzing every operation', () => {
  it('has a valid request (a matrix entry) for every published operation to start from', () => {
    expect(operations.map((o) => o.key).filter((key) => !(key in MATRIX))).toEqual([]);
  });

  for (const key of KEYS) {
    it(`${key}: refuses every malformed request with a 4xx problem, storing nothing`, async () => {
      const operation = operations.find((o) => o.key === key);
      if (!operation) return; // Gone from the document: the matrix test names it.
      const cases = await casesFor(operation);
      const faults = [
        ...(await attackAll(
          operation,
          cases.attacks.filter((c) => !knownGapOf(operation, c)),
        )),
        ...(await generatedFaults(operation, cases.valid)),
        ...(await stillOpenGaps(operation)),
      ];
      expect(faults).toEqual([]);
    });
  }
});
