import { defaultBreakSettings, simulateWorkday } from '@psoas/core';

/**
 * The break scheduler's throughput: 100,000 people (BENCH_PEOPLE overrides) each driven through
 * a simulated working day, minute by minute, in one process. Each person is a different seed,
 * spread over a few time zones, so working hours and DST arithmetic are exercised too. Printed,
 * never asserted: issue 6 asks for decisions per second, not a pass or fail.
 */
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000);
const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney'];
const settingsByZone = ZONES.map((zone) => defaultBreakSettings(zone));

export function measureBreakScheduler(): { people: number; decisions: number; seconds: number } {
  let decisions = 0;
  const t0 = performance.now();
  for (let person = 0; person < PEOPLE; person++) {
    const settings = settingsByZone[person % settingsByZone.length];
    if (!settings) throw new Error('no settings');
    decisions += simulateWorkday({ settings, date: '2026-11-24', seed: person }).decisions;
  }
  return { people: PEOPLE, decisions, seconds: (performance.now() - t0) / 1000 };
}
