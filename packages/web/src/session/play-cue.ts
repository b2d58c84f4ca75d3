import {
  assertNever,
  cueWords,
  type Instant,
  type SessionCue,
  type SessionStep,
} from '@psoas/core';
import type { CueSound } from './cue-sound.ts';

/**
 * Plays one cue the session machine emitted, and reports it. The report is a contract with
 * the benchmark (bench/) and the e2e tests: every cue played dispatches
 * `psoas:cue` on window with { key, kind, dueAt, firedAt, stepIndex, stepKind }, `dueAt` from
 * the machine and `firedAt` read from the same clock the moment the sound was started, so
 * firedAt - dueAt is the cue's real lateness.
 */

export const CUE_EVENT = 'psoas:cue';

export type CueEventDetail = {
  readonly key: string;
  readonly kind: SessionCue['kind'];
  readonly dueAt: number;
  readonly firedAt: number;
  readonly stepIndex: number;
  /** "done" for the session-complete cue: the benchmark knows the session ended. */
  readonly stepKind: SessionStep['kind'];
};

/** Plays `cue` (a cue of `step`) and returns the words the flash shows for it. */
export function playCue(
  sound: CueSound,
  cue: SessionCue,
  step: SessionStep,
  now: () => Instant,
): string {
  const words = cueWords(cue, step);
  switch (cue.kind) {
    case 'speak':
      sound.speak(words);
      break;
    case 'count':
      sound.beep(cue.direction === 'down' && cue.value === 1 ? 'tick-last' : 'tick');
      sound.speak(words);
      break;
    case 'beep':
      sound.beep(cue.tone);
      break;
    default:
      assertNever(cue);
  }
  const detail: CueEventDetail = {
    key: cue.key,
    kind: cue.kind,
    dueAt: cue.dueAt,
    firedAt: now(),
    stepIndex: cue.stepIndex,
    stepKind: step.kind,
  };
  window.dispatchEvent(new CustomEvent(CUE_EVENT, { detail }));
  return words;
}
