import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BreakSettings } from './break-settings.schema.ts';
import { addMinutes, minutesBetween, type Instant } from '../time/instant.ts';
import { initialBreakState, transitionBreaks } from './scheduler.ts';
import { breakEvents as ev, type BreakEvent, type Reminder } from './scheduler.types.ts';
import {
  eventsOf,
  settingsArbitrary,
  startArbitrary,
  stepsArbitrary,
  type StepPlan,
} from './test-support/arbitraries.ts';
import { rejectionsIn, remindersIn } from './test-support/fake-clock.ts';
import { isWorkingTime, workingPeriodFrom } from './working-time.ts';

const RUNS = { numRuns: 300 };

type Scenario = {
  readonly settings: BreakSettings;
  readonly others: readonly BreakSettings[];
  readonly start: Instant;
  readonly steps: readonly StepPlan[];
};

const scenarioArbitrary: fc.Arbitrary<Scenario> = settingsArbitrary.chain((settings) =>
  fc.record({
    settings: fc.constant(settings),
    others: fc.array(settingsArbitrary, { minLength: 1, maxLength: 3 }),
    start: startArbitrary(settings),
    steps: stepsArbitrary(),
  }),
);

function eventsFor(s: Scenario): BreakEvent[] {
  return eventsOf(s.start, s.steps, (i) => s.others[i % s.others.length] ?? s.settings);
}

/**
 * Runs a scenario and checks the promises of issue 6 after every event, against a small model
 * that knows only what the person did (not the scheduler's state).
 */
function checkScenario(s: Scenario): void {
  let state = initialBreakState(s.settings, s.start);
  let settings = s.settings;
  let meetingUntil: Instant | null = null;
  let snoozeUntil: Instant | null = null;
  let restartAt: Instant | null = null;
  let last: Reminder | null = null;
  // A clock jump moves every deadline with the clock, the shown break's dueAt included.
  let jumpedSinceLast = false;
  for (const event of eventsFor(s)) {
    if (event.kind === 'clock-jumped') jumpedSinceLast = true;
    const now = event.now;
    if (event.kind === 'settings-changed') settings = event.settings;
    if (event.kind === 'meeting-end' || (meetingUntil !== null && now >= meetingUntil)) {
      meetingUntil = null;
    }
    const { state: next, outputs } = transitionBreaks(state, event);
    state = next;
    const reminders = remindersIn(outputs);
    // No pile: one event never brings more than one reminder.
    expect(reminders.length).toBeLessThanOrEqual(1);
    for (const r of reminders) {
      expect(r.at).toBe(now);
      expect(isWorkingTime(r.at, settings.workingHours)).toBe(true);
      expect(meetingUntil).toBeNull();
      if (snoozeUntil !== null) expect(r.at).toBeGreaterThanOrEqual(snoozeUntil);
      if (r.reason === 'due' || r.reason === 'repeat') {
        if (last)
          expect(minutesBetween(last.at, r.at)).toBeGreaterThanOrEqual(settings.intervalMinutes);
      } else {
        // A snooze ending or a meeting ending shows the same break again, not a new one.
        if (jumpedSinceLast) expect(r.routine).toEqual(last?.routine);
        else expect(r.dueAt).toBe(last?.dueAt);
      }
      if (r.reason === 'due') {
        expect(r.at).toBeGreaterThanOrEqual(r.dueAt);
        if (restartAt !== null) {
          expect(minutesBetween(restartAt, r.at)).toBeGreaterThanOrEqual(settings.intervalMinutes);
        }
      }
      last = r;
      jumpedSinceLast = false;
      snoozeUntil = null;
    }
    const accepted = rejectionsIn(outputs).length === 0;
    if (event.kind === 'snooze' && accepted) snoozeUntil = addMinutes(now, settings.snooze.minutes);
    if (event.kind === 'meeting-start') {
      meetingUntil = addMinutes(now, settings.meetingMode.maxMinutes);
    }
    const naturalBreak = outputs.some((o) => o.kind === 'log' && o.entry.kind === 'natural-break');
    if (naturalBreak || event.kind === 'break-taken') restartAt = now;
  }
}

