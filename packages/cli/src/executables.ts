import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';

/**
 * Finding the optional desktop tools the CLI can use when they are installed (espeak-ng for
 * spoken cues, notify-send for reminders, xprintidle for idle time), the way a shell would:
 * the first runnable file of that name in the PATH directories.
 */

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first `name` in `dirs` that can be run, or null. */
export function findExecutable(
  name: string,
  dirs: readonly string[],
  canRun: (path: string) => boolean = isExecutable,
): string | null {
  for (const dir of dirs) {
    const path = join(dir, name);
    if (canRun(path)) return path;
  }
  return null;
}
