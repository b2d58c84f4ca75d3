/**
 * Redrawing the live view in place with a few ANSI sequences: back to the frame's first line,
 * each line rewritten and cleared to its end, anything below cleared. Nothing is erased first,
 * so there is no blank flash between frames. Log lines (the words of each cue) are written
 * where the frame was, so they scroll up above it like a transcript while the frame stays at
 * the bottom.
 */

const ESC = '\u001b[';
export const HIDE_CURSOR = `${ESC}?25l`;
export const SHOW_CURSOR = `${ESC}?25h`;
export const BELL = '\u0007';

/**
 * The text that replaces a frame of `previousHeight` lines (0 before the first) with `log`
 * lines and then `frame`. The cursor is left at the end of the frame's last line.
 */
export function redrawSequence(
  previousHeight: number,
  log: readonly string[],
  frame: readonly string[],
): string {
  const up = previousHeight > 1 ? `${ESC}${previousHeight - 1}A` : '';
  const home = previousHeight > 0 ? `\r${up}` : '';
  const lines = [...log, ...frame].map((line) => `${line}${ESC}K`);
  return `${home}${lines.join('\r\n')}${ESC}J`;
}

export type LiveScreen = {
  /** Redraws the frame, with any log lines above it. */
  readonly draw: (frame: readonly string[], log?: readonly string[]) => void;
  readonly bell: () => void;
  /** Leaves the cursor on a fresh line below the frame, visible again. Safe to call twice. */
  readonly close: () => void;
};

export function createLiveScreen(write: (text: string) => void): LiveScreen {
  let height = 0;
  let open = true;
  write(HIDE_CURSOR);
  return {
    draw(frame, log = []) {
      if (!open) return;
      write(redrawSequence(height, log, frame));
      height = frame.length;
    },
    bell() {
      if (open) write(BELL);
    },
    close() {
      if (!open) return;
      open = false;
      write(`${height > 0 ? '\r\n' : ''}${SHOW_CURSOR}`);
    },
  };
}
