import { useEffect, useState, useSyncExternalStore, type RefObject } from 'react';

/**
 * The browser signals the animated figure listens to: reduced motion, page visibility,
 * being on screen, and a clock that only runs while all of them allow it.
 */

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

function subscribeReducedMotion(onChange: () => void): () => void {
  const query = window.matchMedia(REDUCED_MOTION);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** True while the person asks for less motion; follows changes to the setting live. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeReducedMotion,
    () => window.matchMedia(REDUCED_MOTION).matches,
    () => false,
  );
}

function subscribeVisibility(onChange: () => void): () => void {
  document.addEventListener('visibilitychange', onChange);
  return () => document.removeEventListener('visibilitychange', onChange);
}

/** False while the tab is in the background: no frames are drawn that nobody sees. */
export function useDocumentVisible(): boolean {
  return useSyncExternalStore(
    subscribeVisibility,
    () => document.visibilityState !== 'hidden',
    () => true,
  );
}

/** False while the element is scrolled out of view. */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) setOnScreen(entry.isIntersecting);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return onScreen;
}

/** A frame longer than this (a stalled tab) counts as this, so the figure never jumps. */
const MAX_FRAME_MS = 100;

/**
 * Milliseconds of animation played so far, advanced on each animation frame while `running`
 * and frozen otherwise, so pausing and resuming continue where the figure stopped.
 */
export function useAnimationClock(running: boolean): number {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (!running) return;
    let last = performance.now();
    let request = requestAnimationFrame(function tick(now: number) {
      const step = Math.min(Math.max(now - last, 0), MAX_FRAME_MS);
      last = now;
      setElapsed((total) => total + step);
      request = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(request);
  }, [running]);
  return elapsed;
}
