import { assertNever, equipmentWords, sideWords, type SessionStep } from '@psoas/core';

/**
 * How the web player names a step: its title on screen and its announcement to screen readers.
 * The cues' own words (voice, flash) are core's (`cueWords`), shared with the terminal player.
 */

function setWords(step: SessionStep): string {
  if (step.kind === 'done' || step.set === null) return '';
  return `set ${step.set} of ${step.setsOnSide}`;
}

/** What a step is, in a line: "Rest before set 2 of 3", "Hold 2 of 3", "10 reps". */
export function stepTitle(step: SessionStep): string {
  switch (step.kind) {
    case 'get-ready':
      return step.reason === 'switch-sides' ? 'Switch sides' : 'Get into position';
    case 'hold':
      return step.action === 'roll' ? 'Roll' : 'Hold';
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

/**
 * The screen-reader announcement as a step starts: "Step 4 of 20. Kneeling hip flexor stretch,
 * left side, set 1 of 2. Hold 1 of 3, 30 seconds."
 */
export function stepAnnouncement(step: SessionStep, total: number): string {
  const position = `Step ${step.index + 1} of ${total}.`;
  if (step.kind === 'done') return `${position} Session complete.`;
  const where = [step.name, sideWords(step), setWords(step)].filter(Boolean).join(', ');
  const seconds = Math.round(step.durationMs / 1000);
  let what: string;
  switch (step.kind) {
    case 'get-ready':
      what = [stepTitle(step), equipmentWords(step)].filter(Boolean).join('. ');
      break;
    case 'hold':
      what = `${stepTitle(step)} ${step.rep ?? 1} of ${step.repsPerSet}, ${Math.round(step.holdMs / 1000)} seconds`;
      break;
    case 'reps':
      what = stepTitle(step);
      break;
    case 'rest':
      what = `${stepTitle(step)}, ${seconds} seconds`;
      break;
    default:
      return assertNever(step);
  }
  return `${position} ${where}. ${what}.`.replace('..', '.');
}
