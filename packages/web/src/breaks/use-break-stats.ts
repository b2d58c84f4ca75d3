import {
  localTimeOf,
  openSittingStretch,
  summariseDay,
  type BreakState,
  type BreakStatsResponse,
  type DailyBreakStats,
  type Instant,
} from '@psoas/core';
import { useEffect, useState } from 'react';
import { browserStorage } from '../platform/theme.ts';
import { readLog } from './break-storage.ts';
import { breaksApi } from './breaks-api.ts';

export type BreakStatsView =
  | { readonly status: 'loading' }
  | { readonly status: 'server'; readonly stats: BreakStatsResponse }
  | { readonly status: 'device'; readonly today: DailyBreakStats };

/** Today's statistics from this device's log: what the dial shows while the server is away. */
export function deviceToday(state: BreakState, now: Instant): DailyBreakStats {
  const zone = state.settings.workingHours.timeZone;
  const open = openSittingStretch(state, now);
  return summariseDay({
    entries: [...readLog(browserStorage()), ...(open ? [open] : [])],
    date: localTimeOf(now, zone).date,
    timeZone: zone,
    standingTargetMinutes: state.settings.standingTargetMinutes,
    sedentaryBudgetMinutes: state.settings.sedentaryBudgetMinutes,
  });
}

/**
 * The last four weeks from `GET /api/breaks/stats`, fetched again whenever queued events reached
 * the server (`syncCount`), so a break just taken shows without a reload. The last answer stays
 * on screen while the next one loads.
 */
export function useBreakStats(syncCount: number, state: BreakState, now: Instant): BreakStatsView {
  const [stats, setStats] = useState<BreakStatsResponse | null>(null);
  const [failedAt, setFailedAt] = useState<number | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    breaksApi.stats({}, controller.signal).then(
      (answer) => {
        setStats(answer);
        setFailedAt(null);
      },
      () => {
        if (!controller.signal.aborted) setFailedAt(syncCount);
      },
    );
    return () => controller.abort();
  }, [syncCount]);

  if (failedAt !== null) return { status: 'device', today: deviceToday(state, now) };
  if (stats) return { status: 'server', stats };
  return { status: 'loading' };
}
