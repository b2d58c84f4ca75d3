import { MINUTE_MS, asInstant, type Instant } from '@psoas/core';

/**
 * Where "the person is away" comes from in a browser. With the Idle Detection API (Chromium,
 * only after the person allowed it from the Breaks page) we hear about system-wide idleness and
 * the screen lock. Without it, the page can only see its own input: pointer and keys mean the
 * person is here; and while this page has the focus, input would come to it, so none for
 * `PAGE_IDLE_MS` means they are away (the 5 minutes Stretchly and BreakTimer use for their idle
 * reset, research §1). A page without focus learns nothing: the person may be working in
 * another window, and silence there must not count as a break.
 */

export type IdleSink = {
  /** Away since `since` (the reducer decides whether that becomes a natural break). */
  readonly idle: (since: Instant, now: Instant) => void;
  /** Here now. */
  readonly active: (now: Instant) => void;
};

export const PAGE_IDLE_MS = 5 * MINUTE_MS;
/** Input is reported at most this often; the reducer only needs to hear it once it matters. */
const ACTIVE_THROTTLE_MS = 10_000;
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

const clock = (): Instant => asInstant(Date.now());

/** Watches this page's input; returns a function that stops watching. */
export function watchPageActivity(sink: IdleSink, options: { pageIdle: boolean }): () => void {
  let lastInput = clock();
  let lastReported = 0;
  let away = false;
  const onInput = () => {
    const now = clock();
    lastInput = now;
    if (away || now - lastReported >= ACTIVE_THROTTLE_MS) {
      away = false;
      lastReported = now;
      sink.active(now);
    }
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') onInput();
  };
  for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { passive: true });
  document.addEventListener('visibilitychange', onVisible);
  const check = options.pageIdle
    ? window.setInterval(() => {
        const now = clock();
        const focused = document.visibilityState === 'visible' && document.hasFocus();
        if (!away && focused && now - lastInput >= PAGE_IDLE_MS) {
          away = true;
          sink.idle(lastInput, now);
        }
      }, 30_000)
    : undefined;
  return () => {
    for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput);
    document.removeEventListener('visibilitychange', onVisible);
    if (check !== undefined) window.clearInterval(check);
  };
}

/** The Idle Detection API's shape, which TypeScript's DOM library does not have yet. */
type IdleDetectorLike = EventTarget & {
  readonly userState: 'active' | 'idle' | null;
  readonly screenState: 'locked' | 'unlocked' | null;
  start(options: { threshold: number; signal: AbortSignal }): Promise<void>;
};
type IdleDetectorClass = {
  new (): IdleDetectorLike;
  requestPermission(): Promise<PermissionState>;
};

function idleDetectorClass(): IdleDetectorClass | undefined {
  const candidate = (globalThis as { IdleDetector?: IdleDetectorClass }).IdleDetector;
  return typeof candidate === 'function' ? candidate : undefined;
}

export type IdleDetectionSupport = 'unsupported' | 'prompt' | 'granted' | 'denied';

export function isIdleDetectionSupported(): boolean {
  return idleDetectorClass() !== undefined;
}

/** Asks for the permission; only from a button the person pressed (the API requires it). */
export async function requestIdleDetection(): Promise<IdleDetectionSupport> {
  const Detector = idleDetectorClass();
  if (!Detector) return 'unsupported';
  try {
    return await Detector.requestPermission();
  } catch {
    return 'denied';
  }
}

/** The smallest threshold the API allows: a minute without input anywhere. */
const DETECTOR_THRESHOLD_MS = MINUTE_MS;

/**
 * Starts the detector if the permission is there; stops when `signal` aborts. Idle or a locked
 * screen is an absence that began a threshold ago; anything else is the person being back.
 */
export async function startIdleDetector(sink: IdleSink, signal: AbortSignal): Promise<boolean> {
  const Detector = idleDetectorClass();
  if (!Detector) return false;
  try {
    const detector = new Detector();
    detector.addEventListener('change', () => {
      const now = clock();
      if (detector.userState === 'idle' || detector.screenState === 'locked') {
        sink.idle(asInstant(now - DETECTOR_THRESHOLD_MS), now);
      } else {
        sink.active(now);
      }
    });
    await detector.start({ threshold: DETECTOR_THRESHOLD_MS, signal });
    return true;
  } catch {
    // Permission not granted (any more), or not allowed in this context.
    return false;
  }
}
