import type { Exercise, ExerciseId } from '../catalogue/exercise.schema.ts';
import type { Habits } from '../assessment/intake.schema.ts';

/**
 * Habits run alongside the sessions, through the day. The movement break is always in the
 * plan; the others come from the intake's habit answers (psoas-facts.md "Risk factors and
 * habits") and from the catalogue's habit entries.
 */

export type HabitCode =
  | 'movement-break'
  | 'stand-more'
  | 'uncross-legs'
  | 'feet-flat'
  | 'sit-back'
  | 'sleep-position'
  | 'balance-core-work'
  | 'driving-breaks'
  | 'catalogue';

export type HabitItem = {
  readonly code: HabitCode;
  /** The catalogue entry behind it, for code "catalogue". */
  readonly exerciseId: ExerciseId | null;
  /** For reminders: how often, in minutes of sitting; null when it is not a timed habit. */
  readonly everyMinutes: number | null;
  readonly reason: string;
};

/**
 * evidence.md §4.1 and "Sitting breaks": a prompt every 30 minutes of sitting (Solomon 2018),
 * two minutes of light walking (Dunstan 2012).
 */
export const MOVEMENT_BREAK_EVERY_MINUTES = 30;

const habit = (code: HabitCode, reason: string, everyMinutes: number | null = null): HabitItem => ({
  code,
  exerciseId: null,
  everyMinutes,
  reason,
});

function movementBreak(habits: Habits): HabitItem {
  const hours = habits.hoursSittingPerDay;
  const reason =
    hours > 0
      ? `You sit about ${hours} hours a day: get up and move for two minutes every 30 minutes.`
      : 'Whenever you do sit for a while, get up and move for two minutes every 30 minutes.';
  return habit('movement-break', reason, MOVEMENT_BREAK_EVERY_MINUTES);
}

function fromAnswers(h: Habits): HabitItem[] {
  const items: HabitItem[] = [];
  if (h.deskType === 'sit' || h.standsOrWalks === 'rarely') {
    items.push(
      habit(
        'stand-more',
        'You stand little at work: build up to two hours a day of standing and light activity.',
      ),
    );
  }
  if (h.crossesLegs !== 'never') {
    const leg =
      h.legOnTop === 'left' || h.legOnTop === 'right' ? ` (usually your ${h.legOnTop})` : '';
    items.push(
      habit('uncross-legs', `Crossing your legs${leg} keeps the top hip bent: try both feet flat.`),
    );
  }
  if (h.hooksFeetUnderChair !== 'never') {
    items.push(
      habit('feet-flat', 'You hook your feet under the chair: rest them flat on the floor.'),
    );
  }
  if (h.leansForward !== 'never') {
    items.push(habit('sit-back', 'You lean forward as you work: sit back against the backrest.'));
  }
  if (h.sleepsOnStomach !== 'never') {
    items.push(
      habit('sleep-position', 'You sleep on your stomach: try your side or your back instead.'),
    );
  }
  if (h.hardCoreTraining === 'often') {
    items.push(
      habit(
        'balance-core-work',
        'You do a lot of sit-ups or crunches: balance them with gentle, restoring work.',
      ),
    );
  }
  if (h.hoursDrivingPerDay >= 2) {
    items.push(habit('driving-breaks', 'You drive a lot: stop for a short walk on long journeys.'));
  }
  return items;
}

/** The habit items of a plan: the movement break, those from the answers, then the catalogue's. */
export function planHabits(habits: Habits, catalogueHabits: readonly Exercise[]): HabitItem[] {
  const fromCatalogue = [...catalogueHabits]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((e): HabitItem => ({
      code: 'catalogue',
      exerciseId: e.id,
      everyMinutes: null,
      reason: e.summary,
    }));
  return [movementBreak(habits), ...fromAnswers(habits), ...fromCatalogue];
}