describe('break scheduler, for any sequence of events', () => {
  it('reminds only in working hours, never in a meeting or a snooze, never more often than the interval', () => {
    fc.assert(fc.property(scenarioArbitrary, checkScenario), RUNS);
  });

  it('never changes the state it is given', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        let state = initialBreakState(s.settings, s.start);
        for (const event of eventsFor(s)) {
          const frozen = JSON.stringify(state);
          const next = transitionBreaks(state, event).state;
          expect(JSON.stringify(state)).toBe(frozen);
          state = next;
        }
      }),
      { numRuns: 100 },
    );
  });

  it('restarts the interval after a natural break', () => {
    fc.assert(
      fc.property(
        settingsArbitrary,
        fc.integer({ min: 0, max: 364 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 60 }),
        (settings, day, offset, extra) => {
          const period = workingPeriodFrom(
            addMinutes(startOf2025(), day * 1440),
            settings.workingHours,
          );
          if (!period) return;
          const back = addMinutes(period.start, offset + settings.breakMinutes + extra);
          fc.pre(back < period.end);
          let state = initialBreakState(settings, period.start);
          state = transitionBreaks(
            state,
            ev.idle(back, addMinutes(back, -(settings.breakMinutes + extra))),
          ).state;
          const { state: after, outputs } = transitionBreaks(state, ev.activity(back));
          expect(outputs.some((o) => o.kind === 'log' && o.entry.kind === 'natural-break')).toBe(
            true,
          );
          expect(after.phase).toMatchObject({
            kind: 'sitting',
            startedAt: back,
            dueAt: addMinutes(back, settings.intervalMinutes),
          });
        },
      ),
      RUNS,
    );
  });

  it('gives at most one reminder in the interval after a clock jump or a long silence', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary,
        fc.integer({ min: -600, max: 3 * 1440 }),
        fc.boolean(),
        (s, jump, explicit) => {
          let state = initialBreakState(s.settings, s.start);
          for (const event of eventsFor(s)) state = transitionBreaks(state, event).state;
          let now = addMinutes(state.lastEventAt, jump);
          const wake = explicit || jump < 0 ? ev.clockJumped(now) : ev.tick(now);
          const first = transitionBreaks(state, wake);
          let count = remindersIn(first.outputs).length;
          state = first.state;
          for (let i = 1; i < state.settings.intervalMinutes; i += 1) {
            now = addMinutes(now, 1);
            const step = transitionBreaks(state, ev.tick(now));
            count += remindersIn(step.outputs).length;
            state = step.state;
          }
          expect(count).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps quiet for the whole snooze and then shows the same break again', () => {
    fc.assert(
      fc.property(settingsArbitrary, fc.integer({ min: 0, max: 364 }), (settings, day) => {
        const period = workingPeriodFrom(
          addMinutes(startOf2025(), day * 1440),
          settings.workingHours,
        );
        if (!period) return;
        const dueAt = addMinutes(period.start, settings.intervalMinutes);
        const until = addMinutes(dueAt, settings.snooze.minutes);
        fc.pre(until < period.end && settings.snooze.maxInARow > 0);
        let state = initialBreakState(settings, period.start);
        state = transitionBreaks(state, ev.tick(dueAt)).state;
        expect(state.phase.kind).toBe('reminding');
        state = transitionBreaks(state, ev.snooze(dueAt)).state;
        for (let t = addMinutes(dueAt, 1); t < until; t = addMinutes(t, 1)) {
          const step = transitionBreaks(state, ev.tick(t));
          expect(remindersIn(step.outputs)).toEqual([]);
          state = step.state;
        }
        const over = remindersIn(transitionBreaks(state, ev.tick(until)).outputs);
        expect(over).toMatchObject([{ reason: 'snooze-over', dueAt }]);
      }),
      RUNS,
    );
  });

  it('postpones a break due in a meeting to the end of the meeting, never cancels it', () => {
    fc.assert(
      fc.property(
        settingsArbitrary,
        fc.integer({ min: 0, max: 364 }),
        fc.integer({ min: 0, max: 89 }),
        fc.integer({ min: 0, max: 120 }),
        (settings, day, startOffset, overrun) => {
          const period = workingPeriodFrom(
            addMinutes(startOf2025(), day * 1440),
            settings.workingHours,
          );
          if (!period) return;
          const interval = settings.intervalMinutes;
          const meetingStart = addMinutes(period.start, startOffset % interval);
          const meetingEnd = addMinutes(period.start, interval + overrun);
          fc.pre(meetingEnd < period.end);
          fc.pre(minutesBetween(meetingStart, meetingEnd) < settings.meetingMode.maxMinutes);
          let state = initialBreakState(settings, period.start);
          state = transitionBreaks(state, ev.meetingStart(meetingStart)).state;
          for (let t = addMinutes(meetingStart, 1); t < meetingEnd; t = addMinutes(t, 1)) {
            const step = transitionBreaks(state, ev.tick(t));
            expect(remindersIn(step.outputs)).toEqual([]);
            state = step.state;
          }
          const end = remindersIn(transitionBreaks(state, ev.meetingEnd(meetingEnd)).outputs);
          expect(end).toMatchObject([{ reason: 'due', dueAt: addMinutes(period.start, interval) }]);
        },
      ),
      RUNS,
    );
  });
});

function startOf2025(): Instant {
  return Date.UTC(2025, 0, 1) as Instant;
}
