import { EXERCISES, type HabitCode, type HabitItem } from '@psoas/core';
import { Link } from 'react-router';

const HABIT_TITLES: Readonly<Record<HabitCode, string>> = {
  'movement-break': 'Movement break every 30 minutes',
  'stand-more': 'Stand more',
  'uncross-legs': 'Uncross your legs',
  'feet-flat': 'Feet flat on the floor',
  'sit-back': 'Sit back in your chair',
  'sleep-position': 'Sleeping position',
  'balance-core-work': 'Balance your core work',
  'driving-breaks': 'Breaks when driving',
  catalogue: 'Through the day',
};

type HabitListProps = { readonly habits: readonly HabitItem[] };

function titleOf(habit: HabitItem): string {
  const exercise = habit.exerciseId
    ? EXERCISES.find((candidate) => candidate.id === habit.exerciseId)
    : undefined;
  return exercise?.name ?? HABIT_TITLES[habit.code];
}

/** The habits that run alongside the sessions, each with why it is there. */
export function HabitList({ habits }: HabitListProps) {
  return (
    <ul className="habit-list">
      {habits.map((habit) => (
        <li key={`${habit.code}-${habit.exerciseId ?? ''}`} className="habit-list__item">
          <strong className="habit-list__title">
            {habit.exerciseId ? (
              <Link to={`/exercises/${habit.exerciseId}`}>{titleOf(habit)}</Link>
            ) : (
              titleOf(habit)
            )}
          </strong>
          <span className="habit-list__reason">{habit.reason}</span>
        </li>
      ))}
    </ul>
  );
}
