import type { SessionLog } from '@psoas/core';

/**
 * The numbers at the top of the Progress page, counted from the stored sessions and nothing
 * else: how many sessions and minutes this week and in the last four weeks, and the pain the
 * person reported after each one. No score is made up from them.
 */

export type Tally = { readonly sessions: number; readonly minutes: number };

export type PainPoint = {
  readonly id: string;
  readonly date: string;
  readonly startedAt: string;
  readonly painNow: number;
};

export type ProgressSummary = {
  readonly thisWeek: Tally;
  readonly lastFourWeeks: Tally & { readonly completed: number };
  /** Pain right after each session of the last four weeks that recorded it, oldest first. */
  readonly pain: readonly PainPoint[];
};

/** Four weeks including today. */
export const WINDOW_DAYS = 28;

/** `today` is "YYYY-MM-DD" in the person's time zone; weeks start on Monday. */
export function summariseSessions(sessions: readonly SessionLog[], today: string): ProgressSummary {
  const weekStart = startOfWeek(today);
  const windowStart = addDays(today, -(WINDOW_DAYS - 1));
  const inWindow = sessions.filter((s) => s.date >= windowStart && s.date <= today);
  const inWeek = inWindow.filter((s) => s.date >= weekStart);
  const pain = inWindow
    .filter((s): s is SessionLog & { painNow: number } => s.painNow !== null)
    .map((s) => ({ id: s.id, date: s.date, startedAt: s.startedAt, painNow: s.painNow }))
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  return {
    thisWeek: tally(inWeek),
    lastFourWeeks: {
      ...tally(inWindow),
      completed: inWindow.filter((s) => s.outcome === 'completed').length,
    },
    pain,
  };
}

function tally(sessions: readonly SessionLog[]): Tally {
  const seconds = sessions.reduce((sum, s) => sum + s.activeSeconds, 0);
  return { sessions: sessions.length, minutes: Math.round(seconds / 60) };
}

/** The Monday on or before `isoDate`. */
export function startOfWeek(isoDate: string): string {
  const weekday = new Date(toUtcMs(isoDate)).getUTCDay(); // 0 = Sunday
  return addDays(isoDate, -((weekday + 6) % 7));
}

export function addDays(isoDate: string, days: number): string {
  return new Date(toUtcMs(isoDate) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Today's date where the browser is, as the plan days are dated. */
export function localIsoDate(at: Date): string {
  const month = String(at.getMonth() + 1).padStart(2, '0');
  const day = String(at.getDate()).padStart(2, '0');
  return `${at.getFullYear()}-${month}-${day}`;
}

function toUtcMs(isoDate: string): number {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}
