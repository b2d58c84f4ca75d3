import { spawn } from 'node:child_process';
import type { Reminder, Urgency } from '@psoas/core';

/**
 * How a reminder reaches someone in a terminal: a desktop notification through `notify-send`
 * where it exists (and a desktop session to show it), the terminal bell otherwise. The command
 * is built by a pure function; running it is fire-and-forget, and a failure falls back to the
 * bell, because a reminder that cannot be shown must still be heard.
 */

/** notify-send's urgency levels; "critical" notifications stay until dismissed. */
export type NotifyUrgency = 'low' | 'normal' | 'critical';

/** Escalation (core's urgency rises with skips in a row) maps onto how long it stays up. */
export const NOTIFY_URGENCY: Readonly<Record<Urgency, NotifyUrgency>> = {
  gentle: 'low',
  firm: 'normal',
  insistent: 'critical',
};

export type NotifyCommand = { readonly command: string; readonly args: readonly string[] };

/** The first line of a reminder, shared by the notification and the terminal. */
export function reminderTitle(reminder: Pick<Reminder, 'reason' | 'urgency'>): string {
  switch (reminder.reason) {
    case 'snooze-over':
      return 'Snooze is over: time for your break';
    case 'repeat':
      return 'Still sitting: time for a break';
    case 'resumed':
      return 'Meeting over: time for the break you postponed';
    case 'due':
      return 'Time to stand up and move';
    default:
      return 'Time for a break';
  }
}

export function notifySendCommand(path: string, reminder: Reminder): NotifyCommand {
  const steps = reminder.routine.steps.map((s) =>
    s.side === null ? `${s.name} ${s.seconds} s` : `${s.name} (${s.side}) ${s.seconds} s`,
  );
  return {
    command: path,
    args: [
      `--urgency=${NOTIFY_URGENCY[reminder.urgency]}`,
      '--app-name=Psoas Coach',
      '--category=presence',
      // `--` so a title or body starting with "-" is never read as an option.
      '--',
      reminderTitle(reminder),
      steps.join(' · '),
    ],
  };
}

export type Notifier = {
  /** How reminders are delivered, for the start-up line: "notify-send" or "terminal bell". */
  readonly channel: 'notify-send' | 'terminal bell';
  readonly notify: (reminder: Reminder) => void;
};

/**
 * notify-send when it is on PATH and there is a display, else the bell. `bell` writes "\x07";
 * the terminal decides whether that is a sound, a flash or an urgent window hint.
 */
export function createNotifier(
  notifySend: string | null,
  bell: () => void,
  run: (cmd: NotifyCommand) => Promise<boolean> = runDetached,
): Notifier {
  if (notifySend === null) return { channel: 'terminal bell', notify: () => bell() };
  return {
    channel: 'notify-send',
    notify(reminder) {
      void run(notifySendCommand(notifySend, reminder)).then((ok) => {
        if (!ok) bell();
      });
    },
  };
}

/** Runs a command without waiting on it longer than 5 s; resolves whether it exited with 0. */
export function runDetached(cmd: NotifyCommand): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(cmd.command, [...cmd.args], { stdio: 'ignore', timeout: 5_000 });
    child.once('error', () => resolve(false));
    child.once('exit', (code) => resolve(code === 0));
  });
}
