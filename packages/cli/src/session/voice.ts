import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Spoken cues through espeak-ng, when it is installed. Each cue is its own short process,
 * spawned and never waited on, so speech can never hold up the timer. A newer cue cuts off one
 * still speaking: "hold" on time matters more than the end of the sentence before it. If
 * espeak-ng fails to start, the voice goes quiet and the bell and the text carry on.
 */

export type Voice = {
  readonly speak: (text: string) => void;
  /** Stops any speech and speaks no more. */
  readonly stop: () => void;
};

export const SILENT: Voice = { speak: () => undefined, stop: () => undefined };

/** espeak-ng's words per minute: its own default is 175; slower is easier to follow on a mat. */
export const DEFAULT_VOICE_RATE = 160;
export const VOICE_RATE_MIN = 80;
export const VOICE_RATE_MAX = 450;

/** The command line for one cue: rate, then `--` so words starting with "-" stay words. */
export function espeakArgs(text: string, rate: number): string[] {
  return ['-s', String(rate), '--', text];
}

export function createEspeakVoice(
  command: string,
  rate: number,
  start: (command: string, args: string[]) => ChildProcess = (c, a) =>
    spawn(c, a, { stdio: 'ignore' }),
): Voice {
  let speaking: ChildProcess | null = null;
  let broken = false;
  const silence = () => {
    if (speaking !== null && speaking.exitCode === null) speaking.kill('SIGTERM');
    speaking = null;
  };
  return {
    speak(text) {
      if (broken || text === '') return;
      silence();
      const child = start(command, espeakArgs(text, rate));
      child.once('error', () => {
        broken = true;
      });
      child.once('exit', () => {
        if (speaking === child) speaking = null;
      });
      speaking = child;
    },
    stop() {
      broken = true;
      silence();
    },
  };
}
