import type { ProgressSummary, Tally } from './progress-summary.ts';
import { PainTrend } from './PainTrend.tsx';

type ProgressSummaryViewProps = {
  readonly summary: ProgressSummary;
  /** Sessions on this device not yet on the server, so not in these numbers. */
  readonly waiting: number;
};

/** Counts and minutes this week and over four weeks, then pain after each session. */
export function ProgressSummaryView({ summary, waiting }: ProgressSummaryViewProps) {
  return (
    <section className="progress-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">The last four weeks</h2>
      <dl className="progress-summary__tallies">
        <TallyView label="This week" tally={summary.thisWeek} />
        <TallyView label="Last 4 weeks" tally={summary.lastFourWeeks} />
        <div className="progress-summary__tally">
          <dt>Completed to the end</dt>
          <dd>
            <span className="progress-summary__number">{summary.lastFourWeeks.completed}</span> of{' '}
            {summary.lastFourWeeks.sessions}
          </dd>
        </div>
      </dl>
      {waiting > 0 ? (
        <p className="progress-summary__note">
          Sessions waiting to sync are counted once the server has them.
        </p>
      ) : null}
      <PainTrend points={summary.pain} />
    </section>
  );
}

function TallyView({ label, tally }: { readonly label: string; readonly tally: Tally }) {
  return (
    <div className="progress-summary__tally">
      <dt>{label}</dt>
      <dd>
        <span className="progress-summary__number">{tally.sessions}</span>{' '}
        {tally.sessions === 1 ? 'session' : 'sessions'}, {tally.minutes} min
      </dd>
    </div>
  );
}
