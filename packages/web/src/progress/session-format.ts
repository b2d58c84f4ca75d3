import {
  EXERCISES,
  type Rating,
  type SessionLog,
  type SessionLogItem,
  type Side,
} from '@psoas/core';
import { formatSeconds } from '../format/dose-format.ts';

/** Plain words for the session log on the Progress page. */

const NAMES = new Map<string, string>(EXERCISES.map((exercise) => [exercise.id, exercise.name]));

/** The catalogue's name; the id itself for an exercise this version does not know. */
export function exerciseName(id: string): string {
  return NAMES.get(id) ?? id;
}

/** "Monday 2 March 2026" from "2026-03-02", without the browser's zone shifting the day. */
export function formatSessionDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "07:30", in the browser's time zone. */
export function formatClockTime(instant: string): string {
  return new Date(instant).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/** "10 min 40 s of exercise (10 min planned)": pauses are not counted. */
export function formatSessionLength(
  log: Pick<SessionLog, 'activeSeconds' | 'plannedSeconds'>,
): string {
  const active = formatSeconds(Math.round(log.activeSeconds));
  return log.plannedSeconds > 0
    ? `${active} of exercise (${formatSeconds(Math.round(log.plannedSeconds))} planned)`
    : `${active} of exercise`;
}

export function outcomeLabel(outcome: SessionLog['outcome']): string {
  return outcome === 'completed' ? 'Completed' : 'Ended early';
}

export function sideLabel(side: Side | null): string {
  if (side === null) return 'Both';
  return side === 'left' ? 'Left' : 'Right';
}

const RATING_LABELS: Readonly<Record<Rating, string>> = {
  'too-easy': 'Too easy',
  'about-right': 'About right',
  'too-hard': 'Too hard',
};

export function ratingLabel(rating: Rating): string {
  return RATING_LABELS[rating];
}

/** "2 sets of 10 reps", "3 × 30 s hold", "2 sets of 3 × 30 s hold". */
export function formatPlanned(planned: SessionLogItem['planned']): string {
  const { sets, repsPerSet, holdSeconds } = planned;
  const setWord = `${sets} ${sets === 1 ? 'set' : 'sets'}`;
  if (holdSeconds === null)
    return `${setWord} of ${repsPerSet} ${repsPerSet === 1 ? 'rep' : 'reps'}`;
  const hold = `${formatSeconds(holdSeconds)} hold`;
  if (repsPerSet === 1) return `${sets} × ${hold}`;
  return `${setWord} of ${repsPerSet} × ${hold}`;
}

/** "2 of 2 sets, 20 reps, 40 s held, 1 step skipped" or "1 of 3 sets, 1 min held". */
export function formatDone(item: SessionLogItem): string {
  const { done, planned } = item;
  const parts = [`${done.sets} of ${planned.sets} ${planned.sets === 1 ? 'set' : 'sets'}`];
  // Reps say something when there are several per set or no hold; a lone hold is its time.
  if (planned.repsPerSet > 1 || done.heldSeconds === null) {
    parts.push(`${done.reps} ${done.reps === 1 ? 'rep' : 'reps'}`);
  }
  if (done.heldSeconds !== null) parts.push(`${formatSeconds(Math.round(done.heldSeconds))} held`);
  if (done.skippedSteps > 0) {
    parts.push(`${done.skippedSteps} ${done.skippedSteps === 1 ? 'step' : 'steps'} skipped`);
  }
  return parts.join(', ');
}

/** True when every set of every exercise and side ran to its end. */
export function isAllDone(items: readonly SessionLogItem[]): boolean {
  return items.every((item) => item.done.sets >= item.planned.sets);
}
