import { RED_FLAG_QUESTIONS } from '@psoas/core';
import { expect } from 'vitest';
import { IntakeBuilder } from '../../packages/core/src/assessment/test-support/intake.builder.ts';
import { baseUrl } from './browser.ts';
import { authorization, type Bearer } from './person.ts';

/** A JSON request to the server under test as `person`; the body parsed whatever the status. */
export async function api(
  person: Bearer,
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${baseUrl()}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...authorization(person), ...init.headers },
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

/**
 * Gives `person` a plan: core's standard intake (8 hours sitting, 10-minute sessions, a mat and
 * a foam roller) and a screening answered "no" throughout.
 */
export async function ensurePlan(person: Bearer): Promise<void> {
  if ((await api(person, '/api/plan')).status === 200) return;
  const intake = await api(person, '/api/intakes', {
    method: 'POST',
    body: JSON.stringify(new IntakeBuilder().build()),
  });
  expect(intake.status).toBeLessThan(300);
  const answers = Object.fromEntries(RED_FLAG_QUESTIONS.map((question) => [question.id, 'no']));
  const screening = await api(person, '/api/screenings', {
    method: 'POST',
    body: JSON.stringify({ answers, ageBand: '35-50' }),
  });
  expect(screening.status).toBeLessThan(300);
  expect((await api(person, '/api/plan')).status).toBe(200);
}
