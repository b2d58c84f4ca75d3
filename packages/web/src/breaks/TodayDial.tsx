import type { DailyBreakStats } from '@psoas/core';
import { formatMinutes } from './break-format.ts';

type TodayDialProps = {
  readonly today: DailyBreakStats;
  /** Why the figures may be behind: offline, from this device only. */
  readonly source: 'server' | 'device';
};

const RADIUS = 52;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/**
 * Today at a glance: a ring of time sitting against the sedentary budget (8 h, csep-2020), and
 * the figures behind it. The ring is an image with a text equivalent; every number is also
 * written out in the list beside it, so nothing is only in the picture.
 */
export function TodayDial({ today, source }: TodayDialProps) {
  const budget = Math.max(1, today.sedentaryBudgetMinutes);
  const fraction = Math.min(1, today.sittingMinutes / budget);
  const over = today.sedentaryOverBudgetMinutes > 0;
  const standingFraction = Math.min(
    1,
    today.standingMinutes / Math.max(1, today.standingTargetMinutes),
  );
  const label = `Sitting today: ${formatMinutes(today.sittingMinutes)} of a ${formatMinutes(budget)} budget.`;

  return (
    <div className="today-dial">
      <svg
        className={`today-dial__ring${over ? ' today-dial__ring--over' : ''}`}
        viewBox="0 0 128 128"
        width="176"
        height="176"
        role="img"
        aria-label={label}
      >
        <circle className="today-dial__track" cx="64" cy="64" r={RADIUS} />
        {fraction > 0 ? (
          <circle
            className="today-dial__value"
            cx="64"
            cy="64"
            r={RADIUS}
            strokeDasharray={`${fraction * CIRCUMFERENCE} ${CIRCUMFERENCE}`}
            transform="rotate(-90 64 64)"
          />
        ) : null}
        <text x="64" y="60" textAnchor="middle" className="today-dial__big">
          {formatMinutes(today.sittingMinutes)}
        </text>
        <text x="64" y="80" textAnchor="middle" className="today-dial__small">
          sitting of {formatMinutes(budget)}
        </text>
      </svg>
      <dl className="today-dial__figures">
        <div>
          <dt>Time sitting</dt>
          <dd data-stat="sitting">
            {formatMinutes(today.sittingMinutes)}
            {over ? `, ${formatMinutes(today.sedentaryOverBudgetMinutes)} over budget` : ''}
          </dd>
        </div>
        <div>
          <dt>Longest sitting stretch</dt>
          <dd data-stat="longest">{formatMinutes(today.longestSittingMinutes)}</dd>
        </div>
        <div>
          <dt>Breaks taken</dt>
          <dd data-stat="taken">
            {today.breaksTaken}
            {today.naturalBreaks > 0 ? `, and ${today.naturalBreaks} away from the desk` : ''}
          </dd>
        </div>
        <div>
          <dt>Snoozed</dt>
          <dd data-stat="snoozed">{today.snoozed}</dd>
        </div>
        <div>
          <dt>Skipped</dt>
          <dd data-stat="skipped">{today.skipped}</dd>
        </div>
        <div className="today-dial__standing">
          <dt>Standing and light activity</dt>
          <dd data-stat="standing">
            {formatMinutes(today.standingMinutes)} of {formatMinutes(today.standingTargetMinutes)}
            <span className="meter" aria-hidden="true">
              <span className="meter__fill" style={{ width: `${standingFraction * 100}%` }} />
            </span>
          </dd>
        </div>
      </dl>
      {source === 'device' ? (
        <p className="today-dial__note">
          The server cannot be reached: these are today’s figures from this device only.
        </p>
      ) : null}
    </div>
  );
}
