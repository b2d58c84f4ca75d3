import { assertNever } from '../result.ts';
import type { SessionStep } from './session-step.ts';
import {
  AUTO_PAUSE_AFTER_MS,
  BACK_RESTARTS_STEP_AFTER_MS,
  stepStartedAt,
  type AutoPausedState,
  type SessionCue,
  type FinishedState,
  type IdleState,
  type PausedState,
  type RunningState,
  type SessionEvent,
  type SessionState,
} from './session-state.ts';
import { recordStep, type StepOutcome } from './step-record.ts';
import { laterOf } from '../time/instant.ts';
import { addMillis, millis, millisBetween, type Instant, type Millis } from './time.ts';

/**
 * The guided session as a pure reducer: `transitionSession(state, event) -> state`. The shell sends a
 * tick with the current time as often as it likes (and every other event with its time), and
 * plays `state.cues`, the cues that fell due during that transition.
 *
 * Deadlines are absolute instants. A tick moves through every step whose deadline has passed,
 * emitting every cue on the way with the instant it was due, and the next step starts at the
 * previous deadline, not at the tick: late or throttled ticks never drift the schedule, and an
 * uninterrupted session ends exactly at start + total duration. Pausing keeps the time left in
 * the step; resuming sets a new deadline from it, which shifts every later deadline by the time
 * paused. A tick more than AUTO_PAUSE_AFTER_MS after something fell due (or a clock that went
 * back as far) pauses the session where it stood at the last event instead (see
 * session-state.ts).
 *
 * Cues: each scheduled cue is emitted once, when it falls due; the rest of a step left by
 * "skip", "back" or "rep done" is not due and is not emitted. Entering a step again after
 * "back" schedules its cues anew, with a new `entry` in their keys.
 *
 * Record: every step left is recorded in `state.record` (step-record.ts) as done, skipped or
 * cut short, with how far it ran; the clock (`startedAt`, `activeMs`) sums running time only.
 */

type Active = RunningState | PausedState | AutoPausedState;

function stepAt(steps: readonly SessionStep[], index: number): SessionStep {
  const step = steps[index];
  if (!step) throw new Error(`No step ${index} in a session of ${steps.length}`);
  return step;
}

/** Running at the start of step `index`, entered at `at`. Cues are emitted by `advance`. */
function enter(s: RunningState, index: number, at: Instant, lastAt: Instant): RunningState {
  const deadline = addMillis(at, stepAt(s.steps, index).durationMs);
  return { ...s, index, entry: s.entry + 1, cueCursor: 0, deadline, lastAt };
}

/** Active time up to `at`: while running, the stretch since the last resume counts too. */
function activeUntil(s: Active, at: Instant): Millis {
  if (s.status !== 'running') return s.activeMs;
  return millis(s.activeMs + Math.max(0, millisBetween(s.resumedAt, at)));
}

/** Finished at `at`, on the step it stood at. */
function finish(
  s: IdleState | Active,
  finishedAt: Instant,
  outcome: FinishedState['outcome'],
): FinishedState {
  const { steps, cues, record } = s;
  const base = { status: 'finished', steps, cues, record, finishedAt, outcome } as const;
  if (s.status === 'idle') return { ...base, index: 0, startedAt: null, activeMs: millis(0) };
  return { ...base, index: s.index, startedAt: s.startedAt, activeMs: activeUntil(s, finishedAt) };
}

/** The state with its current step recorded as left with `outcome`, where it stands now. */
function recorded<S extends Active>(s: S, outcome: StepOutcome): S {
  const record = recordStep(s.record, stepAt(s.steps, s.index), outcome, elapsedInStep(s));
  return { ...s, record };
}

/** Emits the current step's cues due by `now`; returns the cursor past them. */
function emitDue(s: RunningState, now: Instant, out: SessionCue[]): number {
  const step = stepAt(s.steps, s.index);
  const start = stepStartedAt(s);
  let cursor = s.cueCursor;
  for (let cue = step.cues[cursor]; cue; cue = step.cues[cursor]) {
    const dueAt = addMillis(start, cue.atMs);
    if (dueAt > now) break;
    const { index: stepIndex, entry } = s;
    out.push({ ...cue, key: `${entry}.${cursor}`, stepIndex, entry, dueAt });
    cursor += 1;
  }
  return cursor;
}

