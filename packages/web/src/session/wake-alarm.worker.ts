/**
 * A one-shot alarm in a dedicated worker: "wake me in N ms". Chrome throttles a background
 * tab's timers to one wake-up a second (and to one a minute after five minutes hidden), but
 * not a dedicated worker's, so this is what keeps cues on time while the player's tab is
 * behind another one. The delay is relative: the worker's clock has its own time origin.
 */

let timer: ReturnType<typeof setTimeout> | undefined;

self.onmessage = (event: MessageEvent<unknown>) => {
  clearTimeout(timer);
  timer = undefined;
  const delay = event.data;
  if (typeof delay !== 'number' || !Number.isFinite(delay)) return;
  timer = setTimeout(() => self.postMessage('wake'), Math.max(0, delay));
};
