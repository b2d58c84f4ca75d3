import { describe, expect, it } from 'vitest';
import { asInstant } from '../time/instant.ts';
import {
  breakEventWireSchema,
  breakEventsRequestSchema,
  breakStateSummarySchema,
  fromWireEvent,
  summariseBreakState,
  toWireEvent,
} from './api.schema.ts';
import { defaultBreakSettings } from './break-settings.schema.ts';
import { initialBreakState, transitionBreaks } from './scheduler.ts';
import { breakEvents as ev, type BreakEvent } from './scheduler.types.ts';

const at = (time: string) => asInstant(Date.parse(`2026-11-23T${time}:00.000Z`));
const settings = defaultBreakSettings('UTC');

const EVERY_KIND: BreakEvent[] = [
  ev.tick(at('09:00')),
  ev.activity(at('09:01')),
  ev.idle(at('09:10'), at('09:02')),
  ev.breakTaken(at('09:12'), 2.5, 'stretch'),
  ev.snooze(at('09:13')),
  ev.skip(at('09:14')),
  ev.meetingStart(at('09:15')),
  ev.meetingEnd(at('09:16')),
  ev.settingsChanged(at('09:17'), settings),
  ev.clockJumped(at('09:18')),
];

describe('break wire schemas', () => {
  it.each(EVERY_KIND.map((e) => [e.kind, e] as const))(
    'carries a %s event there and back, instants as ISO strings',
    (_, event) => {
      const wire = breakEventWireSchema.parse(JSON.parse(JSON.stringify(toWireEvent(event))));
      expect(wire.now).toBe(new Date(event.now).toISOString());
      expect(fromWireEvent(wire)).toEqual(event);
    },
  );

  it('keeps settings changes out of what clients post', () => {
    const event = { id: 'abcdefgh', event: toWireEvent(EVERY_KIND[8] as BreakEvent) };
    expect(breakEventsRequestSchema.safeParse({ source: 'web', events: [event] }).success).toBe(
      false,
    );
    const tick = { id: 'abcdefgh', event: toWireEvent(EVERY_KIND[0] as BreakEvent) };
    expect(breakEventsRequestSchema.safeParse({ source: 'web', events: [tick] }).success).toBe(
      true,
    );
  });

  it('summarises a reminding state with its routine and urgency', () => {
    const start = initialBreakState(settings, at('09:00'));
    const { state } = transitionBreaks(start, ev.tick(at('09:30')));
    const summary = breakStateSummarySchema.parse(summariseBreakState(state));
    expect(summary).toMatchObject({
      phase: 'reminding',
      urgency: 'gentle',
      nextDueAt: '2026-11-23T10:00:00.000Z',
      sittingSince: '2026-11-23T09:00:00.000Z',
      meeting: null,
    });
    expect(summary.routine?.rotation).toBe(0);
    expect(summariseBreakState(start).routine).toBeNull();
  });
});
