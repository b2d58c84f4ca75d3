import type { Equipment, SessionStep, SpeechCode, StepCue } from '@psoas/core';
import { assertNever } from '@psoas/core';

/**
 * The words of the session player, in one place: what the voice says for each cue, what the
 * visual flash shows, and how a step is announced to screen readers. Core sends codes; only
 * this module turns them into English (and later, into the person's language).
 */

const EQUIPMENT_WORDS: Readonly<Record<Exclude<Equipment, 'none'>, string>> = {
  mat: 'a mat',
  'foam-roller': 'the foam roller',
  ball: 'the massage ball',
  'table-or-chair': 'a table or chair',
  wall: 'a wall',
  band: 'the loop band',
};

function sideWords(step: SessionStep): string {
  if (step.kind === 'done' || step.side === null) return '';
  return `${step.side} side`;
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** "Get the foam roller and a mat." for a changeover that needs equipment, else "". */
export function equipmentWords(step: SessionStep): string {
  if (step.kind !== 'get-ready' || step.reason !== 'new-exercise') return '';
  const needed = step.equipment.flatMap((e) => (e === 'none' ? [] : [EQUIPMENT_WORDS[e]]));
  return needed.length === 0 ? '' : `Get ${joinWords(needed)}.`;
}

/** What the voice says for a spoken cue on `step`. */
export function speechWords(code: SpeechCode, step: SessionStep): string {
  switch (code) {
    case 'exercise': {
      if (step.kind === 'done') return '';
      const side = sideWords(step);
      return [`${step.name}${side ? `, ${side}` : ''}.`, equipmentWords(step)]
        .filter(Boolean)
        .join(' ');
    }
    case 'switch-sides': {
      const side = sideWords(step);
      return side ? `Switch to the ${side}.` : 'Switch sides.';
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

/**
 * The words for any cue: spoken cues say their words, counts say the number, beeps say what
 * the tone means. The visual flash shows these, so a person who cannot hear gets every cue.
 */
export function cueWords(cue: StepCue, step: SessionStep): string {
  switch (cue.kind) {
    case 'speak':
      return speechWords(cue.say, step);
    case 'count':
      return String(cue.value);
    case 'beep':
      return cue.tone === 'go' ? 'Go' : 'Lower';
    default:
      return assertNever(cue);
  }
}

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
