import {
  assertNever,
  currentStep,
  equipmentWords,
  sessionRemainingMs,
  sideWords,
  stepRemainingMs,
  totalDurationMs,
  type Instant,
  type SessionState,
  type SessionStep,
  type StepPreview,
} from '@psoas/core';
import type { FormatOptions } from '../format/style.ts';
import { bigText, clockText, countdownText } from './big-digits.ts';
import { stepPlace, stepTitle } from './step-words.ts';
import { KEY_HELP } from './keys.ts';

/**
 * The live view as pure functions: `frameView` reads what to show from the machine's state at
 * an instant, `renderFrame` lays it out as lines. The frame always has the same number of lines,
 * so the screen can redraw it in place (screen.ts) without flicker or scrolling.
 */

export type FrameView = {
  /** "Session 1 of 2 · 2026-11-24". */
  readonly title: string;
  readonly status: SessionState['status'];
  /** Step n of m (1-based). */
  readonly stepNumber: number;
  readonly stepCount: number;
  /** "Glute bridge, left side, set 2 of 3". */
  readonly place: string;
  /** What to do now: "Move into position", "Hold 2 of 3", "Rep 3 of 10: lower". */
  readonly activity: string;
  /** The figure's step text: the keyframe label, or what to fetch. */
  readonly instruction: string;
  readonly countdown: string;
  readonly next: string;
  /** Share of the session behind, 0 to 1. */
  readonly progress: number;
  readonly left: string;
  /** A line that needs attention: paused, or the "end the session?" question. */
  readonly notice: string;
};

export type FrameMeta = { readonly title: string; readonly confirmingQuit: boolean };

function holdActivity(step: Extract<SessionStep, { kind: 'hold' }>, elapsed: number): string {
  if (elapsed < step.moveInMs) return 'Move into position';
  if (elapsed < step.moveInMs + step.holdMs) return stepTitle(step);
  return step.action === 'roll' ? 'Stop rolling' : 'Release';
}

function repsActivity(step: Extract<SessionStep, { kind: 'reps' }>, elapsed: number): string {
  const rep = Math.min(step.reps, Math.floor(elapsed / step.repMs) + 1);
  const within = elapsed - (rep - 1) * step.repMs;
  const { upMs, holdMs } = step.tempo;
  const phase = within < upMs ? 'up' : within < upMs + holdMs ? 'hold' : 'lower';
  return `Rep ${rep} of ${step.reps}: ${phase}`;
}

/** What to do right now, `elapsed` ms into the step. */
export function stepActivity(step: SessionStep, elapsed: number): string {
  switch (step.kind) {
    case 'get-ready': {
      const side = sideWords(step);
      return step.reason === 'switch-sides' && side !== ''
        ? `Switch to the ${side}`
        : stepTitle(step);
    }
    case 'hold':
      return holdActivity(step, elapsed);
    case 'reps':
      return repsActivity(step, elapsed);
    case 'rest':
      return stepTitle(step);
    case 'done':
      return '';
    default:
      return assertNever(step);
  }
}

function previewText(preview: StepPreview | null, steps: readonly SessionStep[]): string {
  if (preview === null) return '';
  const step = steps[preview.index];
  if (step === undefined || step.kind === 'done') return 'Next: the end of the session';
  const seconds = Math.round(step.durationMs / 1000);
  const what = step.kind === 'get-ready' ? stepPlace(step) : stepTitle(step);
  return `Next: ${what}, ${seconds} s`;
}

function noticeOf(state: SessionState, meta: FrameMeta): string {
  if (meta.confirmingQuit) return 'End the session now? y ends it, any other key carries on.';
  switch (state.status) {
    case 'idle':
      return 'Starting...';
    case 'paused':
      return 'Paused. Press space to carry on.';
    case 'auto-paused':
      return 'Paused after a gap (did the computer sleep?). Press space to carry on.';
    case 'finished':
      return state.outcome === 'completed' ? 'Well done.' : 'Ended early.';
    case 'running':
      return '';
    default:
      return assertNever(state);
  }
}

export function frameView(state: SessionState, now: Instant, meta: FrameMeta): FrameView {
  const step = currentStep(state);
  const total = totalDurationMs(state.steps);
  const remaining = stepRemainingMs(state, now);
  const left = sessionRemainingMs(state, now);
  const elapsed = step === undefined ? 0 : step.durationMs - remaining;
  const instruction =
    step === undefined || step.kind === 'done'
      ? ''
      : [step.keyframeLabel ?? '', equipmentWords(step)].filter((t) => t !== '').join('. ');
  return {
    title: meta.title,
    status: state.status,
    stepNumber: (step?.index ?? 0) + 1,
    stepCount: state.steps.length,
    place: step === undefined ? '' : stepPlace(step),
    activity: step === undefined ? '' : stepActivity(step, elapsed),
    instruction,
    countdown: countdownText(remaining),
    next: previewText(step?.next ?? null, state.steps),
    progress: total <= 0 ? 1 : Math.min(1, Math.max(0, 1 - left / total)),
    left: `${clockText(left)} left`,
    notice: noticeOf(state, meta),
  };
}

/** Cut to `width` columns (the frame must never wrap, or redrawing in place breaks). */
function fit(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

function progressBar(progress: number, width: number): string {
  const cells = Math.max(10, Math.min(40, width - 24));
  const done = Math.round(progress * cells);
  return `[${'█'.repeat(done)}${'░'.repeat(cells - done)}] ${String(Math.round(progress * 100)).padStart(3)}%`;
}

/** The frame's lines, always FRAME_HEIGHT of them, none wider than `width`. */
export function renderFrame(view: FrameView, { style, width }: FormatOptions): string[] {
  const status = view.status === 'running' ? '' : ` · ${view.status.toUpperCase()}`;
  const line = (text: string, styled: (t: string) => string = (t) => t) => styled(fit(text, width));
  return [
    line(`${view.title} · step ${view.stepNumber} of ${view.stepCount}${status}`, style.dim),
    '',
    line(view.place, style.bold),
    line(view.activity.toUpperCase(), style.heading),
    line(view.instruction),
    '',
    ...bigText(view.countdown).map((row) => line(`  ${row}`, style.bold)),
    '',
    line(view.next),
    line(`${progressBar(view.progress, width)}  ${view.left}`),
    line(KEY_HELP, style.dim),
    line(view.notice, style.warn),
  ];
}

export const FRAME_HEIGHT = 16;
