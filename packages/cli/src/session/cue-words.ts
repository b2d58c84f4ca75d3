import {
  assertNever,
  type Equipment,
  type SessionStep,
  type SpeechCode,
  type StepCue,
} from '@psoas/core';

/**
 * The terminal player's words, in one place: what the voice says for each cue, and how a step
 * is named on screen and in a log line. Core sends codes; only this module turns them into
 * English. (The web player has its own copy in packages/web; the CLI may not import it.)
 */

const EQUIPMENT_WORDS: Readonly<Record<Exclude<Equipment, 'none'>, string>> = {
  mat: 'a mat',
  'foam-roller': 'the foam roller',
  ball: 'the massage ball',
  'table-or-chair': 'a table or chair',
  wall: 'a wall',
  band: 'the loop band',
};

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** "left side", or '' for both sides and the done step. */
export function sideWords(step: SessionStep): string {
  return step.kind === 'done' || step.side === null ? '' : `${step.side} side`;
}

/** "Get the foam roller and a mat." as a new exercise starts, when it needs any. */
export function equipmentWords(step: SessionStep): string {
  if (step.kind !== 'get-ready' || step.reason !== 'new-exercise') return '';
  const needed = step.equipment.flatMap((e) => (e === 'none' ? [] : [EQUIPMENT_WORDS[e]]));
  return needed.length === 0 ? '' : `Get ${joinWords(needed)}.`;
}

export function speechWords(code: SpeechCode, step: SessionStep): string {
  switch (code) {
    case 'exercise': {
      if (step.kind === 'done') return '';
      const side = sideWords(step);
      return [`${step.name}${side === '' ? '' : `, ${side}`}.`, equipmentWords(step)]
        .filter((words) => words !== '')
        .join(' ');
    }
    case 'switch-sides': {
      const side = sideWords(step);
      return side === '' ? 'Switch sides.' : `Switch to the ${side}.`;
    }
    case 'hold':
      return 'Hold.';
    case 'release':
      return 'Release.';
    case 'roll':
      return 'Roll slowly.';
    case 'stop-rolling':
      return 'Stop rolling.';
    case 'last-set':
      return 'Last set.';
    case 'rest':
      return 'Rest.';
    case 'session-complete':
      return 'Session complete. Well done.';
    default:
      return assertNever(code);
  }
}

/** What a cue is in words: spoken cues their words, counts their number, beeps their meaning. */
export function cueWords(cue: StepCue, step: SessionStep): string {
  switch (cue.kind) {
    case 'speak':
      return speechWords(cue.say, step);
    case 'count':
      return String(cue.value);
    case 'beep':
      return cue.tone === 'go' ? 'Go.' : 'Lower.';
    default:
      return assertNever(cue);
  }
}

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
