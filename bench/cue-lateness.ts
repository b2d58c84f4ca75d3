import { randomUUID } from 'node:crypto';
import { CSRF_HEADER, RED_FLAG_QUESTIONS, SESSION_COOKIE } from '@psoas/core';
import { IntakeBuilder } from '../packages/core/src/assessment/test-support/intake.builder.ts';
import { launchCdp, type Cdp, type Tab } from './cdp-pipe.ts';

/**
 * Cue timing of the web session player (issue 5): a real 5-minute plan session (30 s holds,
 * rests, side changes) played in headless Chromium twice at once, one tab in the foreground and
 * one covered by another tab, so Chromium throttles its timers as it does for a background tab.
 * The player announces every cue it plays with a `psoas:cue` event carrying when the engine said
 * it was due and when it actually fired (both on `performance.timeOrigin + performance.now()`).
 *
 * Printed, never asserted:
 *  - lateness: firedAt - dueAt over every cue, p50/p99/max (goal: p99 <= 20 ms);
 *  - end drift: when "session complete" fired against the first cue plus the plan's duration
 *    (goal: no drift accumulated; an uninterrupted session ends at start + planned duration).
 */

type CueRecord = { key: string; kind: string; dueAt: number; firedAt: number; stepKind: string };

export type CueTiming = {
  readonly visibility: string;
  readonly cues: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  /** "session complete" firedAt minus (first cue's dueAt + planned duration). */
  readonly endDriftMs: number | null;
};

export type CueLatenessResult = {
  readonly plannedSeconds: number;
  readonly foreground: CueTiming;
  readonly background: CueTiming;
};

const COLLECT = `window.__psoasCues = [];
window.addEventListener('psoas:cue', (event) => window.__psoasCues.push(event.detail));`;

// Clicks the player's start button once the page has loaded the plan.
const START = `new Promise((resolve, reject) => {
  const deadline = Date.now() + 30000;
  const poll = () => {
    const button = [...document.querySelectorAll('button')].find((b) => /^\\s*start/i.test(b.textContent ?? ''));
    if (button) { button.click(); resolve(true); return; }
    if (Date.now() > deadline) { reject(new Error('no start button on ' + location.href)); return; }
    setTimeout(poll, 100);
  };
  poll();
})`;

type Person = { readonly cookie: string; readonly csrfToken: string };

async function json(
  url: string,
  method: string,
  body?: unknown,
  person?: Person,
): Promise<{ readonly body: unknown; readonly setCookie: string | null }> {
  const headers: Record<string, string> = person
    ? { cookie: `${SESSION_COOKIE}=${person.cookie}`, [CSRF_HEADER]: person.csrfToken }
    : {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  const init: RequestInit = {
    method,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  };
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return { body: await res.json(), setCookie: res.headers.get('set-cookie') };
}

/** A new account who sits all day, with a 5-minute session plan and a clear screening. */
async function preparePerson(serverUrl: string): Promise<{ person: Person; seconds: number }> {
  const signup = await json(`${serverUrl}/api/auth/signup`, 'POST', {
    email: `bench-${randomUUID()}@example.test`,
    password: 'bench-plum-kestrel-harbour',
    name: 'Bench',
  });
  const cookie = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(signup.setCookie ?? '')?.[1];
  const { csrfToken } = signup.body as { csrfToken: string };
  if (!cookie) throw new Error('signup set no session cookie');
  const person = { cookie, csrfToken };
  const intake = new IntakeBuilder().minutes(5).equipment('mat').build();
  await json(`${serverUrl}/api/intakes`, 'POST', intake, person);
  const answers = Object.fromEntries(RED_FLAG_QUESTIONS.map((q) => [q.id, 'no']));
  await json(`${serverUrl}/api/screenings`, 'POST', { answers, ageBand: '35-50' }, person);
  const plan = (await json(`${serverUrl}/api/plan`, 'GET', undefined, person)).body as {
    today: { sessions: { estimatedSeconds: number }[] };
  };
  const session = plan.today.sessions[0];
  if (!session) throw new Error('the plan has no session today');
  return { person, seconds: session.estimatedSeconds };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? NaN;
}

function timingOf(visibility: string, cues: readonly CueRecord[], plannedMs: number): CueTiming {
  const lateness = cues.map((c) => c.firedAt - c.dueAt).sort((a, b) => a - b);
  const first = cues[0];
  const complete = cues.find((c) => c.stepKind === 'done');
  return {
    visibility,
    cues: cues.length,
    p50: percentile(lateness, 50),
    p99: percentile(lateness, 99),
    max: lateness.at(-1) ?? NaN,
    endDriftMs: first && complete ? complete.firedAt - (first.dueAt + plannedMs) : null,
  };
}

const cuesOf = (tab: Tab): Promise<CueRecord[]> => tab.evaluate<CueRecord[]>('window.__psoasCues');
const done = (cues: readonly CueRecord[]): boolean => cues.some((c) => c.stepKind === 'done');

async function run(
  cdp: Cdp,
  serverUrl: string,
  person: Person,
  plannedSeconds: number,
): Promise<CueLatenessResult> {
  const url = `${serverUrl}/session`;
  const cookies = [{ name: SESSION_COOKIE, value: person.cookie, url: serverUrl }];
  const front = await cdp.openTab(url, { beforeLoad: COLLECT, cookies });
  const back = await cdp.openTab(url, { beforeLoad: COLLECT, cookies });
  await front.evaluate(START);
  await back.evaluate(START);
  // Cover the second session with another tab of its own window: it goes to the background.
  await cdp.send('Target.createTarget', {
    url: 'about:blank',
    browserContextId: back.browserContextId,
  });
  const frontVisibility = await front.evaluate<string>('document.visibilityState');
  const backVisibility = await back.evaluate<string>('document.visibilityState');

  const deadline = Date.now() + (plannedSeconds + 120) * 1000;
  let frontCues: CueRecord[] = [];
  let backCues: CueRecord[] = [];
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    frontCues = await cuesOf(front);
    backCues = await cuesOf(back);
    if (done(frontCues) && done(backCues)) break;
  }
  const plannedMs = plannedSeconds * 1000;
  return {
    plannedSeconds,
    foreground: timingOf(frontVisibility, frontCues, plannedMs),
    background: timingOf(backVisibility, backCues, plannedMs),
  };
}

/** Plays today's session of a new person on `serverUrl` in two tabs; see the file comment. */
export async function measureCueLateness(serverUrl: string): Promise<CueLatenessResult> {
  const { person, seconds } = await preparePerson(serverUrl);
  const cdp = await launchCdp();
  try {
    return await run(cdp, serverUrl, person, seconds);
  } finally {
    await cdp.close();
  }
}

export function formatCueTiming(label: string, t: CueTiming): string {
  const ms = (v: number | null) => (v === null || Number.isNaN(v) ? 'n/a' : `${v.toFixed(1)} ms`);
  return `  cue lateness, ${label.padEnd(11)} p99 ${ms(t.p99)} (goal <= 20 ms), p50 ${ms(t.p50)}, max ${ms(t.max)}, end drift ${ms(t.endDriftMs)} (goal 0), ${t.cues} cues, tab ${t.visibility}`;
}
