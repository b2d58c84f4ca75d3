/** Small text helpers shared by the formatters. Pure, no styling. */

/** 30 -> "30 s", 120 -> "2 min", 90 -> "1 min 30 s": how people say durations out loud. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/**
 * Greedy word wrap to `width` columns. `firstIndent` starts the first line and `indent` the rest,
 * which gives hanging indents for numbered steps and bullets. A word longer than the line is
 * left whole rather than broken, so ids and URLs stay copyable.
 */
export function wrapText(text: string, width: number, indent = '', firstIndent = indent): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = firstIndent;
  let lineHasWord = false;
  for (const word of words) {
    const candidate = lineHasWord ? `${line} ${word}` : `${line}${word}`;
    if (lineHasWord && candidate.length > width) {
      lines.push(line);
      line = `${indent}${word}`;
    } else {
      line = candidate;
    }
    lineHasWord = true;
  }
  lines.push(line);
  return lines;
}

/** Lines are built in arrays; this joins them with a final newline, as terminal output ends. */
export function joinLines(lines: readonly string[]): string {
  return `${lines.join('\n')}\n`;
}
