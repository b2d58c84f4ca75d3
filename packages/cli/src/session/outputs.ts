import {
  cueWords,
  type Instant,
  type SessionCue,
  type SessionState,
  type SessionStep,
} from '@psoas/core';
import type { FormatOptions } from '../format/style.ts';
import { stepPlace, stepTitle } from './step-words.ts';
import { frameView, renderFrame, type FrameMeta } from './frame.ts';
import type { PlayerOutput } from './player.ts';
import type { LiveScreen } from './screen.ts';
import type { Voice } from './voice.ts';

/**
 * The three ways the terminal player shows a session, as PlayerOutputs:
 * - live: the frame redrawn in place, a bell for beeps and counts, a text line per spoken cue;
 * - json: one NDJSON line per step, cue and status change, for scripts (no ANSI, no bell);
 * - plain: one line per step and per spoken cue, for logs and pipes.
 * The voice speaks in every mode (unless --no-voice): the person may be listening either way.
 */

/** Whether a cue rings the bell: beeps and counts, the sounds of the web player. */
export const ringsBell = (cue: SessionCue): boolean => cue.kind === 'beep' || cue.kind === 'count';

/** Spoken cues and counts are said; a beep is only a sound. */
function speakTo(voice: Voice, cue: SessionCue, step: SessionStep): void {
  if (cue.kind !== 'beep') voice.speak(cueWords(cue, step));
}

export function stepJson(step: SessionStep, at: Instant): Record<string, unknown> {
  const place =
    step.kind === 'done'
      ? {}
      : {
          exerciseId: step.exerciseId,
          name: step.name,
          side: step.side,
          set: step.set,
          setsOnSide: step.setsOnSide,
          rep: step.rep,
          repsPerSet: step.repsPerSet,
          instruction: step.keyframeLabel,
        };
  const { index, kind, durationMs } = step;
  return { type: 'step', index, kind, title: stepTitle(step), ...place, durationMs, at };
}

export function cueJson(cue: SessionCue, step: SessionStep, firedAt: Instant) {
  const detail =
    cue.kind === 'speak'
      ? { say: cue.say }
      : cue.kind === 'count'
        ? { value: cue.value, direction: cue.direction }
        : { tone: cue.tone };
  const { key, stepIndex, kind, dueAt } = cue;
  const words = cueWords(cue, step);
  return { type: 'cue', key, stepIndex, kind, ...detail, words, dueAt, firedAt };
}

export function statusJson(state: SessionState, at: Instant): Record<string, unknown> {
  const reason = state.status === 'auto-paused' ? { reason: state.reason } : {};
  return { type: 'status', status: state.status, ...reason, at };
}

const line = (value: unknown) => `${JSON.stringify(value)}\n`;

export function jsonOutput(write: (text: string) => void, voice: Voice): PlayerOutput {
  return {
    step: (step, _state, at) => write(line(stepJson(step, at))),
    cue(cue, step, firedAt) {
      write(line(cueJson(cue, step, firedAt)));
      speakTo(voice, cue, step);
    },
    status: (state, at) => write(line(statusJson(state, at))),
    frame: () => undefined,
  };
}

/** "Step 4 of 38: Glute bridge, left side, set 1 of 2. 10 reps, 40 s." */
export function plainStepLine(step: SessionStep, stepCount: number): string {
  const seconds = Math.round(step.durationMs / 1000);
  const what = step.kind === 'done' ? '' : ` ${stepTitle(step)}, ${seconds} s.`;
  return `Step ${step.index + 1} of ${stepCount}: ${stepPlace(step)}.${what}`;
}

export function plainStatusLine(state: SessionState): string | null {
  switch (state.status) {
    case 'auto-paused':
      return '  (a gap: the computer slept or was busy; carrying on from where it was)';
    case 'paused':
      return '  Paused.';
    case 'running':
      return '  Carrying on.';
    case 'idle':
    case 'finished':
      return null;
  }
}

export function plainOutput(write: (text: string) => void, voice: Voice): PlayerOutput {
  return {
    step: (step, state) => write(`${plainStepLine(step, state.steps.length)}\n`),
    cue(cue, step) {
      if (cue.kind === 'speak') write(`  » ${cueWords(cue, step)}\n`);
      speakTo(voice, cue, step);
    },
    status(state) {
      const text = plainStatusLine(state);
      if (text !== null) write(`${text}\n`);
    },
    frame: () => undefined,
  };
}

export type LiveOptions = {
  readonly screen: LiveScreen;
  readonly voice: Voice;
  readonly format: FormatOptions;
  readonly meta: () => FrameMeta;
};

/** The live view; `redraw` lets a key (the quit question) redraw without a transition. */
export function liveOutput(options: LiveOptions): PlayerOutput & {
  readonly redraw: (state: SessionState, at: Instant) => void;
} {
  const { screen, voice, format } = options;
  let log: string[] = [];
  const redraw = (state: SessionState, at: Instant) => {
    screen.draw(renderFrame(frameView(state, at, options.meta()), format), log);
    log = [];
  };
  return {
    step: () => undefined,
    cue(cue, step) {
      if (cue.kind === 'speak') log.push(format.style.dim(`» ${cueWords(cue, step)}`));
      if (ringsBell(cue)) screen.bell();
      speakTo(voice, cue, step);
    },
    status: () => undefined,
    frame: redraw,
    redraw,
  };
}
