import { assertNever, sideWords, type SessionStep } from '@psoas/core';

/**
 * How the terminal player names a step on screen and in a log line. The cues' own words
 * (voice, bell lines) are core's (`cueWords`), shared with the web player.
 */

/** What the step is, in a few words: "Get into position", "Hold 2 of 3", "10 reps", "Rest". */
export function stepTitle(step: SessionStep): string {
  switch (step.kind) {
    case 'get-ready':
      return step.reason === 'switch-sides' ? 'Switch sides' : 'Get into position';
    case 'hold':
      return `${step.action === 'roll' ? 'Roll' : 'Hold'} ${step.rep ?? 1} of ${step.repsPerSet}`;
    case 'reps':
      return `${step.reps} reps`;
    case 'rest':
      return step.reason === 'between-sets' ? 'Rest before the next set' : 'Rest';
    case 'done':
      return 'Session complete';
    default:
      return assertNever(step);
  }
}

/** "Glute bridge, left side, set 2 of 3", or "Session complete". */
export function stepPlace(step: SessionStep): string {
  if (step.kind === 'done') return 'Session complete';
  const set = step.set === null ? '' : `set ${step.set} of ${step.setsOnSide}`;
  return [step.name, sideWords(step), set].filter((part) => part !== '').join(', ');
}
