import { defaultBreakSettings } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import { fieldOfPath, serverErrors, toForm, validateForm } from './break-settings-form.ts';
import { formatMinutes, summariseRoutine } from './break-format.ts';
import { routineForBreak } from '@psoas/core';

const settings = defaultBreakSettings('Europe/Berlin');

describe('break settings form', () => {
  it('round-trips the settings it shows', () => {
    const result = validateForm(toForm(settings), settings);
    expect(result).toEqual({ ok: true, settings });
  });

  it('names each field that is out of range', () => {
    const form = {
      ...toForm(settings),
      intervalMinutes: '5',
      breakMinutes: 'two',
      end: '08:00',
      days: [],
      timeZone: 'Mars/Olympus',
      sedentaryBudgetHours: '20',
    };
    const result = validateForm(form, settings);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(
      ['breakMinutes', 'days', 'end', 'intervalMinutes', 'sedentaryBudgetHours', 'timeZone'].sort(),
    );
  });

  it('puts the server’s field errors on the right fields', () => {
    expect(fieldOfPath('body.workingHours.end')).toBe('end');
    expect(fieldOfPath('/body/workingHours/days/2')).toBe('days');
    expect(fieldOfPath('sedentaryBudgetMinutes')).toBe('sedentaryBudgetHours');
    expect(fieldOfPath('body.somethingElse')).toBeNull();
    expect(Object.keys(serverErrors([{ path: 'body.intervalMinutes' }]))).toEqual([
      'intervalMinutes',
    ]);
  });
});

describe('break words', () => {
  it('formats minutes', () => {
    expect([0, 45, 60, 65, 479.6].map(formatMinutes)).toEqual([
      '0 min',
      '45 min',
      '1 h',
      '1 h 5 min',
      '8 h',
    ]);
  });

  it('names a stretch on both sides once', () => {
    expect(summariseRoutine(routineForBreak(0, 2))).toBe(
      'Standing hip flexor stretch (left, right), then walking break\u00a0·\u00a02\u00a0min',
    );
  });
});
