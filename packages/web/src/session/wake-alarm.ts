/** The main thread's side of wake-alarm.worker.ts. */

export type WakeAlarm = {
  /** Wake in `delayMs` (replacing any earlier alarm); null clears it. */
  readonly set: (delayMs: number | null) => void;
  readonly dispose: () => void;
};

/**
 * A worker alarm calling `onWake`, or null where workers are unavailable: the player then has
 * its main-thread timer and visibility ticks only, which still never drift the schedule.
 */
export function createWakeAlarm(onWake: () => void): WakeAlarm | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./wake-alarm.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  worker.onmessage = () => onWake();
  return {
    set: (delayMs) => worker.postMessage(delayMs),
    dispose: () => worker.terminate(),
  };
}
