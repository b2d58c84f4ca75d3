import { describe, expect, it } from 'vitest';
import { formatWhen, importedSummary, localDateStamp } from './settings-labels.ts';

describe('formatWhen', () => {
  it('writes an instant in the given locale and zone', () => {
    const at = '2025-03-05T09:30:00.000Z';
    expect(formatWhen(at, { locale: 'en-GB', timeZone: 'UTC' })).toBe('5 Mar 2025, 09:30');
    expect(formatWhen(at, { locale: 'en-GB', timeZone: 'Europe/Helsinki' })).toBe(
      '5 Mar 2025, 11:30',
    );
  });

  it('shows a malformed instant as it came', () => {
    expect(formatWhen('not a date')).toBe('not a date');
  });
});

describe('importedSummary', () => {
  it('names each kind with rows by its label, unknown kinds by their name', () => {
    expect(importedSummary({ sessionLogs: 3, intakes: 0, breakLog: 2, somethingNew: 1 })).toBe(
      'Sessions: 3, Breaks taken: 2, somethingNew: 1',
    );
  });

  it('says so when nothing was imported', () => {
    expect(importedSummary({ sessionLogs: 0 })).toBe('no records');
  });
});

describe('localDateStamp', () => {
  it('pads month and day', () => {
    expect(localDateStamp(new Date(2025, 0, 7, 12))).toBe('2025-01-07');
  });
});
