import { createSessionState, type FinishedState, type SessionStep } from '@psoas/core';
import type { FormatOptions } from '../format/style.ts';
import type { PlayerClock } from './clock.ts';
import type { KeyInput } from './key-input.ts';
import { keyAction, splitKeys } from './keys.ts';
import { jsonOutput, liveOutput, plainOutput } from './outputs.ts';
import { createPlayer, type PlayerCommand, type PlayerOutput } from './player.ts';
import { createLiveScreen, type LiveScreen } from './screen.ts';
import type { Voice } from './voice.ts';

/**
 * Runs the steps in one of the three views until the session finishes, the person ends it
 * (q, then y), or stops it (Ctrl-C). Whatever happens, raw mode and the cursor are restored
 * before this returns or throws.
 */

export type ViewMode = 'live' | 'json' | 'plain';

export type PlayerRun =
  | {
      readonly kind: 'finished';
      readonly state: FinishedState;
      readonly startedAt: Date;
      readonly finishedAt: Date;
    }
  | { readonly kind: 'aborted' };

export type RunPlayerOptions = {
  readonly steps: readonly SessionStep[];
  readonly mode: ViewMode;
  readonly title: string;
  readonly clock: PlayerClock;
  readonly keys: KeyInput | null;
  readonly voice: Voice;
  readonly format: FormatOptions;
  readonly write: (text: string) => void;
  /** The wall clock, for the log's start and end. */
  readonly wallClock: () => Date;
};

const COMMANDS: Readonly<Record<string, PlayerCommand>> = {
  'toggle-pause': 'toggle-pause',
  skip: 'skip',
  back: 'back',
  'rep-done': 'repDone',
};

export async function runPlayer(options: RunPlayerOptions): Promise<PlayerRun> {
  const { mode, keys, voice, clock, write } = options;
  let confirmingQuit = false;
  let screen: LiveScreen | null = null;
  let output: PlayerOutput;
  let redraw: (() => void) | null = null;
  if (mode === 'live') {
    screen = createLiveScreen(write);
    const live = liveOutput({
      screen,
      voice,
      format: options.format,
      meta: () => ({ title: options.title, confirmingQuit }),
    });
    output = live;
    redraw = () => live.redraw(player.state(), clock.now());
  } else {
    output = mode === 'json' ? jsonOutput(write, voice) : plainOutput(write, voice);
  }
  const player = createPlayer(createSessionState(options.steps), {
    clock,
    output,
    secondTicks: mode === 'live',
    autoResume: keys === null,
  });

  let abort: () => void = () => undefined;
  const aborted = new Promise<'aborted'>((resolve) => {
    abort = () => resolve('aborted');
  });
  const onKeys = (data: string) => {
    for (const key of splitKeys(data)) {
      const action = keyAction(key, confirmingQuit);
      if (action === null) continue;
      if (action === 'abort') return abort();
      if (action === 'ask-quit' || action === 'cancel-quit') {
        confirmingQuit = action === 'ask-quit';
        redraw?.();
      } else if (action === 'confirm-quit') {
        confirmingQuit = false;
        player.command('finish');
      } else {
        const command = COMMANDS[action];
        if (command !== undefined) player.command(command);
      }
    }
  };

  const startedAt = options.wallClock();
  try {
    keys?.start(onKeys, () => screen?.close());
    player.start();
    const outcome = await Promise.race([player.finished, aborted]);
    if (outcome === 'aborted') {
      player.stop();
      voice.stop();
      return { kind: 'aborted' };
    }
    return { kind: 'finished', state: outcome, startedAt, finishedAt: options.wallClock() };
  } finally {
    player.stop();
    keys?.stop();
    screen?.close();
  }
}
