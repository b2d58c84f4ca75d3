import { useEffect, useState } from 'react';

type HoldTimerProps = {
  /** "left" or "right", for the buttons' accessible names. */
  readonly sideLabel: string;
  /** Called with whole seconds when the timer is stopped. */
  readonly onStop: (seconds: number) => void;
};

/** The longest hold the self-test records (core's limit). */
const MAX_SECONDS = 600;

/**
 * A start/stop timer for a hold. It keeps the start instant and compares with the clock on
 * each tick, so a throttled tab cannot make it drift; the tick only refreshes the display.
 */
export function HoldTimer({ sideLabel, onStop }: HoldTimerProps) {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  const [announced, setAnnounced] = useState('');

  useEffect(() => {
    if (startedAt === null) return;
    const tick = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(tick);
  }, [startedAt]);

  const elapsed = startedAt === null ? 0 : Math.max(0, Math.floor((now - startedAt) / 1000));

  function start(): void {
    const at = Date.now();
    setStartedAt(at);
    setNow(at);
    setAnnounced(`Timer started for the ${sideLabel} side.`);
  }

  function stop(): void {
    if (startedAt === null) return;
    const seconds = Math.min(MAX_SECONDS, Math.round((Date.now() - startedAt) / 1000));
    setStartedAt(null);
    setAnnounced(`Stopped at ${seconds} seconds.`);
    onStop(seconds);
  }

  return (
    <div className="hold-timer">
      <span className="hold-timer__time" role="timer" aria-label={`${sideLabel} side timer`}>
        {elapsed} s
      </span>
      {startedAt === null ? (
        <button type="button" className="button button--secondary" onClick={start}>
          Start timer<span className="visually-hidden"> for the {sideLabel} side</span>
        </button>
      ) : (
        <button type="button" className="button" onClick={stop}>
          Stop: hips dropped<span className="visually-hidden"> ({sideLabel} side)</span>
        </button>
      )}
      <span className="visually-hidden" aria-live="polite">
        {announced}
      </span>
    </div>
  );
}
