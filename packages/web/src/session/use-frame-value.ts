import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * A value read from the clock on every animation frame while `running`, e.g. the countdown's
 * text. It only drives the display: React re-renders when the value changes (once a second
 * for a countdown), and the schedule itself never depends on frames, which a background tab
 * does not get at all. `key` names what the value depends on besides the clock (the state):
 * when it changes, the value is read again on the next frame.
 */
export function useFrameValue<T extends string | number>(
  compute: () => T,
  running: boolean,
  key: unknown,
): T {
  const [value, setValue] = useState(compute);
  const latest = useRef(compute);
  useLayoutEffect(() => {
    latest.current = compute;
  });
  useEffect(() => {
    let frame = requestAnimationFrame(function draw() {
      setValue(latest.current());
      if (running) frame = requestAnimationFrame(draw);
    });
    return () => cancelAnimationFrame(frame);
  }, [running, key]);
  return value;
}
