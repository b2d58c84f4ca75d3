import type { BreakRoutine, BreakSettings, Instant, Urgency } from '@psoas/core';
import { createContext, useContext } from 'react';
import type { RuntimeSnapshot } from './break-runtime.ts';

/** What the running break reminder offers the banner and the Breaks page. */

/** The reminder on screen, derived from the scheduler's state. */
export type ShownReminder = {
  readonly dueAt: Instant;
  readonly urgency: Urgency;
  readonly canSnooze: boolean;
  readonly routine: BreakRoutine;
};

/** A break being taken in the player. */
export type TakingBreak = { readonly startedAt: Instant; readonly routine: BreakRoutine };

export type BreakReminderValue = RuntimeSnapshot & {
  readonly reminder: ShownReminder | null;
  readonly startBreak: () => void;
  readonly finishBreak: () => void;
  readonly cancelBreak: () => void;
  readonly snooze: () => void;
  readonly skip: () => void;
  readonly setMeeting: (on: boolean) => void;
  /** Settings saved on the server: the local scheduler follows them at once. */
  readonly applySettings: (settings: BreakSettings) => void;
  readonly requestNotifications: () => Promise<void>;
  readonly enableIdleDetection: () => Promise<void>;
  readonly setSound: (on: boolean) => void;
  readonly dismissNotice: () => void;
};

export const BreakReminderContext = createContext<BreakReminderValue | null>(null);

export function useBreakReminder(): BreakReminderValue {
  const value = useContext(BreakReminderContext);
  if (!value) throw new Error('useBreakReminder needs a BreakReminderProvider above it');
  return value;
}
