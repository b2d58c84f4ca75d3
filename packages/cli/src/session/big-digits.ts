/**
 * A large countdown for the live view: digits five rows tall, readable from a mat across the
 * room. Plain block characters, so it needs no special font and copies as text.
 */

const GLYPHS: Readonly<Record<string, readonly string[]>> = {
  '0': ['████', '█  █', '█  █', '█  █', '████'],
  '1': ['  █ ', ' ██ ', '  █ ', '  █ ', ' ███'],
  '2': ['████', '   █', '████', '█   ', '████'],
  '3': ['████', '   █', ' ███', '   █', '████'],
  '4': ['█  █', '█  █', '████', '   █', '   █'],
  '5': ['████', '█   ', '████', '   █', '████'],
  '6': ['████', '█   ', '████', '█  █', '████'],
  '7': ['████', '   █', '  █ ', ' █  ', ' █  '],
  '8': ['████', '█  █', '████', '█  █', '████'],
  '9': ['████', '█  █', '████', '   █', '████'],
  ':': ['  ', '██', '  ', '██', '  '],
};

export const BIG_DIGIT_ROWS = 5;

/** "1:05" as five rows of blocks; characters without a glyph are left out. */
export function bigText(text: string): string[] {
  const glyphs = [...text].flatMap((c) => {
    const glyph = GLYPHS[c];
    return glyph === undefined ? [] : [glyph];
  });
  return Array.from({ length: BIG_DIGIT_ROWS }, (_, row) =>
    glyphs.map((glyph) => glyph[row] ?? '').join(' '),
  );
}

/** Seconds left as the countdown shows them: "45", "1:05"; rounded up, so 0.2 s shows "1". */
export function countdownText(remainingMs: number): string {
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  if (seconds < 60) return String(seconds);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "12:30" or "45 s" for the time left in a session. */
export function clockText(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
