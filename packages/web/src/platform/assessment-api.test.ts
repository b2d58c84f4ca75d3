import { describe, expect, it } from 'vitest';
import { ApiError } from './api.ts';
import { createAssessmentApi, rescreenDetails, stoppedDetails } from './assessment-api.ts';

type Call = { url: string; init: RequestInit | undefined };

function fakeFetch(respond: (url: string) => Response) {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, init });
    return Promise.resolve(respond(url));
  };
  return { fetch, calls };
}

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const problem = (code: string, status: number, details?: unknown) => ({
  type: `https://psoas.coach/problems/${code.toLowerCase()}`,
  title: code,
  status,
  detail: `Problem ${code}`,
  code,
  ...(details === undefined ? {} : { details }),
});

const SCREENING = {
  id: 's1',
  recordedAt: '2025-03-01T09:30:00.000Z',
  ageBand: '35-50',
  answers: { 'b-injury': 'yes' },
  outcome: {
    level: 'same-day',
    programme: 'stopped',
    triggeredBy: ['b-injury'],
    alsoFlagged: [],
    cautions: [],
  },
  advice: { headline: 'Please see a doctor today.', action: 'Go today.' },
};

describe('createAssessmentApi', () => {
  it('posts a screening as JSON and parses the record', async () => {
    const { fetch, calls } = fakeFetch(() => json(SCREENING, 201));
    const record = await createAssessmentApi({ fetch }).saveScreening(
      { 'b-injury': 'yes' },
      '35-50',
    );
    expect(record.outcome.level).toBe('same-day');
    expect(calls[0]?.url).toBe('/api/screenings');
    expect(calls[0]?.init?.method).toBe('POST');
    expect(JSON.parse(calls[0]?.init?.body as string)).toEqual({
      answers: { 'b-injury': 'yes' },
      ageBand: '35-50',
    });
  });

  it('asks for the plan with or without a date', async () => {
    const { fetch, calls } = fakeFetch(() => json(problem('INTAKE_MISSING', 409), 409));
    const client = createAssessmentApi({ fetch });
    await expect(client.plan()).rejects.toMatchObject({ code: 'INTAKE_MISSING', status: 409 });
    await expect(client.plan('2025-03-01')).rejects.toBeInstanceOf(ApiError);
    expect(calls.map((call) => call.url)).toEqual(['/api/plan', '/api/plan?date=2025-03-01']);
  });

  it('keeps the details of a stopped plan for the Today page', async () => {
    const details = {
      level: 'emergency',
      triggeredBy: ['a-both-legs'],
      advice: { headline: 'Go now.', action: 'Now.' },
      screeningId: 's1',
    };
    const { fetch } = fakeFetch(() => json(problem('PLAN_STOPPED_BY_TRIAGE', 409, details), 409));
    const error = await createAssessmentApi({ fetch })
      .plan()
      .then(
        () => {
          throw new Error('expected a refusal');
        },
        (caught: unknown) => caught as ApiError,
      );
    expect(stoppedDetails(error)).toEqual(details);
    expect(rescreenDetails(error)).toBeNull();
  });

  it('reads why a new screening is due', async () => {
    const details = { reasons: ['pain-rose'], lastScreenedAt: '2025-03-01T09:30:00.000Z' };
    const { fetch } = fakeFetch(() => json(problem('RESCREEN_DUE', 409, details), 409));
    const error = await createAssessmentApi({ fetch })
      .plan()
      .then(
        () => {
          throw new Error('expected a refusal');
        },
        (caught: unknown) => caught as ApiError,
      );
    expect(rescreenDetails(error)?.reasons).toEqual(['pain-rose']);
  });

  it('rejects a record that breaks the contract', async () => {
    const { fetch } = fakeFetch(() => json({ ...SCREENING, outcome: { level: 'fine' } }));
    await expect(createAssessmentApi({ fetch }).latestScreening()).rejects.toMatchObject({
      code: 'INVALID_RESPONSE',
    });
  });

  it('reports an unreachable server', async () => {
    const fetch: typeof globalThis.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(createAssessmentApi({ fetch }).latestIntake()).rejects.toMatchObject({
      code: 'NETWORK_UNREACHABLE',
    });
  });
});
