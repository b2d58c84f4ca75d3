import type { RedFlagId, TriageAdvice, TriageLevel } from '@psoas/core';
import { Link } from 'react-router';
import { RED_FLAG_SUMMARIES } from './red-flag-summaries.ts';

type StopNoticeProps = {
  readonly level: TriageLevel;
  readonly advice: TriageAdvice;
  /** The answers that led here, then any others worth a doctor's knowing. */
  readonly answers: readonly RedFlagId[];
  /** The heading level inside the page: the result page uses h2 under its h1. */
  readonly headingId?: string;
};

/**
 * The screening has stopped the programme. Calm and prominent, with what to do, how soon, and
 * the answers to show a doctor; no exercise and no way to start one. Emergency and same-day
 * levels are announced at once (role="alert").
 */
export function StopNotice({
  level,
  advice,
  answers,
  headingId = 'stop-heading',
}: StopNoticeProps) {
  const urgent = level === 'emergency' || level === 'same-day';
  return (
    <section
      className={`stop-notice stop-notice--${level}`}
      role={urgent ? 'alert' : undefined}
      aria-labelledby={headingId}
      data-level={level}
    >
      <h2 id={headingId} className="stop-notice__headline">
        {advice.headline}
      </h2>
      <p className="stop-notice__action">{advice.action}</p>
      {answers.length > 0 ? (
        <>
          <h3 className="stop-notice__subhead">What you told us, to show the doctor</h3>
          <ul className="stop-notice__answers">
            {answers.map((id) => (
              <li key={id}>{RED_FLAG_SUMMARIES[id]}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="stop-notice__refer">
        Psoas Coach does not diagnose. These answers are a reason to be checked, not a conclusion
        about what is going on.
      </p>
      <p className="stop-notice__next">
        The exercises stay paused until a new screening clears them. Once a doctor has seen you,{' '}
        <Link to="/assess/screening">answer the screening again</Link>.
      </p>
    </section>
  );
}
