import { assertNever } from '../result.ts';
import { millis } from './time.ts';
import type { HoldStep, RepsStep, SessionStep, StepCue } from './session-step.ts';

/**
 * The cues a step schedules, as data. Shells turn them into speech, beeps and a visual flash;
 * the session machine emits each one when it falls due.
 *
 * - changeover: the exercise name (or "switch sides") as it starts, a "go" beep as it ends;
 * - hold: "last set" as the last set starts, "hold" once the person has moved in, 3-2-1 before
 *   the hold ends, "release" as it ends (for rolling: "roll" and "stop rolling");
 * - reps: "last set", then each rep's number as it starts, and a "lower" beep when a hold at
 *   the top of the rep is over;
 * - rest: "rest" as it starts, a "go" beep as it ends;
 * - done: "session complete".
 */

/** The countdown before a hold ends: 3, 2, 1, one second apart. */
export const COUNTDOWN_FROM = 3;

const at = (ms: number) => millis(ms);

function isLastSetStart(step: HoldStep | RepsStep): boolean {
  const last = step.set !== null && step.setsOnSide > 1 && step.set === step.setsOnSide;
  return last && (step.kind === 'reps' || step.rep === 1);
}

function holdCues(step: HoldStep): StepCue[] {
  const roll = step.action === 'roll';
  const holdStart = step.moveInMs;
  const holdEnd = step.moveInMs + step.holdMs;
  const countdown: StepCue[] = [];
  for (let n = COUNTDOWN_FROM; n >= 1; n -= 1) {
    // Only counts that fall after "hold": a 2 s hold gets "2, 1", not a "3" before it starts.
    if (n * 1000 < step.holdMs) {
      countdown.push({ kind: 'count', value: n, direction: 'down', atMs: at(holdEnd - n * 1000) });
    }
  }
  return [
    ...(isLastSetStart(step) ? [{ kind: 'speak', say: 'last-set', atMs: at(0) } as const] : []),
    { kind: 'speak', say: roll ? 'roll' : 'hold', atMs: at(holdStart) },
    ...countdown,
    { kind: 'speak', say: roll ? 'stop-rolling' : 'release', atMs: at(holdEnd) },
  ];
}

function repsCues(step: RepsStep): StepCue[] {
  const cues: StepCue[] = isLastSetStart(step)
    ? [{ kind: 'speak', say: 'last-set', atMs: at(0) }]
    : [];
  for (let rep = 1; rep <= step.reps; rep += 1) {
    const start = (rep - 1) * step.repMs;
    cues.push({ kind: 'count', value: rep, direction: 'up', atMs: at(start) });
    if (step.tempo.holdMs > 0) {
      const lower = start + step.tempo.upMs + step.tempo.holdMs;
      cues.push({ kind: 'beep', tone: 'lower', atMs: at(lower) });
    }
  }
  return cues;
}

/** The cues of one step, in the order they fall due (ties keep the order listed above). */
export function cuesOfStep(step: SessionStep): StepCue[] {
  switch (step.kind) {
    case 'get-ready':
      return [
        {
          kind: 'speak',
          say: step.reason === 'switch-sides' ? 'switch-sides' : 'exercise',
          atMs: at(0),
        },
        { kind: 'beep', tone: 'go', atMs: step.durationMs },
      ];
    case 'hold':
      return holdCues(step);
    case 'reps':
      return repsCues(step);
    case 'rest':
      return [
        { kind: 'speak', say: 'rest', atMs: at(0) },
        { kind: 'beep', tone: 'go', atMs: step.durationMs },
      ];
    case 'done':
      return [{ kind: 'speak', say: 'session-complete', atMs: at(0) }];
    default:
      return assertNever(step);
  }
}