/** Moves through every step whose deadline has passed by `now`, emitting due cues in order. */
function advance(state: RunningState, now: Instant): RunningState | FinishedState {
  const out: SessionCue[] = [...state.cues];
  let s: RunningState = { ...state, lastAt: now };
  for (;;) {
    const cueCursor = emitDue(s, now, out);
    const pending = cueCursor < stepAt(s.steps, s.index).cues.length;
    if (pending || s.deadline > now) return { ...s, cueCursor, cues: out };
    const done = recorded({ ...s, cues: out }, 'done');
    if (s.index + 1 >= s.steps.length) return finish(done, s.deadline, 'completed');
    // The next step starts at this step's deadline, not at `now`: no drift.
    s = enter(done, s.index + 1, s.deadline, now);
  }
}

/** When the next cue or the end of the step is due. */
function nextDueAt(s: RunningState): Instant {
  const cue = stepAt(s.steps, s.index).cues[s.cueCursor];
  return cue ? addMillis(stepStartedAt(s), cue.atMs) : s.deadline;
}

function gapReason(s: RunningState, now: Instant): AutoPausedState['reason'] | null {
  if (millisBetween(now, s.lastAt) > AUTO_PAUSE_AFTER_MS) return 'clock-went-back';
  if (millisBetween(nextDueAt(s), now) > AUTO_PAUSE_AFTER_MS) return 'gap';
  return null;
}

/** A tick's work: auto-pause after a long gap, else catch up to `now` (never before lastAt). */
function catchUp(s: RunningState, now: Instant): RunningState | FinishedState | AutoPausedState {
  const reason = gapReason(s, now);
  if (reason === null) return advance(s, laterOf(now, s.lastAt));
  return { ...stoppedAt(s), status: 'auto-paused', detectedAt: now, reason };
}

/** What a pause keeps of a running state: where it stands, the time left, the active time. */
function stoppedAt(s: RunningState) {
  const { steps, cues, record, index, entry, cueCursor, lastAt, startedAt } = s;
  const remainingMs = millisBetween(lastAt, s.deadline);
  const activeMs = activeUntil(s, lastAt);
  return {
    steps,
    cues,
    record,
    index,
    entry,
    cueCursor,
    startedAt,
    activeMs,
    remainingMs,
    pausedAt: lastAt,
  };
}

/** Paused where the running state stands, keeping the time left and the cues emitted. */
function pauseAt(s: RunningState): PausedState {
  return { ...stoppedAt(s), status: 'paused' };
}

/**
 * Goes to the start of step `index` (skip, back), running or staying paused. The caller records
 * the step left, if it counts.
 */
function moveTo(s: Active, index: number, now: Instant): SessionState {
  if (index >= s.steps.length) return finish(s, now, 'completed');
  if (s.status === 'running') return advance(enter(s, index, s.lastAt, s.lastAt), s.lastAt);
  // Paused: stand at the start of that step, still paused; its cues come on resume.
  const { steps, cues, record, pausedAt, startedAt, activeMs } = s;
  const remainingMs = stepAt(steps, index).durationMs;
  const entry = s.entry + 1;
  return {
    status: 'paused',
    steps,
    cues,
    record,
    index,
    entry,
    cueCursor: 0,
    remainingMs,
    pausedAt,
    startedAt,
    activeMs,
  };
}

function elapsedInStep(s: Active): Millis {
  const { durationMs } = stepAt(s.steps, s.index);
  if (s.status === 'running') return millisBetween(stepStartedAt(s), s.lastAt);
  return millis(durationMs - s.remainingMs);
}

function onBack(s: Active, now: Instant): SessionState {
  const restart = s.index === 0 || elapsedInStep(s) > BACK_RESTARTS_STEP_AFTER_MS;
  return moveTo(s, restart ? s.index : s.index - 1, now);
}

