import { RED_FLAG_QUESTIONS } from '@psoas/core';
import { expect } from 'vitest';
import { IntakeBuilder } from '../../packages/core/src/assessment/test-support/intake.builder.ts';
import { baseUrl } from './browser.ts';

/** A JSON request to the server under test; the body parsed whatever the status. */
export async function api(
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${baseUrl()}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

/**
 * A person with a plan: core's standard intake (8 hours sitting, 10-minute sessions, a mat and
 * a foam roller) and a screening answered "no" throughout, unless an earlier file made them.
 */
export async function ensurePlan(): Promise<void> {
  if ((await api('/api/plan')).status === 200) return;
  const intake = await api('/api/intakes', {
    method: 'POST',
    body: JSON.stringify(new IntakeBuilder().build()),
  });
  expect(intake.status).toBeLessThan(300);
  const answers = Object.fromEntries(RED_FLAG_QUESTIONS.map((question) => [question.id, 'no']));
  const screening = await api('/api/screenings', {
    method: 'POST',
    body: JSON.stringify({ answers, ageBand: '35-50' }),
  });
  expect(screening.status).toBeLessThan(300);
  expect((await api('/api/plan')).status).toBe(200);
}
