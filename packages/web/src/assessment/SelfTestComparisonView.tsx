import type { SelfTestComparisonRecord } from '@psoas/core';
import { useCallback } from 'react';
import { isApiError } from '../platform/api.ts';
import { assessmentApi } from '../platform/assessment-api.ts';
import { useRequest } from '../platform/use-request.ts';

const DIRECTION_WORDS = {
  better: 'Looser or stronger',
  same: 'About the same',
  worse: 'Tighter or weaker',
  different: 'Noted',
} as const;

/**
 * Since the first self-tests: what changed on each side, and which side differences evened
 * out. Shown after a re-test; nothing is shown after the very first one.
 */
export function SelfTestComparisonView() {
  const load = useCallback((signal: AbortSignal) => assessmentApi.compareSelfTests(signal), []);
  const request = useRequest(load);
  if (request.status !== 'success') {
    // Before a second test there is nothing to compare: that is not an error worth showing.
    if (request.status === 'error' && !(isApiError(request.error) && request.error.isNotFound())) {
      return (
        <p className="assess-form__saved">
          The comparison with your first tests could not be loaded.
        </p>
      );
    }
    return null;
  }
  return <Comparison comparison={request.data} />;
}

function Comparison({ comparison }: { comparison: SelfTestComparisonRecord }) {
  const since = new Date(comparison.first.recordedAt).toLocaleDateString(undefined, {
    dateStyle: 'long',
  });
  const changed = comparison.changes.filter((change) => change.direction !== 'same');
  return (
    <section className="comparison" aria-labelledby="comparison-heading">
      <h3 id="comparison-heading">Since your first tests on {since}</h3>
      {comparison.evenedOut.length > 0 ? (
        <ul className="observations">
          {comparison.evenedOut.map((a) => (
            <li key={`${a.finding}-${a.side}`}>
              Evened out: {a.observation.replace(/\.$/, '')} at first, not any more.
            </li>
          ))}
        </ul>
      ) : null}
      {changed.length === 0 ? (
        <p>
          Your results are about the same as the first time. Range often takes 4 to 6 weeks to
          change.
        </p>
      ) : (
        <dl className="comparison__changes">
          {changed.map((change) => (
            <div key={`${change.test}-${change.side}`}>
              <dt>{DIRECTION_WORDS[change.direction]}</dt>
              <dd>{change.observation}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="comparison__note">
        Home tests vary from day to day; an angle counts as changed from 5° and a bridge hold from
        20%, so small differences are not read as progress or setbacks.
      </p>
    </section>
  );
}
