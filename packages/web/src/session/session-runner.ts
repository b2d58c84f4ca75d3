import {
  transitionSession,
  type Instant,
  type SessionCue,
  type SessionEvent,
  type SessionState,
} from '@psoas/core';
import { browserNow, nextDueAt } from './step-phase.ts';
import { createWakeAlarm, type WakeAlarm } from './wake-alarm.ts';

/**
 * The imperative shell around core's session machine: it holds the state, sends events with
 * the clock's `now`, plays the cues each transition emits, and wakes itself for the next one.
 * It lives outside React on purpose: a cue is played inside the timer callback that found it
 * due, not after a render, so render time never makes a cue late.
 *
 * Waking: one main-thread timer set for exactly the next due instant (a cue or the end of the
 * step), the same alarm in a dedicated worker (not throttled in a background tab, see
 * wake-alarm.worker.ts), and a tick whenever the page becomes visible or gets focus again
 * (a laptop waking up). No interval: between due instants there is nothing to do. A tick
 * that arrives early does nothing and sets the alarm again; one that arrives very late finds a
 * gap and the machine pauses itself (AUTO_PAUSE_AFTER_MS).
 */

export type CueListener = (cue: SessionCue, state: SessionState) => void;

export type SessionRunnerOptions = {
  readonly now?: () => Instant;
  /** Plays one cue (sound, speech, flash); called in order, as soon as it falls due. */
  readonly onCue?: CueListener;
};

type EventType = SessionEvent['type'];

export class SessionRunner {
  #state: SessionState;
  readonly #now: () => Instant;
  #onCue: CueListener;
  readonly #listeners = new Set<() => void>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #alarm: WakeAlarm | null = null;
  #attached = false;

  constructor(initial: SessionState, options: SessionRunnerOptions = {}) {
    this.#state = initial;
    this.#now = options.now ?? browserNow;
    this.#onCue = options.onCue ?? (() => undefined);
  }

  /** Who plays the cues from now on. */
  setCueListener(listener: CueListener): void {
    this.#onCue = listener;
  }

  /** For useSyncExternalStore. */
  readonly getSnapshot = (): SessionState => this.#state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  now(): Instant {
    return this.#now();
  }

  /** Sends an event at the clock's current instant. */
  send(type: EventType): void {
    this.#dispatch({ type, now: this.#now() });
  }

  /** Starts listening to the page and the alarms; safe to call again after `detach`. */
  attach(): void {
    if (this.#attached) return;
    this.#attached = true;
    this.#alarm = createWakeAlarm(this.#tick);
    document.addEventListener('visibilitychange', this.#tick);
    window.addEventListener('focus', this.#tick);
    this.#schedule();
  }

  detach(): void {
    if (!this.#attached) return;
    this.#attached = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#alarm?.dispose();
    this.#alarm = null;
    document.removeEventListener('visibilitychange', this.#tick);
    window.removeEventListener('focus', this.#tick);
  }

  readonly #tick = (): void => {
    if (this.#state.status !== 'running') return;
    this.#dispatch({ type: 'tick', now: this.#now() });
  };

  #dispatch(event: SessionEvent): void {
    const before = this.#state;
    const next = transitionSession(before, event);
    this.#state = next;
    for (const cue of next.cues) this.#onCue(cue, next);
    this.#schedule();
    // A tick that changed nothing (early, or a duplicate wake-up) renders nothing either.
    if (next.cues.length === 0 && isSamePlace(before, next)) return;
    for (const listener of this.#listeners) listener();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const due = nextDueAt(this.#state);
    if (!this.#attached || due === null) {
      this.#alarm?.set(null);
      return;
    }
    // Rounded up, so the timer does not fire a fraction of a millisecond before the instant
    // and leave the cue for a second round.
    const delay = Math.max(0, Math.ceil(due - this.#now()));
    this.#timer = setTimeout(this.#tick, delay);
    this.#alarm?.set(delay);
  }
}

function isSamePlace(a: SessionState, b: SessionState): boolean {
  if (a.status !== b.status) return false;
  if (a.status === 'idle' || b.status === 'idle') return true;
  if (a.index !== b.index) return false;
  if (a.status === 'finished' || b.status === 'finished') return true;
  return a.cueCursor === b.cueCursor && a.entry === b.entry;
}
