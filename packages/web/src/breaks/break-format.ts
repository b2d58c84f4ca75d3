import type { BreakRejectionCode, BreakRoutine, RoutineStep, Urgency } from '@psoas/core';

/** Words for the break reminder: one place that turns codes and numbers into text. */

/** "45 min", "2 h", "1 h 5 min"; whole minutes, rounded. */
export function formatMinutes(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

function stepLabel(step: RoutineStep): string {
  return step.side ? `${step.name} (${step.side})` : step.name;
}

/**
 * The routine in one line: "Standing hip flexor stretch (left, right), then walking · 2 min".
 * Consecutive steps of one exercise on both sides are named once.
 */
export function summariseRoutine(routine: BreakRoutine): string {
  const parts: string[] = [];
  let previous: RoutineStep | null = null;
  for (const step of routine.steps) {
    if (previous && previous.exerciseId === step.exerciseId && step.side) {
      parts[parts.length - 1] = `${previous.name} (${previous.side ?? ''}, ${step.side})`;
    } else {
      parts.push(stepLabel(step));
    }
    previous = step;
  }
  const minutes = Math.max(1, Math.round(routine.totalSeconds / 60));
  const sentence = parts.map((part, i) =>
    i === 0 ? part : part.charAt(0).toLowerCase() + part.slice(1),
  );
  // Non-breaking spaces keep "· 2 min" together at the end of a line.
  return `${sentence.join(', then ')}\u00a0·\u00a0${minutes}\u00a0min`;
}

export const URGENCY_TITLES: Readonly<Record<Urgency, string>> = {
  gentle: 'Time to stand up and move',
  firm: 'You have been sitting a while: time to move',
  insistent: 'Several breaks skipped: please stand up now',
};

export const REJECTION_TEXT: Readonly<Record<BreakRejectionCode, string>> = {
  BREAK_NOTHING_TO_SNOOZE: 'There is no reminder to snooze right now.',
  BREAK_SNOOZE_LIMIT:
    'This break has been snoozed as often as allowed in a row: take it or skip it.',
  BREAK_NOTHING_TO_SKIP: 'There is no reminder to skip right now.',
  BREAK_NO_MEETING: 'Meeting mode is already off.',
};

/** Why a push or outbox request failed, for people. */
export function syncProblemText(code: string): string {
  switch (code) {
    case 'NETWORK_UNREACHABLE':
      return 'Offline: your breaks are kept on this device and sent when the server can be reached.';
    default:
      return `The server did not accept some break events (${code}); they were dropped.`;
  }
}
