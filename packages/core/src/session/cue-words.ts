import type { Equipment } from '../catalogue/exercise.schema.ts';
import { assertNever } from '../result.ts';
import type { SessionStep, SpeechCode, StepCue } from './session-step.ts';

/**
 * The words of a guided session's cues, for every player (web, terminal): what the voice says
 * for each spoken cue, and what a count or a beep means in words, so a visual flash or a log
 * line carries every cue to a person who cannot hear. The machine sends codes; this module is
 * the one place they become English (and, later, the person's language). How a player names a
 * step on its own screen stays with that player.
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

/** "Get the foam roller and a mat." as a new exercise starts, when it needs any; else ''. */
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

/** A cue in words: spoken cues their words, counts their number, beeps what the tone means. */
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