/** "Rep done": the person finished the current rep early; the next rep starts now. */
function onRepDone(s: RunningState): SessionState {
  const step = stepAt(s.steps, s.index);
  if (step.kind !== 'reps' || step.repMs <= 0) return s;
  const elapsed = elapsedInStep(s);
  const nextRep = (Math.floor(elapsed / step.repMs) + 1) * step.repMs;
  if (nextRep >= step.durationMs) return moveTo(recorded(s, 'done'), s.index + 1, s.lastAt);
  const deadline = addMillis(s.lastAt, millis(step.durationMs - nextRep));
  // The rest of this rep's cues are not due any more; the next rep's count is, now.
  const skipped = step.cues.findIndex((c) => c.atMs >= nextRep);
  const cueCursor = skipped === -1 ? step.cues.length : Math.max(s.cueCursor, skipped);
  return advance({ ...s, deadline, cueCursor }, s.lastAt);
}

/** Runs `then` on the running state after catching up to `now`; else returns the caught-up state. */
function whenRunning(
  s: RunningState,
  now: Instant,
  then: (r: RunningState) => SessionState,
): SessionState {
  const caught = catchUp(s, now);
  return caught.status === 'running' ? then(caught) : caught;
}

/** Resuming sets the deadline from the time left: every later deadline moves by the pause. */
function onResume(s: PausedState | AutoPausedState, now: Instant): SessionState {
  const { steps, cues, record, index, entry, cueCursor, startedAt, activeMs } = s;
  const deadline = addMillis(now, s.remainingMs);
  const running: RunningState = {
    status: 'running',
    steps,
    cues,
    record,
    index,
    entry,
    cueCursor,
    deadline,
    lastAt: now,
    startedAt,
    activeMs,
    resumedAt: now,
  };
  return advance(running, now);
}

function onPaused(s: PausedState | AutoPausedState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'resume':
      return onResume(s, event.now);
    case 'skip':
      return moveTo(recorded(s, 'skipped'), s.index + 1, event.now);
    case 'back':
      return onBack(s, event.now);
    case 'finish':
      return finish(recorded(s, 'cut-short'), event.now, 'ended-early');
    case 'start':
    case 'tick':
    case 'pause':
    case 'repDone':
      return s;
    default:
      return assertNever(event);
  }
}

function onFinish(s: RunningState, now: Instant): SessionState {
  const caught = catchUp(s, now);
  if (caught.status === 'finished') return caught;
  const at = caught.status === 'running' ? caught.lastAt : now;
  return finish(recorded(caught, 'cut-short'), at, 'ended-early');
}

function onRunning(s: RunningState, event: SessionEvent): SessionState {
  const { now } = event;
  switch (event.type) {
    case 'start':
    case 'resume':
      return s;
    case 'tick':
      return catchUp(s, now);
    case 'pause':
      return whenRunning(s, now, pauseAt);
    case 'skip':
      return whenRunning(s, now, (r) => moveTo(recorded(r, 'skipped'), r.index + 1, r.lastAt));
    case 'back':
      return whenRunning(s, now, (r) => onBack(r, r.lastAt));
    case 'repDone':
      return whenRunning(s, now, onRepDone);
    case 'finish':
      return onFinish(s, now);
    default:
      return assertNever(event);
  }
}

function onIdle(s: IdleState, event: SessionEvent): SessionState {
  if (event.type === 'finish') return finish(s, event.now, 'ended-early');
  if (event.type !== 'start') return s;
  const { steps, cues, record } = s;
  const { now } = event;
  if (steps.length === 0) {
    return { ...finish(s, now, 'completed'), startedAt: now };
  }
  const deadline = addMillis(now, stepAt(steps, 0).durationMs);
  const first: RunningState = {
    status: 'running',
    steps,
    cues,
    record,
    index: 0,
    entry: 0,
    cueCursor: 0,
    deadline,
    lastAt: now,
    startedAt: now,
    activeMs: millis(0),
    resumedAt: now,
  };
  return advance(first, now);
}

/**
 * The session machine's transition: a new state for an event, with `cues` holding exactly the
 * cues that fell due during this transition (empty when none did). Events that make no sense
 * in a state (a tick while paused, skip before start) leave the state as it is, cues emptied.
 */
export function transitionSession(state: SessionState, event: SessionEvent): SessionState {
  const s = { ...state, cues: [] };
  switch (s.status) {
    case 'idle':
      return onIdle(s, event);
    case 'running':
      return onRunning(s, event);
    case 'paused':
    case 'auto-paused':
      return onPaused(s, event);
    case 'finished':
      return s;
    default:
      return assertNever(s);
  }
}
